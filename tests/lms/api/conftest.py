"""A small province for the API: two districts with staff, a cohort in each, a certificate, and
keys for one district, for all, and one revoked."""

import datetime
import io
from dataclasses import dataclass, field

import pytest
from django.core.management import call_command
from django.utils import timezone

from courses.cohorts.services import cohort_enrol
from lms.api.services import api_key_create, api_key_revoke
from lms.certification.models import Certificate, CertificateState
from tests.course_fixtures import running_cohort_create
from tests.factories import DistrictFactory, StaffProfileFactory


@dataclass
class Province:
    peshawar: object
    swat: object
    staff: dict = field(default_factory=dict)  # name -> StaffProfile
    tokens: dict = field(default_factory=dict)  # name -> plain token
    keys: dict = field(default_factory=dict)


def certificate_give(*, enrolment, number, expires_in_days=365):
    """A valid certificate, as the registry holds one once issued."""
    today = timezone.localdate()
    return Certificate.objects.create(
        number=number,
        code=f"{number:0>18}"[-18:],
        learner=enrolment.learner,
        enrolment=enrolment,
        course=enrolment.course,
        state=CertificateState.VALID,
        full_name=enrolment.learner.full_name,
        designation="Social Case Worker",
        district="",
        employee_number=enrolment.learner.staff_profile.employee_number,
        course_title=enrolment.course.title,
        course_code="FC",
        course_version=enrolment.course_version,
        issued_on=today - datetime.timedelta(days=30),
        expires_on=today + datetime.timedelta(days=expires_in_days),
    )


def statuses_refresh():
    """Every member of staff's compliance status, as the first nightly run leaves them (the
    fixtures write enrolments and certificates without waiting for their events)."""
    call_command("compliance_refresh", "--all", stdout=io.StringIO())


def district_grow(*, course, outline, facilitator, name):
    """A district with three enrolled staff, each certified: one more row in every list."""
    district = DistrictFactory(name=name)
    learners = [StaffProfileFactory(district=district).user for _ in range(3)]
    cohort = running_cohort_create(
        course=course,
        outline=outline,
        district=district,
        facilitator=facilitator,
        name=f"Batch {name}",
    )
    enrolled = cohort_enrol(cohort=cohort, learners=learners, enrolled_by=facilitator).enrolled
    for enrolment in enrolled:
        certificate_give(enrolment=enrolment, number=f"TZ-{name}-{enrolment.pk}")
    statuses_refresh()
    return district


@pytest.fixture
def province(course, outline, facilitator, administrator, peshawar):
    swat = DistrictFactory(name="Swat")
    world = Province(peshawar=peshawar, swat=swat)
    for name, district in [("aisha", peshawar), ("bilal", peshawar), ("zarmina", swat)]:
        world.staff[name] = StaffProfileFactory(district=district, user__full_name=name.title())
    world.staff["hq"] = StaffProfileFactory(  # joined 120 days ago, so 30 days overdue
        district=None,
        user__full_name="Headquarters",
        date_of_joining=timezone.localdate() - datetime.timedelta(days=120),
    )
    enrolled = {}
    for district in (peshawar, swat):
        cohort = running_cohort_create(
            course=course,
            outline=outline,
            district=district,
            facilitator=facilitator,
            name=f"Batch {district.name}",
        )
        learners = [p.user for p in world.staff.values() if p.district_id == district.pk]
        for enrolment in cohort_enrol(
            cohort=cohort, learners=learners, enrolled_by=facilitator
        ).enrolled:
            enrolled[enrolment.learner.full_name.lower()] = enrolment
    certificate_give(enrolment=enrolled["aisha"], number="TZ-2026-0001")
    certificate_give(enrolment=enrolled["zarmina"], number="TZ-2026-0002")
    statuses_refresh()
    for name, districts, everywhere in [
        ("peshawar", [peshawar], False),
        ("swat", [swat], False),
        ("all", [], True),
        ("revoked", [], True),
    ]:
        key, token = api_key_create(
            name=f"{name} dashboard",
            all_districts=everywhere,
            districts=districts,
            by=administrator,
        )
        world.keys[name], world.tokens[name] = key, token
    api_key_revoke(key=world.keys["revoked"], by=administrator)
    return world


@pytest.fixture
def get(client):
    """GET an API path with a key's token."""

    def get(path, token=None, **params):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return client.get(f"/api/v1/{path}", params, headers=headers)

    return get
