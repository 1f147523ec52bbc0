"""H5P package files, served only on the content origin: a separate host whose pages never see
the platform's cookies, so library code cannot act with a learner's session.

A URL carries a signed, expiring token naming the content; only pages that checked who may play
it hand tokens out. Each file goes out with an explicit content type, `nosniff` and a CSP that
lets only the platform frame it.
"""

import json
import posixpath
import re
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.files.storage import default_storage
from django.http import (
    FileResponse,
    Http404,
    HttpResponseForbidden,
    HttpResponseNotFound,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from courses.content.models import LessonPage
from courses.progress.access import activity_access
from lms.accounts.roles import reads_every_course
from lms.core.ratelimit import rate_limited
from lms.core.text import json_has_control_characters

from .models import H5PContent, H5PUserData
from .services import H5PStateFull, h5p_user_data_save

TOKEN_SALT = "h5p-content"  # noqa: S105 - a signing namespace, not a secret
STATE_TOKEN_SALT = "h5p-state"  # noqa: S105 - the resume state's links: a namespace of their own
CONTENT_PATH = "/h5p-content/"
DATA_TYPE = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")

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


def content_base_url(content: H5PContent, reader, lesson=None) -> str:
    """Where a reader's player finds the content's files: valid for H5P_URL_MAX_AGE seconds.

    The link also carries the reader's language (the content origin never sees their cookies)
    and the lesson playing it, which the resume state's link names.
    """
    claims = {"c": content.pk, "u": reader.pk, "l": get_language()}
    if lesson is not None:
        claims["p"] = lesson.pk
    token = signing.dumps(claims, salt=TOKEN_SALT, compress=True)
    return f"{settings.H5P_CONTENT_ORIGIN.rstrip('/')}{CONTENT_PATH}{token}/"


def _storage_path(content: H5PContent, path: str) -> str:
    clean = posixpath.normpath(path)
    if clean != path or clean.startswith(("/", "..")):
        raise Http404
    if path == "h5p.json" or path.startswith("content/"):
        return f"{content.storage_prefix}/{path}"
    head, _, rest = path.partition("/")
    folder, _, inner = rest.partition("/")
    used = {library.folder: library for library in content.libraries.all()}
    if head == "libraries" and inner and folder in used:
        return f"{used[folder].storage_prefix}/{inner}"
    raise Http404


def _signed_view(salt: str, max_age_setting: str):
    """A view of the content origin, reached through a token signed with `salt` naming content
    and reader, valid for the seconds in setting `max_age_setting`.

    Nothing here relies on cookies (the origin never sees the platform's): the token is the
    authority, so these views need no CSRF protection.
    """

    def decorator(view):
        @wraps(view)
        @csrf_exempt
        @xframe_options_exempt  # framed by the lesson page; the CSP names who may frame it
        def wrapper(request, token, **kwargs):
            if request.get_host() != content_origin_host():
                raise Http404
            max_age = getattr(settings, max_age_setting)
            try:
                claims = signing.loads(token, salt=salt, max_age=max_age)
            except signing.SignatureExpired:
                return HttpResponseForbidden(_("This link has expired: reload the lesson."))
            except signing.BadSignature:
                return HttpResponseForbidden(_("This link is not valid."))
            content = get_object_or_404(H5PContent, pk=claims["c"])
            with translation.override(claims.get("l")):
                response = view(request, content=content, claims=claims, **kwargs)
            response["X-Content-Type-Options"] = "nosniff"
            response.setdefault("Content-Security-Policy", _content_policy())
            return response

        return wrapper

    return decorator


_content_origin_view = _signed_view(TOKEN_SALT, "H5P_URL_MAX_AGE")
_state_view = _signed_view(STATE_TOKEN_SALT, "H5P_STATE_URL_MAX_AGE")


def _content_policy(*extra: str) -> str:
    return "; ".join(
        [
            "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:",
            f"frame-ancestors 'self' {platform_origin()}",
            *extra,
        ]
    )


def platform_origin() -> str:
    """The origin of the platform's pages, the only one that may frame the content."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return f"{parts.scheme}://{parts.netloc}"


@require_safe
@_content_origin_view
def content_file(request, *, content, claims, path):
    stored = _storage_path(content, path)
    if not default_storage.exists(stored):
        raise Http404
    extension = path.rsplit(".", 1)[-1].lower()
    response = FileResponse(
        default_storage.open(stored),
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    if extension == "svg":
        response["Content-Security-Policy"] = _content_policy("sandbox")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@require_safe
@_content_origin_view
def content_player(request, *, content, claims):
    """The page that plays the content with h5p-standalone and relays its xAPI to the platform."""
    base = f"{settings.H5P_CONTENT_ORIGIN.rstrip('/')}{request.path}"
    config = {
        "player": {
            "id": str(content.pk),
            "h5pJsonPath": base.rstrip("/"),
            "librariesPath": f"{base}libraries",
            "frameJs": _static_on_content_origin("vendor/h5p-standalone/frame.bundle.js"),
            "frameCss": _static_on_content_origin("vendor/h5p-standalone/styles/h5p.css"),
            "xAPIObjectIRI": content.activity_iri,
            "saveFreq": settings.H5P_SAVE_SECONDS,
            "contentUserData": [_preloaded_state(content, claims["u"])],
            "ajax": {"contentUserDataUrl": _state_url(claims)},
            # H5P core saves resume state only for a signed-in user. The platform knows who
            # it is from the link, so no name or address reaches the content origin.
            "user": {"name": "", "mail": ""},
            "customJs": [_static_on_content_origin("js/h5p-storage-shim.js")],
            "frame": False,
            "copyright": False,
            "export": False,
            "embed": False,
        },
        "platformOrigin": platform_origin(),
    }
    response = render(
        request,
        "h5p/player.html",
        {
            "config": config,
            "content": content,
            "player_js": _static_on_content_origin("vendor/h5p-standalone/main.bundle.js"),
            "bridge_js": _static_on_content_origin("js/h5p-player.js"),
            "storage_shim_js": _static_on_content_origin("js/h5p-storage-shim.js"),
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def _static_on_content_origin(path: str) -> str:
    """A static file's URL on the content origin, so the player and its fonts load there."""
    return f"{settings.H5P_CONTENT_ORIGIN.rstrip('/')}{static(path)}"


def _state_url(claims: dict) -> str:
    """The resume state's link for the player: its own token naming reader, content and lesson,
    signed with another salt and shorter-lived (H5P_STATE_URL_MAX_AGE) than the player's, so
    neither opens what the other does."""
    state_claims = {key: claims[key] for key in ("c", "u", "l", "p") if key in claims}
    token = signing.dumps(state_claims, salt=STATE_TOKEN_SALT, compress=True)
    origin = settings.H5P_CONTENT_ORIGIN.rstrip("/")
    return f"{origin}{CONTENT_PATH}{token}/state/:dataType/:subContentId"


def _preloaded_state(content, reader_id) -> dict:
    """The resume state H5P reads at start (extras.previousState), for the content itself."""
    rows = H5PUserData.objects.filter(
        learner_id=reader_id, content=content, sub_content_id=0, preload=True
    ).values_list("data_type", "data")
    return dict(rows)


@require_http_methods(["GET", "POST"])
@_state_view
def content_user_data(request, *, content, claims, data_type, sub_content_id):
    """H5P core's content user data protocol: GET one slot; POST data, preload, invalidate.

    The state link is the only authority: the content origin gets no cookies, so the request
    cannot be tied to the learner's session. Hence a link of its own, short-lived, and limits
    on what its holder can do: entries, their size and the pace of requests.
    """
    reader_id = claims["u"]
    if rate_limited(f"h5p-state:{reader_id}", settings.H5P_STATE_REQUESTS_PER_MINUTE):
        message = _("Too many saves: wait a minute.")
        return JsonResponse({"success": False, "message": message}, status=429)
    if not DATA_TYPE.fullmatch(data_type):
        return JsonResponse({"success": False, "message": _("Unknown data type.")}, status=400)
    _state_access(content, claims)
    slot = {"learner_id": reader_id, "content": content, "data_type": data_type}
    slot["sub_content_id"] = sub_content_id
    if request.method == "GET":
        row = H5PUserData.objects.filter(**slot).first()
        return JsonResponse({"success": True, "data": row.data if row else False})
    data = request.POST.get("data")
    if data is None:
        return JsonResponse({"success": False, "message": _("No state was sent.")}, status=400)
    if len(data.encode()) > settings.H5P_STATE_MAX_BYTES:
        message = _("The saved state is too large.")
        return JsonResponse({"success": False, "message": message}, status=413)
    if _json_text_has_control_characters(data):
        return JsonResponse(
            {"success": False, "message": _("The saved state contains control characters.")},
            status=400,
        )
    try:
        h5p_user_data_save(
            learner_id=reader_id,
            content=content,
            data_type=data_type,
            sub_content_id=sub_content_id,
            data=None if data == "0" else data,
            preload=request.POST.get("preload") == "1",
            invalidate=request.POST.get("invalidate") == "1",
        )
    except H5PStateFull:
        message = _("This activity keeps too many saved states: no more can be added.")
        return JsonResponse({"success": False, "message": message}, status=409)
    return JsonResponse({"success": True})


def _state_access(content, claims) -> None:
    """The state's holder must still be allowed the activity in the lesson the link names, by
    the lesson-access policy (withdrawn, or the lesson unpublished: refused). A link naming no
    lesson comes from the CMS preview, which only staff open."""
    reader = get_object_or_404(get_user_model(), pk=claims["u"], is_active=True)
    if "p" not in claims:
        if not reads_every_course(reader):
            raise Http404
        return
    lesson = get_object_or_404(LessonPage, pk=claims["p"])
    activity_access(reader, lesson=lesson, block_type="h5p", activity=content.pk, taking=False)


def _json_text_has_control_characters(text: str) -> bool:
    """H5P keeps its state as JSON text: a `\\u0000` in it is NUL once read back."""
    try:
        return json_has_control_characters(json.loads(text))
    except ValueError:
        return False  # plain text: the control characters middleware has checked it


class ContentOriginMiddleware:
    """On the content origin's host, serve package files, the player and its static files, and
    nothing else of the platform."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.get_host() == content_origin_host() and not request.path.startswith(
            (CONTENT_PATH, settings.STATIC_URL)
        ):
            return HttpResponseNotFound("Only H5P package files are served here.")
        return self.get_response(request)
