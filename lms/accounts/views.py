from allauth.account.utils import perform_login
from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from . import services
from .forms import InvitationAcceptForm
from .invitations import invitation_token_is_fresh, invitation_token_user_id


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
def invitation_accept_view(request, token):
    """The invited person chooses a password, then is signed in (staff continue to MFA setup)."""
    user_id = invitation_token_user_id(token)
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first() if user_id else None
    if user is None or not invitation_token_is_fresh(user, token):
        return render(
            request,
            "accounts/invitation_invalid.html",
            {"message": _("This invitation link has expired or has already been used.")},
            status=410,
        )
    form = InvitationAcceptForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.invitation_accept(user=user, password=form.cleaned_data["new_password1"])
        return perform_login(request, user, redirect_url="/")
    return render(request, "accounts/invitation_accept.html", {"form": form, "invited_user": user})
