"""Public verification: anyone checks a certificate by its code, in a page or as JSON.

Rate-limited per address (shared through the cache, so across app servers); codes carry 80
random bits and a check symbol, so guessing one is hopeless and a typo is caught before any look-up.
"""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from lms.core.client import client_address
from lms.core.ratelimit import rate_limited

from . import services
from .codes import code_mistake, code_normalize
from .models import Certificate
from .presenters import public_record
from .signing import SignatureInvalid, public_key_pem, qr_verify

VERIFY_LIMIT = 30  # look-ups per address per minute


def _rate_limited(request) -> bool:
    return rate_limited(f"verify:{client_address(request)}", VERIFY_LIMIT)


def _issued(code: str) -> Certificate | None:
    return (
        Certificate.objects.select_related("superseded_by")
        .filter(code=code, issued_on__isnull=False)
        .first()
    )


def _too_many(request, as_json=False):
    message = _("Too many checks from your address. Wait a minute and try again.")
    if as_json:
        return JsonResponse({"error": message}, status=429)
    return render(request, "certification/verify.html", {"error": message}, status=429)


@require_GET
def verify_form(request):
    """Type a code; a valid one goes to its page."""
    typed = request.GET.get("code", "").strip()
    if not typed:
        return render(request, "certification/verify.html", {})
    error = code_mistake(typed)
    if error:
        return render(
            request, "certification/verify.html", {"typed": typed, "error": error}, status=400
        )
    return redirect("certification:verify_code", code=code_normalize(typed))


@require_GET
def verify_code(request, code):
    if _rate_limited(request):
        return _too_many(request)
    canonical = code_normalize(code)
    if canonical and canonical != code:
        return redirect("certification:verify_code", code=canonical)
    if canonical is None:
        context = {"typed": code, "error": code_mistake(code)}
        return render(request, "certification/verify.html", context, status=404)
    certificate = _issued(canonical)
    if certificate is None:
        context = {"typed": code, "unknown": True}
        return render(request, "certification/verify.html", context, status=404)
    signature = None
    if "s" in request.GET:
        try:
            signature = qr_verify(request.build_absolute_uri()).code == certificate.code
        except SignatureInvalid:
            signature = False
    services.certificate_verified(
        certificate=certificate, request=request, detail="qr" if signature is not None else "web"
    )
    context = {
        "certificate": certificate,
        "record": public_record(certificate),
        "signature": signature,
    }
    return render(request, "certification/verify.html", context)


@require_GET
def verify_api(request, code):
    """The same answer as JSON, for other systems."""
    if _rate_limited(request):
        return _too_many(request, as_json=True)
    canonical = code_normalize(code)
    certificate = _issued(canonical) if canonical else None
    if certificate is None:
        return JsonResponse(
            {"status": "unknown", "error": _("No certificate has this code.")}, status=404
        )
    services.certificate_verified(certificate=certificate, request=request, detail="api")
    return JsonResponse(public_record(certificate))


@require_GET
def public_key(request):
    """The Commission's public key, for checking a certificate's QR code offline."""
    response = HttpResponse(public_key_pem(), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="tahaffuz-certificates.pem"'
    return response
