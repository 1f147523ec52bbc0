"""H5P package files, served only on the content origin: a separate host whose pages never see
the platform's cookies, so library code cannot act with a learner's session.

A URL carries a signed, expiring token naming the content; only pages that checked who may play
it hand tokens out. Each file goes out with an explicit content type, `nosniff` and a CSP that
lets only the platform frame it.
"""

import posixpath
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponseForbidden, HttpResponseNotFound
from django.shortcuts import get_object_or_404
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from .models import LIBRARIES_PREFIX, H5PContent

TOKEN_SALT = "h5p-content"  # noqa: S105 - a signing namespace, not a secret
CONTENT_PATH = "/h5p-content/"

# Explicit types: a package file is never served as HTML, and never sniffed into it.
CONTENT_TYPES = {
    "json": "application/json",
    "js": "text/javascript",
    "css": "text/css",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "svg": "image/svg+xml",
    "webm": "video/webm",
    "mp4": "video/mp4",
    "ogg": "audio/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "wav": "audio/wav",
    "vtt": "text/vtt",
    "webvtt": "text/vtt",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "pdf": "application/pdf",
    "txt": "text/plain",
}


def content_origin_host() -> str:
    return urlsplit(settings.H5P_CONTENT_ORIGIN).netloc


def content_base_url(content: H5PContent, reader) -> str:
    """Where a reader's player finds the content's files: valid for H5P_URL_MAX_AGE seconds."""
    token = signing.dumps({"c": content.pk, "u": reader.pk}, salt=TOKEN_SALT, compress=True)
    return f"{settings.H5P_CONTENT_ORIGIN.rstrip('/')}{CONTENT_PATH}{token}/"


def _storage_path(content: H5PContent, path: str) -> str:
    clean = posixpath.normpath(path)
    if clean != path or clean.startswith(("/", "..")):
        raise Http404
    if path == "h5p.json" or path.startswith("content/"):
        return f"{content.storage_prefix}/{path}"
    head, _, rest = path.partition("/")
    folder, _, inner = rest.partition("/")
    used = {library.folder for library in content.libraries.all()}
    if head == "libraries" and inner and folder in used:
        return f"{LIBRARIES_PREFIX}/{folder}/{inner}"
    raise Http404


@require_safe
@xframe_options_exempt  # framed by the platform's lesson page; the CSP names who may frame it
def content_file(request, token, path):
    if request.get_host() != content_origin_host():
        raise Http404
    try:
        claims = signing.loads(token, salt=TOKEN_SALT, max_age=settings.H5P_URL_MAX_AGE)
    except signing.SignatureExpired:
        return HttpResponseForbidden("This link has expired: reload the lesson.")
    except signing.BadSignature:
        return HttpResponseForbidden("This link is not valid.")
    content = get_object_or_404(H5PContent, pk=claims["c"])
    stored = _storage_path(content, path)
    if not default_storage.exists(stored):
        raise Http404
    extension = path.rsplit(".", 1)[-1].lower()
    response = FileResponse(
        default_storage.open(stored),
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = (
        "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; "
        f"frame-ancestors 'self' {settings.WAGTAILADMIN_BASE_URL}"
        + ("; sandbox" if extension == "svg" else "")
    )
    response["Cache-Control"] = "private, max-age=3600"
    return response


class ContentOriginMiddleware:
    """On the content origin's host, serve package files and nothing else of the platform."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.get_host() == content_origin_host() and not request.path.startswith(
            CONTENT_PATH
        ):
            return HttpResponseNotFound("Only H5P package files are served here.")
        return self.get_response(request)
