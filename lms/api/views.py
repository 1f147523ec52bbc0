"""The read API, /api/v1/: thin endpoints over lms.api.selectors, behind API keys.

Each call needs ``Authorization: Bearer <key>``; a missing, unknown or revoked key gets 401 at
once (keys are looked up on every call, never cached). Calls are counted per key per minute in
the shared cache (429 past the limit) and each is logged with the key's name.
"""

import time
from functools import wraps

from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from ninja import NinjaAPI, Query
from ninja.security import HttpBearer
from ninja.throttling import BaseThrottle

from courses.cohorts.models import CohortStatus, EnrolmentStatus
from lms.certification.models import CertificateStatus
from lms.core.ratelimit import rate_limited
from lms.organisation.models import TrainingPolicy

from . import selectors
from .schemas import (
    ERRORS,
    CertificateOut,
    CohortOut,
    ComplianceOut,
    DistrictOut,
    EnrolmentOut,
    Id,
    Page,
    PageQuery,
    Since,
    StaffOut,
)
from .selectors import StaffStatus
from .services import api_call_record

CALLS_PER_MINUTE = 120  # per key


class ApiKeyAuth(HttpBearer):
    def authenticate(self, request, token):
        key = selectors.api_key_find(token)
        request.api_key = key  # logged even when revoked: someone still uses it
        if key is None or key.is_revoked:
            return None
        return key


class PerKeyThrottle(BaseThrottle):
    """The project's fixed-window limit (lms.core.ratelimit), shared by every app server."""

    def allow_request(self, request):
        return not rate_limited(f"api:{request.auth.pk}", CALLS_PER_MINUTE)

    def wait(self):
        return 60


def _logged(run):
    @wraps(run)
    def logged(request, *args, **kwargs):
        started = time.monotonic()
        response = run(request, *args, **kwargs)
        key = getattr(request, "api_key", None)
        if key is not None:
            duration_ms = round(1000 * (time.monotonic() - started))
            api_call_record(
                key=key, request=request, status=response.status_code, duration_ms=duration_ms
            )
        return response

    return logged


api = NinjaAPI(
    title="Tahaffuz API",
    version="1",
    description=str(
        _(
            "Read-only access to districts, staff, cohorts, enrolments and certificates, for the "
            "keys' districts. Lists are ordered by (updated_at, id); pass updated_since to fetch "
            "only what changed."
        )
    ),
    auth=ApiKeyAuth(),
    throttle=PerKeyThrottle(),
    urls_namespace="api_v1",
    docs_decorator=require_GET,
)
api.add_decorator(_logged, mode="view")

UpdatedSince = Query(
    None, description="Only rows changed at or after this time (ISO 8601, with its offset)."
)
District = Query(None, description="A district's id.")
Cohort = Query(None, description="A cohort's id.")


def _page(rows, page: PageQuery) -> dict:
    return {
        "count": rows.count(),
        "limit": page.limit,
        "offset": page.offset,
        "items": list(rows[page.offset : page.offset + page.limit]),
    }


@api.get("/districts", response={200: Page[DistrictOut], **ERRORS}, url_name="districts")
def districts(request, page: Query[PageQuery], updated_since: Since | None = UpdatedSince):
    return _page(selectors.district_list(key=request.auth, updated_since=updated_since), page)


@api.get("/staff", response={200: Page[StaffOut], **ERRORS}, url_name="staff")
def staff(
    request,
    page: Query[PageQuery],
    district: Id | None = District,
    status: StaffStatus | None = None,
    updated_since: Since | None = UpdatedSince,
):
    rows = selectors.staff_list(
        key=request.auth, district=district, status=status, updated_since=updated_since
    )
    result = _page(rows, page)
    certificates = selectors.staff_certificates(result["items"])
    due_days = TrainingPolicy.load(request).course_due_days
    for row in result["items"]:
        row.certificate = certificates.get(row.certificate_id)
        row.due_date = selectors.staff_due_date(row, due_days)
    return result


@api.get("/cohorts", response={200: Page[CohortOut], **ERRORS}, url_name="cohorts")
def cohorts(
    request,
    page: Query[PageQuery],
    district: Id | None = District,
    status: CohortStatus | None = None,
    updated_since: Since | None = UpdatedSince,
):
    rows = selectors.cohort_list(
        key=request.auth, district=district, status=status, updated_since=updated_since
    )
    result = _page(rows, page)
    district_ids = selectors.cohort_district_ids(result["items"])
    for cohort in result["items"]:
        cohort.district_ids = district_ids[cohort.pk]
    return result


@api.get("/enrolments", response={200: Page[EnrolmentOut], **ERRORS}, url_name="enrolments")
def enrolments(
    request,
    page: Query[PageQuery],
    district: Id | None = District,
    cohort: Id | None = Cohort,
    status: EnrolmentStatus | None = None,
    updated_since: Since | None = UpdatedSince,
):
    rows = selectors.enrolment_list(
        key=request.auth,
        district=district,
        cohort=cohort,
        status=status,
        updated_since=updated_since,
    )
    return _page(rows, page)


@api.get("/certificates", response={200: Page[CertificateOut], **ERRORS}, url_name="certificates")
def certificates(
    request,
    page: Query[PageQuery],
    district: Id | None = District,
    status: CertificateStatus | None = None,
    updated_since: Since | None = UpdatedSince,
):
    rows = selectors.certificate_list(
        key=request.auth, district=district, status=status, updated_since=updated_since
    )
    return _page(rows, page)


@api.get("/compliance", response={200: ComplianceOut, **ERRORS}, url_name="compliance")
def compliance(request, district: Id | None = District):
    """Who is trained, in training, overdue and expiring, by district and designation."""
    return {"items": list(selectors.compliance_summary(key=request.auth, district=district))}
