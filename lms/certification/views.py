"""Certificates for their holders and facilitators: the checklist, sign-offs and the PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.cohorts.models import Enrolment
from lms.accounts.roles import can_manage_certificates, can_sign_off_competencies
from lms.accounts.visibility import may_see_enrolment
from quizzes.simulations.models import Competency

from . import services
from .document import certificate_pdf
from .models import Certificate, CertificateState
from .presenters import certificate_face
from .selectors import enrolment_checklist


@login_required
def my_certificates(request):
    """The learner's certificates and, for each enrolment, where they stand."""
    enrolments = (
        Enrolment.objects.filter(learner=request.user)
        .select_related("cohort", "course")
        .order_by("-pk")
    )
    certificates = {
        certificate.enrolment_id: certificate
        for certificate in Certificate.objects.filter(enrolment__in=enrolments).select_related(
            "superseded_by"
        )
    }
    rows = []
    for enrolment in enrolments:
        certificate = certificates.get(enrolment.pk)
        # A superseded certificate needs nothing more: its card points to the current one.
        superseded = certificate is not None and certificate.state == CertificateState.SUPERSEDED
        rows.append(
            {
                "enrolment": enrolment,
                "checklist": None if superseded else enrolment_checklist(enrolment),
                "certificate": certificate,
            }
        )
    return render(request, "certification/mine.html", {"rows": rows})


@login_required
def enrolment_certificate(request, enrolment_id):
    """A learner's checklist for their facilitators, with the competency sign-offs."""
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("learner", "cohort", "course"), pk=enrolment_id
    )
    if not may_see_enrolment(request.user, enrolment) or enrolment.learner_id == request.user.pk:
        raise PermissionDenied
    course = enrolment.course.specific
    signed = set(enrolment.signoffs.values_list("competency_id", flat=True))
    context = {
        "enrolment": enrolment,
        "checklist": enrolment_checklist(enrolment),
        "certificate": Certificate.objects.filter(enrolment=enrolment).first(),
        "competencies": [
            (competency, competency.pk in signed)
            for competency in course.signoff_competencies.all()
        ],
        "may_sign": can_sign_off_competencies(request.user, enrolment.cohort),
        "signoff_changes": enrolment.signoff_changes.select_related("competency", "by"),
    }
    return render(request, "certification/enrolment.html", context)


@login_required
@require_POST
def competency_signoff(request, enrolment_id, competency_id):
    enrolment = get_object_or_404(Enrolment.objects.select_related("cohort"), pk=enrolment_id)
    competency = get_object_or_404(
        Competency, pk=competency_id, pk__in=enrolment.course.specific.signoff_competencies.all()
    )
    signed = request.POST.get("signed") == "1"
    try:
        certificate = services.competency_signoff_set(
            enrolment=enrolment, competency=competency, by=request.user, signed=signed
        )
    except services.CertificateRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            _("Signed off: %(name)s.") % {"name": competency.localized_name}
            if signed
            else _("Sign-off withdrawn: %(name)s.") % {"name": competency.localized_name},
        )
        if certificate and signed:
            messages.info(
                request, _("Every criterion is met: the certificate is issued or queued.")
            )
    return redirect("certification:enrolment", enrolment.pk)


@login_required
def certificate_download(request, certificate_id):
    """The PDF, made again from the registry each time (and identical each time), in English or
    in the language `?language=` names; 410 Gone, saying why, for a certificate no longer in force."""
    certificate = get_object_or_404(Certificate, pk=certificate_id, issued_on__isnull=False)
    if certificate.learner_id != request.user.pk and not can_manage_certificates(request.user):
        raise PermissionDenied
    if not certificate.is_downloadable:
        successor = Certificate.objects.filter(supersedes=certificate).first()
        context = {"certificate": certificate, "successor": successor}
        return render(request, "certification/not_downloadable.html", context, status=410)
    face = certificate_face(certificate, language=request.GET.get("language", "en"))
    pdf = certificate_pdf(face)
    services.certificate_downloaded(certificate=certificate, by=request.user, request=request)
    response = HttpResponse(pdf, content_type="application/pdf")
    suffix = "" if face.language == "en" else f"-{face.language}"
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}{suffix}.pdf"'
    return response
