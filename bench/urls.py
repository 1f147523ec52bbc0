"""The site's URLs plus a bare view, for `make bench-http` only (lms.settings.bench_http).

The bare view returns the bytes of a lesson page the benchmark saved, through the same server and
middleware but with no page logic: the floor each page's cost is compared with."""

from functools import cache

from django.conf import settings
from django.http import HttpResponse
from django.urls import path

from lms.urls import urlpatterns as site_urlpatterns


@cache
def _bare_body() -> bytes:
    return (settings.BASE_DIR / "var" / "bench-bare.html").read_bytes()


def bare(request):
    return HttpResponse(_bare_body())


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *site_urlpatterns]
