"""Serving course pages: Wagtail serves them, found in the cached course tree rather than by a
walk down the page tree (Wagtail still routes every other page, and all pages when the platform
runs several sites)."""

from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from .structure import course_page_at


def serve(request, path):
    page = course_page_at(request, path)
    if page is not None:
        request._wagtail_route_for_request = RouteResult(page)  # Wagtail's cache of the route
    return wagtail_serve(request, path)
