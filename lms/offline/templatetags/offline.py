from django import template

from lms.accounts.roles import Role
from lms.core.offline import cache_owner

register = template.Library()


@register.simple_tag(takes_context=True)
def offline_owner(context) -> str:
    """Who owns the offline copies a page may keep: a learner's key; empty for staff and for
    anyone signed out, whose pages purge every copy kept on the device. An error page answered
    before authentication (a request for an unknown host) has no user: it purges nothing."""
    user = getattr(context.get("request"), "user", None)
    if user is None:
        return ""
    return cache_owner(user) if user.is_authenticated and user.role == Role.LEARNER else ""
