"""The installable app: its service worker and manifest, and the learner's page for keeping their
current and next day on their device."""

import functools
import hashlib

from django.contrib.auth.decorators import login_required
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from lms.core.errors import json_error
from lms.core.offline import cache_owner

from .selectors import day_files, offline_days

WORKER = "js/service-worker.js"


@functools.cache
def _worker_source() -> str:
    """The worker with its version (a hash of its code) written in: a new release's worker
    replaces the old one, which the browser checks on every page load (`no-cache`)."""
    with open(finders.find(WORKER), encoding="utf-8") as source:
        code = source.read()
    version = hashlib.sha256(code.encode()).hexdigest()[:16]
    return f'const VERSION = "{version}";\n{code}'


@require_GET
def service_worker(request):
    """Served from the site's root, so that its scope is the whole site."""
    response = HttpResponse(_worker_source(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def web_manifest(request):
    manifest = {
        "name": _("Tahaffuz: child protection training"),
        "short_name": _("Tahaffuz"),
        "start_url": reverse("home"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#fbfaf7",
        "theme_color": "#0b6b3a",
        "icons": [
            {"src": static("img/app-icon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("img/app-icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/app-icon-512.png"), "sizes": "512x512", "type": "image/png"},
        ],
    }
    return JsonResponse(manifest, content_type="application/manifest+json")


@login_required
@require_GET
def offline_page(request):
    """What is kept on this device, the space it takes, and the buttons to keep or remove a day."""
    days = offline_days(request.user, cache_owner(request.user))
    return render(request, "offline/page.html", {"days": days})


@login_required
@require_GET
def day_files_view(request, day_id):
    """The pages of one of the learner's offline days, for the browser to keep."""
    days = offline_days(request.user, cache_owner(request.user))
    day = next((day for day in days if day.row.day.pk == day_id), None)
    if day is None:
        raise Http404
    if day.row.lock:
        return json_error(str(day.row.lock.reason), 403, "day_locked")
    files = day_files(request.user, day, request)
    return JsonResponse(files.as_json())
