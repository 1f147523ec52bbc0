"""What certificates look like to people: on paper, on the verify page, and as JSON."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .codes import code_display
from .document import CertificateFace
from .models import Certificate, CertificateStatus
from .signing import qr_text, verify_url


def certificate_face(certificate: Certificate, *, language: str = "en") -> CertificateFace:
    """The paper certificate, drawn from the registry alone (so it regenerates identically), in
    English unless the holder asks for another of the site's languages."""
    if language not in dict(settings.LANGUAGES):
        language = "en"
    with translation.override(language):
        return _face(certificate, language)


def _face(certificate: Certificate, language: str) -> CertificateFace:
    base = settings.CERTIFICATE_VERIFY_BASE_URL.rstrip("/")
    return CertificateFace(
        language=language,
        number=certificate.number,
        code_display=code_display(certificate.code),
        full_name=certificate.full_name,
        full_name_ur=certificate.full_name_ur,
        designation=certificate.designation,
        district=certificate.district,
        cpu=_("Child Protection Unit, %(district)s") % {"district": certificate.district}
        if certificate.district
        else "",
        employee_number=certificate.employee_number,
        course_title=certificate.course_title_in(language),
        course_version=certificate.course_version,
        hours=certificate.hours_attended,
        training_first_day=certificate.training_first_day,
        training_last_day=certificate.training_last_day,
        venue=certificate.venue,
        issued_on=certificate.issued_on,
        expires_on=certificate.expires_on,
        refresher_due=certificate.refresher_due,
        signed_off_by=certificate.signed_off_by_name,
        signatory_name=certificate.signatory_name,
        signatory_title=certificate.signatory_title,
        qr_text=qr_text(certificate.signed_fields(), base),
        verify_hint=_("Check this certificate at %(url)s with the code below.")
        % {"url": f"{base}{reverse('certification:verify')}"},
    )


def public_record(certificate: Certificate) -> dict:
    """What anyone may know of a certificate from its code: nothing else about the person."""
    status = certificate.status()
    successor = getattr(certificate, "superseded_by", None)
    return {
        "code": code_display(certificate.code),
        "status": status.value,
        "status_label": str(status.label),
        "number": certificate.number,
        "name": certificate.full_name,
        "name_ur": certificate.full_name_ur,
        "designation": certificate.designation,
        "district": certificate.district,
        "course": certificate.course_title,
        "course_version": certificate.course_version,
        "issued_on": certificate.issued_on.isoformat(),
        "expires_on": certificate.expires_on.isoformat(),
        "changed_on": certificate.state_changed_at.date().isoformat()
        if status in (CertificateStatus.REVOKED, CertificateStatus.SUSPENDED)
        and certificate.state_changed_at
        else None,
        "superseded_by": verify_url(successor.code) if successor else None,
    }


def public_record_once_revoked(certificate: Certificate, on) -> dict:
    """What the verify page will show of the certificate once it is revoked on the day `on`."""
    return {
        **public_record(certificate),
        "status": CertificateStatus.REVOKED.value,
        "status_label": str(CertificateStatus.REVOKED.label),
        "changed_on": on.isoformat(),
        "superseded_by": None,
    }
