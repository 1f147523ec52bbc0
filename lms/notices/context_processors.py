from functools import cache


def unread_notices(request):
    """The bell's count of unread notices: one indexed count, made only when a page shows it
    (pages that do not, the CMS's and JSON, pay nothing)."""
    user = getattr(request, "user", None)
    if not (user and user.is_authenticated):
        return {}
    return {"unread_notices": cache(lambda: user.notices.unread().count())}
