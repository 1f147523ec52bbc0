"""Refusals of a change the person's role does not allow, raised by the services themselves.

A service that changes others' data asks a rule in `lms.accounts.roles` before writing and
raises a subclass of `ActionDenied` when the answer is no, so that a view, the CMS, a command
and a test all meet the same check. Being a `PermissionDenied`, it becomes a 403 in a view.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _


class ActionDenied(PermissionDenied):
    """The person may not make this change; `message` says so in their language."""

    message = _("You may not make this change.")

    def __init__(self, message=None):
        super().__init__(message or self.message)

    @classmethod
    def unless(cls, allowed: bool) -> None:
        """Raise this refusal unless the rule allowed the change."""
        if not allowed:
            raise cls()
