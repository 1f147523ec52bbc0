import pytest
from django.urls import reverse

from tests.factories import StaffProfileFactory


@pytest.fixture
def colleague(peshawar):
    return StaffProfileFactory(district=peshawar, user__full_name="Zarmina Colleague")


def test_a_learner_sees_their_own_profile(client, learner):
    client.force_login(learner)
    response = client.get(reverse("my_profile"))
    assert "KP-CPU-0042" in response.content.decode()


def test_a_learner_cannot_open_another_persons_profile(client, learner, colleague):
    client.force_login(learner)
    response = client.get(reverse("staff_profile", kwargs={"pk": colleague.pk}))
    assert response.status_code == 404
    assert "Zarmina" not in response.content.decode()


@pytest.mark.parametrize("viewer", ["commission_officer", "administrator"])
def test_the_commission_reads_every_profile(client, request, viewer, colleague):
    client.force_login(request.getfixturevalue(viewer))
    response = client.get(reverse("staff_profile", kwargs={"pk": colleague.pk}))
    assert "Zarmina Colleague" in response.content.decode()


def test_a_facilitator_cannot_read_profiles_of_people_outside_their_cohorts(
    client, facilitator, colleague
):
    client.force_login(facilitator)
    assert client.get(reverse("staff_profile", kwargs={"pk": colleague.pk})).status_code == 404


def test_the_due_date_follows_the_training_policy(learner):
    from lms.organisation.models import TrainingPolicy

    policy = TrainingPolicy.load()
    policy.course_due_days = 30
    policy.save()
    assert learner.staff_profile.course_due_date.isoformat() == "2026-10-31"


def test_anonymous_visitors_are_sent_to_sign_in(client, colleague):
    response = client.get(reverse("staff_profile", kwargs={"pk": colleague.pk}))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
