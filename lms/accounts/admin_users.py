"""Wagtail's user screens, fitted to Tahaffuz: one full name, and a role instead of raw groups."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_user_views

from lms.core.permissions import ActionDenied
from lms.core.tasks import task_retry, tasks_needing_attention

from .models import User
from .roles import Role, can_manage_staff
from .services import (
    InvitationResendDenied,
    invitation_resend,
    invitation_send,
    invitations_resend_unaccepted,
    user_set_role,
)


class RoleFormMixin(forms.ModelForm):
    """Name and role; the role decides groups and superuser status through user_set_role."""

    first_name = None
    last_name = None
    is_superuser = None
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.LEARNER)

    def __init__(self, *args, by, **kwargs):
        self.by = by  # who saves the form: user_set_role checks they may give roles
        super().__init__(*args, **kwargs)

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            user_set_role(user=user, role=self.cleaned_data["role"], by=self.by)
        return user


class TahaffuzUserCreationForm(RoleFormMixin, UserCreationForm):
    class Meta:
        model = User
        fields = ["email", "full_name"]

    @transaction.atomic
    def save(self, commit=True):
        # Passwords are never set by someone else: the new person chooses theirs by invitation.
        self.instance.set_unusable_password()
        user = super().save(commit=commit)
        if commit:
            invitation_send(user=user, invited_by=self.by)
        return user


class TahaffuzUserEditForm(RoleFormMixin, UserEditForm):
    class Meta:
        model = User
        fields = ["email", "full_name", "is_active"]

    def __init__(self, *args, editing_self=False, **kwargs):
        super().__init__(*args, editing_self=False, **kwargs)
        self.fields["role"].initial = self.instance.role
        if editing_self:
            # No locking oneself out by deactivation or a change of role.
            del self.fields["is_active"]
            del self.fields["role"]

    def save(self, commit=True):
        if "role" not in self.fields:
            return forms.ModelForm.save(self, commit=commit)
        return super().save(commit=commit)


class UserIndexView(wagtail_user_views.IndexView):
    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if can_manage_staff(self.request.user):
            buttons.append(
                Button(
                    _("Resend invitations not yet accepted"),
                    url=reverse("invitations_resend_unaccepted"),
                    icon_name="mail",
                )
            )
        return buttons

    def order_queryset(self, queryset):
        if self.ordering in ("name", "-name"):
            return queryset.order_by(self.ordering.replace("name", "full_name"))
        return super().order_queryset(queryset)


class SavedByMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "by": self.request.user}


class UserCreateView(SavedByMixin, wagtail_user_views.CreateView):
    pass


class UserEditView(SavedByMixin, wagtail_user_views.EditView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if can_manage_staff(self.request.user) and not self.object.has_usable_password():
            buttons.append(
                HeaderButton(
                    _("Resend invitation"),
                    url=reverse("invitation_resend", args=[self.object.pk]),
                    icon_name="mail",
                )
            )
        return buttons


class UserViewSet(wagtail_user_views.UserViewSet):
    index_view_class = UserIndexView
    add_view_class = UserCreateView
    edit_view_class = UserEditView
    create_template_name = "wagtailadmin/generic/create.html"
    edit_template_name = "wagtailadmin/generic/edit.html"

    def get_form_class(self, for_update=False):
        return TahaffuzUserEditForm if for_update else TahaffuzUserCreationForm


def _confirm(request, question):
    back_url = reverse("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "accounts/admin/invitation_resend.html",
        {"question": question, "back_url": back_url, "page_title": _("Resend invitation")},
    )


def invitation_resend_view(request, pk):
    """Asks, then on a post sends the person their invitation again."""
    InvitationResendDenied.unless(can_manage_staff(request.user))
    user = get_object_or_404(User, pk=pk)
    if request.method != "POST":
        return _confirm(request, _t("Send %(name)s their invitation again?") % {"name": user})
    if invitation_resend(user=user, by=request.user):
        messages.success(
            request, _t("The invitation is on its way to %(email)s.") % {"email": user.email}
        )
    else:
        messages.warning(request, _t("%(name)s has already chosen a password.") % {"name": user})
    return redirect("wagtailusers_users:edit", user.pk)


def invitations_resend_unaccepted_view(request):
    """Asks, then on a post resends every invitation not yet accepted."""
    InvitationResendDenied.unless(can_manage_staff(request.user))
    if request.method != "POST":
        return _confirm(request, _t("Send every invitation not yet accepted again?"))
    count = invitations_resend_unaccepted(by=request.user)
    messages.success(
        request,
        ngettext("%(count)d invitation sent again.", "%(count)d invitations sent again.", count)
        % {"count": count},
    )
    return redirect("wagtailusers_users:index")


class TasksDenied(ActionDenied):
    message = _("Only administrators see and retry background tasks.")


def tasks_attention_view(request):
    """Background tasks that failed or were left running by a worker that died."""
    TasksDenied.unless(can_manage_staff(request.user))
    return TemplateResponse(
        request,
        "accounts/admin/tasks_attention.html",
        {"tasks": tasks_needing_attention()[:200], "page_title": _("Failed background tasks")},
    )


@require_POST
def task_retry_view(request, pk):
    """Put one failed or stuck task back in the queue."""
    TasksDenied.unless(can_manage_staff(request.user))
    if task_retry(pk):
        messages.success(request, _t("The task is back in the queue."))
    return redirect("tasks_attention")
