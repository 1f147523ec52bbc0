from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms.accounts.roles import can_manage_staff

from .forms import StaffFileForm, StaffImportConfirmForm, StaffMemberForm
from .models import StaffProfile
from .services import StaffImportConflict, staff_import, staff_member_create


class StaffManagerRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_manage_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StaffImportView(StaffManagerRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Upload a staff list, read the dry run, then import it whole."""

    page_title = gettext_lazy("Import staff")
    header_icon = "group"
    template_name = "organisation/admin/staff_import.html"
    form_class = StaffFileForm

    def form_valid(self, form):
        confirm_form = StaffImportConfirmForm(initial={"rows": form.signed_rows()})
        return self.render_to_response(
            self.get_context_data(form=form, report=form.report, confirm_form=confirm_form)
        )


class StaffImportConfirmView(StaffManagerRequiredMixin, WagtailAdminTemplateMixin, FormView):
    page_title = gettext_lazy("Import staff")
    header_icon = "group"
    template_name = "organisation/admin/staff_import.html"
    form_class = StaffImportConfirmForm
    http_method_names = ["post"]

    def form_valid(self, form):
        try:
            created = staff_import(report=form.report, invited_by=self.request.user)
        except StaffImportConflict:
            form.add_error(
                None,
                _(
                    "Someone registered some of the same people meanwhile. Nothing was "
                    "imported; upload the file again."
                ),
            )
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(count)d staff imported. Each will receive an email invitation to set a password.")
            % {"count": len(created)},
        )
        return redirect(StaffProfile.snippet_viewset.get_url_name("list"))

    def form_invalid(self, form):
        return self.render_to_response(
            self.get_context_data(
                form=StaffFileForm(),
                confirm_errors=form.errors.get("rows") or form.non_field_errors(),
            )
        )


class StaffMemberCreateView(StaffManagerRequiredMixin, WagtailAdminTemplateMixin, FormView):
    page_title = gettext_lazy("Add a person")
    header_icon = "user"
    template_name = "organisation/admin/staff_member_form.html"
    form_class = StaffMemberForm

    def form_valid(self, form):
        staff_member_create(**form.report.rows[0].cleaned, invited_by=self.request.user)
        messages.success(
            self.request,
            _("%(name)s was added and invited by email.")
            % {"name": form.cleaned_data["full_name"]},
        )
        return redirect(StaffProfile.snippet_viewset.get_url_name("list"))


class StaffProfileDetailView(LoginRequiredMixin, DetailView):
    """A staff member's record, shown to themselves and to those the roles allow."""

    template_name = "organisation/staff_profile_detail.html"
    context_object_name = "profile"
    queryset = StaffProfile.objects.select_related("user", "district")

    def get_object(self, queryset=None):
        if "pk" not in self.kwargs:
            return get_object_or_404(self.queryset, user=self.request.user)
        # Not found rather than forbidden: a learner learns nothing about who else exists.
        profile = self.queryset.for_viewer(self.request.user).filter(pk=self.kwargs["pk"]).first()
        if profile is None:
            raise Http404(_("There is no staff profile here that you may see."))
        return profile
