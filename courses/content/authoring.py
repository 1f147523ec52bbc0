"""Who may author the course in the CMS, and the review every change goes through.

A facilitator drafts and submits; a lead facilitator approves; the Commission's content team
gives the final approval, which publishes. Facilitators and leads cannot publish themselves.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from lms.accounts.roles import Role, role_group_name
from lms.accounts.services import group_grant_admin_access

LEAD_FACILITATORS = "Lead facilitators"
CONTENT_TEAM = "Content team"

# Group → page permissions on the course catalogue and everything below it.
AUTHORING_PERMISSIONS = {
    role_group_name(Role.FACILITATOR): ("add", "change"),
    LEAD_FACILITATORS: ("add", "change"),
    CONTENT_TEAM: ("add", "change", "publish", "lock"),
}
WORKFLOW_NAME = "Course review"


# Authors add and choose the images and documents their lessons use.
MEDIA_PERMISSIONS = [
    ("wagtailimages", "image", ("add", "choose")),
    ("wagtaildocs", "document", ("add", "choose")),
]


def _media_permissions_grant(group) -> None:
    root = Collection.get_first_root_node()
    for app_label, model, actions in MEDIA_PERMISSIONS:
        for action in actions:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=f"{action}_{model}"
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


@transaction.atomic
def authoring_setup(*, catalogue) -> Workflow:
    """Create (or complete) the groups, page permissions and review workflow. Idempotent."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in AUTHORING_PERMISSIONS}
    for name, permission_types in AUTHORING_PERMISSIONS.items():
        group_grant_admin_access(groups[name])
        for permission_type in permission_types:
            if not GroupPagePermission.objects.filter(
                group=groups[name], page=catalogue, permission__codename=f"{permission_type}_page"
            ).exists():
                GroupPagePermission.objects.create(
                    group=groups[name], page=catalogue, permission_type=permission_type
                )

        _media_permissions_grant(groups[name])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        for order, (task_name, group_name) in enumerate(
            [
                ("Lead facilitator review", LEAD_FACILITATORS),
                ("Content team sign-off", CONTENT_TEAM),
            ]
        ):
            task, _ = GroupApprovalTask.objects.get_or_create(name=task_name)
            task.groups.set([groups[group_name]])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})
    return workflow
