"""Error responses a script can read: JSON for a request that expects JSON, Django's error pages
(templates/403.html, 404.html, 500) for the rest. lms.urls makes these its error handlers."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults

# Everything under this address is read by programs (lms.api, the certificate check).
API_PATH = "/api/"


def expects_json(request) -> bool:
    """Whether the sender reads JSON rather than a page: it calls the API, asks for JSON before
    HTML (the quiz's autosave, H5P core's state requests), sends JSON (H5P statements) or says it
    is a script's request (X-Requested-With, as jQuery does)."""
    return (
        request.path.startswith(API_PATH)
        or request.content_type == "application/json"
        or request.headers.get("X-Requested-With") == "XMLHttpRequest"
        or request.get_preferred_type(["text/html", "application/json"]) == "application/json"
    )


# What a refusal's `code` says when the view gives none: scripts act on the code (the outbox of
# work queued offline reports a refusal per item and keeps an item a sign-in would let through).
STATUS_CODES = {400: "refused", 401: "signed_out", 403: "forbidden", 404: "not_found"}


def json_error(message: str, status: int, code: str = "") -> JsonResponse:
    """`error` for people and `code` for our scripts; `success` and `message` as H5P core reads
    its answers."""
    body = {
        "error": message,
        "code": code or STATUS_CODES.get(status, "server_error" if status >= 500 else "refused"),
        "message": message,
        "success": False,
    }
    return JsonResponse(body, status=status)


def permission_denied(request, exception):
    if expects_json(request):
        return json_error(str(exception) or _("You may not do this."), 403)
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception):
    if expects_json(request):
        return json_error(_("Not found."), 404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if expects_json(request):
        return json_error(_("Something went wrong on our side. Try again in a moment."), 500)
    return defaults.server_error(request)
