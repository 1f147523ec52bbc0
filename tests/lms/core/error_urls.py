"""The site's URLs and handlers, with views that fail as any view might (tests only)."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from lms import urls as site


@csrf_exempt
def broken(request):
    raise RuntimeError("a view that fails")


def forbidden(request):
    raise PermissionDenied("Only facilitators may do this.")


handler403 = site.handler403
handler404 = site.handler404
handler500 = site.handler500
urlpatterns = [path("broken/", broken), path("forbidden/", forbidden), *site.urlpatterns]
