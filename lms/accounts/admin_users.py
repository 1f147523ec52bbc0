"""Wagtail's user screens, fitted to Tahaffuz: one full name, and a role instead of raw groups."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_user_views

from .models import User
from .roles import Role
from .services import invitation_send, user_set_role


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
    pass


class UserViewSet(wagtail_user_views.UserViewSet):
    index_view_class = UserIndexView
    add_view_class = UserCreateView
    edit_view_class = UserEditView
    create_template_name = "wagtailadmin/generic/create.html"
    edit_template_name = "wagtailadmin/generic/edit.html"

    def get_form_class(self, for_update=False):
        return TahaffuzUserEditForm if for_update else TahaffuzUserCreationForm
