"""The Commission's side of the registry: search and filters, one certificate with its log and
its lifecycle actions, the approval queue, and the bulk check of a staff list."""

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.functions import Upper
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from lms.accounts.roles import can_manage_certificates
from lms.core.spreadsheets import SPREADSHEET_FORMATS, spreadsheet_response
from lms.exports.shortcuts import spreadsheet_export_respond
from lms.exports.sources import Table
from lms.organisation.models import District
from lms.organisation.staff_import import StaffFileError, cell_text, spreadsheet_table

from . import services
from .codes import code_display, code_mistake, code_normalize, code_shaped
from .models import HELD_STATES, Certificate, CertificateState, CertificateStatus
from .presenters import public_record_once_revoked

BULK_MAX_ROWS = 2000


def _commission_only(user):
    if not can_manage_certificates(user):
        raise PermissionDenied


class RegistryFilter(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Name, employee number, certificate number or code"), required=False
    )
    district = forms.ModelChoiceField(
        label=gettext_lazy("District"),
        queryset=District.objects.order_by("name"),
        required=False,
        to_field_name="name",
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        choices=[("", gettext_lazy("Any")), *CertificateStatus.choices],
        required=False,
    )
    expiring = forms.ChoiceField(
        label=gettext_lazy("Expiring within"),
        choices=[
            ("", gettext_lazy("Any time")),
            ("30", gettext_lazy("30 days")),
            ("60", gettext_lazy("60 days")),
            ("90", gettext_lazy("90 days")),
        ],
        required=False,
    )

    def filter(self, certificates):
        data = self.cleaned_data
        if query := data.get("q", "").strip():
            code = code_normalize(query)
            certificates = certificates.filter(
                Q(full_name__icontains=query)
                | Q(employee_number__iexact=query)
                | Q(number__iexact=query)
                | Q(code=code or "-")
            )
        if data.get("district"):
            certificates = certificates.filter(district=data["district"].name)
        if data.get("status"):
            certificates = certificates.with_status(data["status"])
        if data.get("expiring"):
            certificates = certificates.expiring_within(int(data["expiring"]))
        return certificates


REGISTRY_SOURCE = "certificate_registry"


def _registry_filtered(viewer, filters):
    _commission_only(viewer)
    form = RegistryFilter(filters or None)
    certificates = Certificate.objects.filter(issued_on__isnull=False).order_by("-issued_on", "-pk")
    if form.is_valid():
        certificates = form.filter(certificates)
    return form, certificates


def registry_table(viewer, filters) -> Table:
    """The filtered registry as a spreadsheet, for the page or the task worker (lms.exports)."""
    _form, certificates = _registry_filtered(viewer, filters)
    today = timezone.localdate()
    lines = (
        [*_certificate_cells(certificate), certificate.district, certificate.status(today).label]
        for certificate in certificates.iterator()
    )
    header = [*CERTIFICATE_HEADER, _("District"), _("Status")]
    return Table("certificates", _("Certificates"), header, lines, count=certificates.count())


@login_required
def registry(request):
    """The registry, filtered; with ?format=csv or xlsx, the filtered list as a file (prepared
    by the task worker when long)."""
    if export := spreadsheet_export_respond(request, source=REGISTRY_SOURCE, param="format"):
        return export
    form, certificates = _registry_filtered(request.user, request.GET)
    page = Paginator(certificates, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "pending_count": Certificate.objects.filter(state=CertificateState.PENDING).count(),
    }
    return render(request, "certification/registry.html", context)


@login_required
def certificate_detail(request, certificate_id):
    _commission_only(request.user)
    certificate = get_object_or_404(
        Certificate.objects.select_related("supersedes", "superseded_by", "enrolment__cohort"),
        pk=certificate_id,
    )
    context = {
        "certificate": certificate,
        "status": certificate.status(),
        "events": certificate.events.select_related("actor"),
    }
    return render(request, "certification/certificate.html", context)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for revoking (kept in the registry, not shown to the public)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": gettext_lazy("Give the reason: it is kept with the certificate.")
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def certificate_revoke(request, certificate_id):
    """Revoking is its own step: the reason, and what the public will read from then on."""
    _commission_only(request.user)
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    if certificate.state not in services.REVOCABLE_STATES:
        messages.error(
            request,
            _("This certificate cannot be revoked: it is %(state)s.")
            % {"state": certificate.get_state_display().lower()},
        )
        return redirect("certification:detail", certificate.pk)
    form = RevokeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        services.certificate_revoke(
            certificate=certificate,
            by=request.user,
            reason=form.cleaned_data["reason"],
            request=request,
        )
        messages.success(request, _("The certificate is revoked."))
        return redirect("certification:detail", certificate.pk)
    context = {
        "certificate": certificate,
        "form": form,
        "record": public_record_once_revoked(certificate, timezone.localdate())
        if certificate.is_issued
        else None,
    }
    return render(
        request, "certification/revoke.html", context, status=400 if form.is_bound else 200
    )


ACTIONS = {
    "approve": services.certificate_approve,
    "suspend": services.certificate_suspend,
    "reinstate": services.certificate_reinstate,
}
DONE = {
    "approve": gettext_lazy("The certificate is approved and issued."),
    "suspend": gettext_lazy("The certificate is suspended."),
    "reinstate": gettext_lazy("The certificate is valid again."),
}


@login_required
@require_POST
def certificate_act(request, certificate_id, action):
    """The services refuse anyone who does not keep the registry (a 403)."""
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    if action not in ACTIONS:
        raise PermissionDenied
    arguments = {"certificate": certificate, "by": request.user, "request": request}
    if action != "approve":
        arguments["reason"] = request.POST.get("reason", "")
    try:
        ACTIONS[action](**arguments)
    except services.CertificateRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, str(DONE[action]))
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("certification:detail", certificate.pk)


@login_required
def approvals(request):
    _commission_only(request.user)
    pending = (
        Certificate.objects.filter(state=CertificateState.PENDING)
        .select_related("enrolment__cohort")
        .order_by("created_at")
    )
    return render(request, "certification/approvals.html", {"pending": pending})


@dataclass
class CheckRow:
    entry: str
    certificate: Certificate | None
    problem: str = ""

    @property
    def status_label(self) -> str:
        if self.problem:
            return self.problem
        return str(self.certificate.status().label)


def bulk_rows(entries: list[str]) -> list[CheckRow]:
    """Each entry (a code or an employee number) with its certificate, in two queries."""
    codes = {entry: code_normalize(entry) for entry in entries}
    numbers = [entry.upper() for entry, code in codes.items() if code is None]
    issued = Certificate.objects.filter(issued_on__isnull=False)
    by_code = {
        certificate.code: certificate
        for certificate in issued.filter(code__in=[code for code in codes.values() if code])
    }
    # Per employee number, a held certificate before a withdrawn one, then the latest.
    by_number = {}
    for certificate in issued.annotate(upper_number=Upper("employee_number")).filter(
        upper_number__in=numbers
    ):
        rank = (certificate.state in HELD_STATES, certificate.issued_on, certificate.pk)
        current = by_number.get(certificate.upper_number)
        if current is None or rank > current[0]:
            by_number[certificate.upper_number] = (rank, certificate)
    rows = []
    for entry in entries:
        if codes[entry]:
            certificate = by_code.get(codes[entry])
        else:
            certificate = by_number.get(entry.upper(), (None, None))[1]
        rows.append(CheckRow(entry, certificate, "" if certificate else _not_found(entry)))
    return rows


def _not_found(entry: str) -> str:
    """Why an entry has no certificate: a code-shaped entry that is no employee number either is
    a mistyped code, said as the single-code page says it."""
    return code_mistake(entry) if code_shaped(entry) else _("No certificate found")


def _is_header(first_cell: str) -> bool:
    """A file's first row is a header ("code", "employee_number", "certificate") when it is not a
    code and has no digit: every employee number and nearly every code has one."""
    return code_normalize(first_cell) is None and not any(ch.isdigit() for ch in first_cell)


class BulkCheckForm(forms.Form):
    entries = forms.CharField(
        label=gettext_lazy("Codes or employee numbers, one per line"),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
    )
    file = forms.FileField(
        label=gettext_lazy(
            "Or a CSV or Excel file (the first column is read; a header row is skipped)"
        ),
        required=False,
    )

    def entries_list(self) -> list[str]:
        entries = [line.strip() for line in self.cleaned_data["entries"].splitlines()]
        upload = self.cleaned_data.get("file")
        if upload:
            try:
                table = spreadsheet_table(upload)
            except StaffFileError as problem:
                raise forms.ValidationError(str(problem)) from problem
            cells = [cell_text(row[0]) if row else "" for row in table]
            entries += cells[1:] if _is_header(cells[0]) else cells
        entries = list(dict.fromkeys(entry for entry in entries if entry))
        if not entries:
            raise forms.ValidationError(_("Give at least one code or employee number."))
        if len(entries) > BULK_MAX_ROWS:
            raise forms.ValidationError(
                _("Check at most %(max)s entries at a time.") % {"max": BULK_MAX_ROWS}
            )
        return entries


@login_required
def bulk_check(request):
    """Upload or paste a staff list; see each row's certificate status, on screen or as a
    CSV or XLSX file."""
    _commission_only(request.user)
    form = BulkCheckForm(request.POST or None, request.FILES or None)
    rows = None
    if request.method == "POST" and form.is_valid():
        try:
            entries = form.entries_list()
        except forms.ValidationError as problem:
            form.add_error(None, problem)
        else:
            rows = bulk_rows(entries)
            if (kind := request.POST.get("format")) in SPREADSHEET_FORMATS:
                return _bulk_file(kind, rows)
    return render(request, "certification/bulk_check.html", {"form": form, "rows": rows})


def _bulk_file(kind: str, rows: list[CheckRow]) -> HttpResponse:
    header = [_("Entry"), _("Status"), *CERTIFICATE_HEADER]
    lines = ([row.entry, row.status_label, *_certificate_cells(row.certificate)] for row in rows)
    return spreadsheet_response(kind, "certificate-check", header, lines, title=_("Certificates"))


# The columns `_certificate_cells` fills.
CERTIFICATE_HEADER = (
    gettext_lazy("Name"),
    gettext_lazy("Employee number"),
    gettext_lazy("Certificate number"),
    gettext_lazy("Verification code"),
    gettext_lazy("Course"),
    gettext_lazy("Issued"),
    gettext_lazy("Expires"),
)


def _certificate_cells(certificate) -> list:
    if certificate is None:
        return [""] * 7
    return [
        certificate.full_name,
        certificate.employee_number,
        certificate.number,
        code_display(certificate.code),
        certificate.course_title,
        certificate.issued_on,
        certificate.expires_on,
    ]
