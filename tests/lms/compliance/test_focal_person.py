"""A district's focal person sees their district's staff and compliance, and nothing of other
districts (lms.accounts.visibility decides)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.accounts.roles import Role
from lms.accounts.visibility import may_see_person
from lms.compliance.rules import StaffState
from tests.factories import UserFactory

OVERVIEW = reverse("compliance:overview")
STAFF = reverse("compliance:staff")


@pytest.fixture
def focal_person(peshawar):
    person = UserFactory(full_name="Focal Person", role=Role.FACILITATOR, with_totp=True)
    peshawar.focal_person = person
    peshawar.save()
    return person


@pytest.fixture
def people(status_make, peshawar, mardan):
    """Two Peshawar staff and one of Mardan, in no cohort."""
    return {
        "peshawar_overdue": status_make(peshawar, StaffState.OVERDUE).staff.user,
        "peshawar_certified": status_make(peshawar, StaffState.CERTIFIED).staff.user,
        "mardan": status_make(mardan, StaffState.OVERDUE).staff.user,
    }


def test_the_focal_person_sees_their_districts_staff_and_no_one_elses(
    client, focal_person, people, peshawar, mardan
):
    client.force_login(focal_person)
    overview = client.get(OVERVIEW).content.decode()
    assert "Compliance of my district and my cohorts' learners" in overview
    assert f'href="{STAFF}?district={peshawar.pk}"' in overview
    listing = client.get(STAFF, {"district": peshawar.pk}).content.decode()
    assert "2 members of staff" in listing
    assert people["peshawar_overdue"].full_name in listing
    assert people["peshawar_certified"].full_name in listing
    everyone = client.get(STAFF).content.decode()
    assert "2 members of staff" in everyone and people["mardan"].full_name not in everyone
    assert "0 members of staff" in client.get(STAFF, {"district": mardan.pk}).content.decode()
    # Their profiles too, from the drill-down's links; not Mardan's.
    assert may_see_person(focal_person, people["peshawar_overdue"].pk)
    assert not may_see_person(focal_person, people["mardan"].pk)
    profile = reverse("staff_profile", args=[people["peshawar_overdue"].staff_profile.pk])
    assert client.get(profile).status_code == 200
    other = reverse("staff_profile", args=[people["mardan"].staff_profile.pk])
    assert client.get(other).status_code == 404


def test_a_facilitator_who_is_no_focal_person_sees_none_of_the_districts_staff(
    client, people, peshawar
):
    facilitator = UserFactory(role=Role.FACILITATOR, with_totp=True)
    client.force_login(facilitator)
    assert "0 members of staff" in client.get(STAFF, {"district": peshawar.pk}).content.decode()
    assert 'data-testid="focal-districts"' not in client.get(OVERVIEW).content.decode()


def test_the_focal_persons_pages_take_the_same_queries_for_more_staff(
    client, focal_person, people, status_make, peshawar, mardan
):
    client.force_login(focal_person)

    def queries(url, data=None):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, data).status_code == 200
        return len(captured)

    before = [queries(OVERVIEW), queries(STAFF, {"district": peshawar.pk})]
    for index in range(20):
        status_make([peshawar, mardan][index % 2], list(StaffState)[index % 6])
    after = [queries(OVERVIEW), queries(STAFF, {"district": peshawar.pk})]
    assert after == before
    listing = client.get(STAFF, {"district": peshawar.pk}).content.decode()
    assert re.search(r"12 members of staff", listing)
