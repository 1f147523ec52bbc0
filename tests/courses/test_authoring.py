from django.contrib.auth.models import Group

from courses.content.authoring import (
    CONTENT_TEAM,
    LEAD_FACILITATORS,
    WORKFLOW_NAME,
    authoring_setup,
)
from courses.content.models import CourseIndexPage
from lms.accounts.roles import Role
from tests.factories import UserFactory


def test_setup_is_idempotent_and_puts_the_catalogue_under_review(course):
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    workflow = authoring_setup(catalogue=catalogue)
    assert authoring_setup(catalogue=catalogue) == workflow
    assert workflow.name == WORKFLOW_NAME
    assert [task.name for task in workflow.tasks] == [
        "Lead facilitator review",
        "Content team sign-off",
    ]
    assert course.get_workflow() == workflow


def test_facilitators_and_leads_edit_but_only_the_content_team_publishes(course, facilitator):
    lead = UserFactory(role=Role.FACILITATOR, with_totp=True)
    lead.groups.add(Group.objects.get(name=LEAD_FACILITATORS))
    editor = UserFactory(role=Role.COMMISSION, with_totp=True)
    editor.groups.add(Group.objects.get(name=CONTENT_TEAM))
    for user, can_publish in [(facilitator, False), (lead, False), (editor, True)]:
        permissions = course.permissions_for_user(user)
        assert permissions.can_edit()
        assert permissions.can_publish() is can_publish


def test_authors_may_add_and_choose_images_for_their_lessons(course, facilitator):
    from wagtail.images.permissions import permission_policy

    assert permission_policy.user_has_permission(facilitator, "add")
    assert permission_policy.user_has_permission(facilitator, "choose")
