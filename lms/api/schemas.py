"""What the API answers, as the OpenAPI schema publishes it."""

import datetime
import re
from typing import Annotated, Generic, TypeVar

from ninja import Field, Schema
from pydantic import AwareDatetime, BeforeValidator

from courses.cohorts.models import CohortStatus, EnrolmentStatus
from lms.certification.models import CertificateState, CertificateStatus
from lms.organisation.models import Designation

from .selectors import StaffStatus

Item = TypeVar("Item")

MAX_LIMIT = 500

ISO_8601 = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d")


def _iso_8601(value):
    """Pydantic would take a bare number as seconds since 1970: a sync cursor must be a date."""
    if not isinstance(value, str) or not ISO_8601.match(value):
        raise ValueError("Give a date and time with its offset, such as 2026-12-01T09:00:00+05:00.")
    return value


# A row's id, as the database can hold it (a bigger number is refused, not a crash).
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]

# When a client last synced: an ISO 8601 date and time with its offset from UTC.
Since = Annotated[AwareDatetime, BeforeValidator(_iso_8601)]


class PageQuery(Schema):
    limit: int = Field(100, ge=1, le=MAX_LIMIT, description="Rows per page.")
    offset: int = Field(0, ge=0, le=2_000_000_000, description="Rows to skip.")


class Page(Schema, Generic[Item]):
    """One page of a list ordered by (updated_at, id): `count` rows match in all."""

    count: int
    limit: int
    offset: int
    items: list[Item]


class Error(Schema):
    detail: str


class ValidationError(Schema):
    detail: list[dict]


class Refusal(Schema):
    """A request refused before the API reads it (control characters in the query)."""

    error: str
    message: str
    success: bool


# Every list answers these besides 200.
ERRORS = {400: Refusal, 401: Error, 422: ValidationError, 429: Error}


class DistrictOut(Schema):
    id: int
    name: str
    name_ur: str
    province: str = Field(alias="province.name")
    division_id: int | None
    has_active_cpu: bool
    updated_at: datetime.datetime


class CertificateSummary(Schema):
    id: int
    number: str | None
    state: CertificateState
    issued_on: datetime.date | None
    expires_on: datetime.date | None


class StaffOut(Schema):
    id: int
    employee_number: str
    full_name: str = Field(alias="user.full_name")
    full_name_ur: str
    designation: Designation
    district_id: int | None
    date_of_joining: datetime.date
    status: StaffStatus
    enrolment_id: int | None
    due_date: datetime.date
    certificate: CertificateSummary | None
    updated_at: datetime.datetime = Field(alias="changed_at")


class CohortOut(Schema):
    id: int
    name: str
    course_id: int
    course_title: str = Field(alias="course.title")
    status: CohortStatus
    district_ids: list[int]
    venue: str
    capacity: int
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    updated_at: datetime.datetime


class EnrolmentOut(Schema):
    id: int
    cohort_id: int
    course_id: int
    staff_id: int | None
    status: EnrolmentStatus
    due_date: datetime.date
    enrolled_at: datetime.datetime
    completed_at: datetime.datetime | None
    lessons_completed: int
    lessons_total: int
    attended_days: int
    held_days: int
    updated_at: datetime.datetime


class CertificateOut(Schema):
    id: int
    number: str | None
    code: str
    staff_id: int | None
    course_id: int
    course_title: str
    course_version: str
    state: CertificateState
    status: CertificateStatus
    issued_on: datetime.date | None
    expires_on: datetime.date | None
    updated_at: datetime.datetime

    @staticmethod
    def resolve_status(certificate) -> str:
        return certificate.status()


class ComplianceRow(Schema):
    """One district's staff of one designation, counted by status (headquarters: no district)."""

    district_id: int | None
    designation: Designation
    staff: int
    not_enrolled: int
    in_training: int
    overdue: int
    certified: int
    expiring_soon: int
    expired: int
    suspended: int
    revoked: int


class ComplianceOut(Schema):
    items: list[ComplianceRow]
