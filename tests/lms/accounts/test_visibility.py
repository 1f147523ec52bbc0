"""Who sees whom: the CMS's staff and cohort choosers, profiles and results, by one set of rules."""

import pytest
from django.urls import reverse

from courses.cohorts.models import Cohort, EnrolmentStatus
from tests.factories import DistrictFactory, StaffProfileFactory

STAFF_CHOOSER = "/admin/snippets/choose/organisation/staffprofile/"
COHORT_CHOOSER = "/admin/snippets/choose/cohorts/cohort/"


@pytest.fixture
def outsider(db):
    """A social case worker of Kohat, in no cohort the facilitator runs."""
    return StaffProfileFactory(
        district=DistrictFactory(name="Kohat"),
        user__full_name="Gulalai Outsider",
        employee_number="KP-KOH-0007",
    )


@pytest.fixture
def other_cohort(cohort, course):
    """A cohort someone else runs."""
    return Cohort.objects.create(name="Kohat batch", course=course)


def test_a_facilitator_chooses_only_among_their_cohorts_learners(
    client, facilitator, enrolment, outsider
):
    client.force_login(facilitator)
    for url in (STAFF_CHOOSER, STAFF_CHOOSER + "results/", STAFF_CHOOSER + "results/?q=Gulalai"):
        page = client.get(url).content.decode()
        assert "Gulalai Outsider" not in page and "KP-KOH-0007" not in page
    assert enrolment.learner.full_name in client.get(STAFF_CHOOSER).content.decode()
    chosen = client.get(STAFF_CHOOSER + f"chosen/{outsider.pk}/")
    assert chosen.status_code == 404


def test_a_facilitator_chooses_only_among_the_cohorts_they_run(client, facilitator, other_cohort):
    client.force_login(facilitator)
    for url in (COHORT_CHOOSER, COHORT_CHOOSER + "results/?q=Kohat"):
        assert "Kohat batch" not in client.get(url).content.decode()
    assert "Test batch" in client.get(COHORT_CHOOSER).content.decode()
    assert client.get(COHORT_CHOOSER + f"chosen/{other_cohort.pk}/").status_code == 404


def test_the_commission_chooses_among_everyone(
    client, commission_officer, enrolment, outsider, other_cohort
):
    client.force_login(commission_officer)
    staff = client.get(STAFF_CHOOSER).content.decode()
    assert "Gulalai Outsider" in staff and enrolment.learner.full_name in staff
    assert "Gulalai Outsider" in client.get(STAFF_CHOOSER + "results/?q=Gulalai").content.decode()
    assert "Kohat batch" in client.get(COHORT_CHOOSER).content.decode()
    assert client.get(STAFF_CHOOSER + f"chosen/{outsider.pk}/").status_code == 200


def test_a_facilitator_reads_the_profiles_of_their_cohorts_learners(client, facilitator, enrolment):
    client.force_login(facilitator)
    profile = enrolment.learner.staff_profile
    response = client.get(reverse("staff_profile", kwargs={"pk": profile.pk}))
    assert profile.employee_number in response.content.decode()


def test_a_withdrawn_learner_is_no_longer_seen_by_the_facilitator(client, facilitator, enrolment):
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.save()
    client.force_login(facilitator)
    profile = enrolment.learner.staff_profile
    assert client.get(reverse("staff_profile", kwargs={"pk": profile.pk})).status_code == 404
    competencies = reverse("simulations:competencies", kwargs={"user_id": enrolment.learner_id})
    assert client.get(competencies).status_code == 403
    certificate = reverse("certification:enrolment", kwargs={"enrolment_id": enrolment.pk})
    assert client.get(certificate).status_code == 403
