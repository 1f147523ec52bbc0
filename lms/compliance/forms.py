"""The overview's and staff list's filters. A filter whose value is unknown (a district that
does not exist, a mistyped date) is left out with a note, never an error page."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.forms.models import ModelChoiceIterator
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from courses.cohorts.models import Cohort
from courses.content.models import CoursePage
from lms.accounts.visibility import is_staff_reader
from lms.organisation.models import Designation, District, Division

from .selectors import HEADQUARTERS, column_condition, columns, statuses_visible

DATE_INPUT = forms.DateInput(attrs={"type": "date"})


class _WithHeadquarters(ModelChoiceIterator):
    def __iter__(self):
        yield from super().__iter__()
        yield HEADQUARTERS, _("Commission headquarters")

    def __len__(self):
        return super().__len__() + 1


class DistrictField(forms.ModelChoiceField):
    """A district, or `HEADQUARTERS`: the staff of no district."""

    iterator = _WithHeadquarters

    def to_python(self, value):
        return HEADQUARTERS if value == HEADQUARTERS else super().to_python(value)


class ComplianceFilter(forms.Form):
    division = forms.ModelChoiceField(
        label=_("Division"),
        queryset=Division.objects.order_by("name"),
        required=False,
        empty_label=_("Any"),
    )
    district = DistrictField(
        label=_("District"),
        queryset=District.objects.order_by("name"),
        required=False,
        empty_label=_("Any"),
    )
    designation = forms.ChoiceField(
        label=_("Designation"), choices=[("", _("Any")), *Designation.choices], required=False
    )
    cohort = forms.ModelChoiceField(
        label=_("Cohort"), queryset=Cohort.objects.none(), required=False, empty_label=_("Any")
    )
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), required=False, empty_label=_("Any")
    )
    joined_from = forms.DateField(label=_("Joined from"), required=False, widget=DATE_INPUT)
    joined_to = forms.DateField(label=_("Joined until"), required=False, widget=DATE_INPUT)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, data, *, viewer, by_status: bool):
        """`by_status`: the staff list filters by a column of the overview; the overview not."""
        super().__init__(data)
        self.fields["cohort"].queryset = Cohort.objects.visible_to(viewer).order_by("name")
        self.fields["course"].queryset = CoursePage.objects.filter(
            locale=Locale.get_default()
        ).order_by("title")
        self.fields["status"].choices = [
            ("", _("Any")),
            *((column.key, column.label) for column in columns(timezone.localdate())),
        ]
        if not by_status:
            del self.fields["status"]
        self.is_valid()  # fills cleaned_data with the fields that are valid

    @property
    def ignored(self) -> list[str]:
        """The labels of the filters left out because their value is unknown."""
        return [str(self.fields[name].label) for name in self.errors]

    @property
    def place(self) -> str:
        """The name of the district (or headquarters, or division) the filters choose, or ""."""
        district = self.cleaned_data.get("district")
        if district == HEADQUARTERS:
            return str(_("Commission headquarters"))
        chosen = district or self.cleaned_data.get("division")
        return str(chosen) if chosen else ""

    def filter(self, statuses):
        data = self.cleaned_data
        today = timezone.localdate()
        if data.get("district") == HEADQUARTERS:
            statuses = statuses.filter(district__isnull=True)
        elif data.get("district"):
            statuses = statuses.filter(district=data["district"])
        lookups = {
            "division": "district__division",
            "designation": "designation",
            "cohort": "cohort",
            "course": "course",
            "joined_from": "date_of_joining__gte",
            "joined_to": "date_of_joining__lte",
        }
        for name, lookup in lookups.items():
            if data.get(name):
                statuses = statuses.filter(**{lookup: data[name]})
        if data.get("status"):
            statuses = statuses.filter(column_condition(data["status"], today))
        return statuses

    def query(self, **changes) -> str:
        """The valid filters as a query string, with `changes` (None removes a filter)."""
        values = {name: self.data.get(name) for name in self.cleaned_data if self.data.get(name)}
        values.update(changes)
        return urlencode({name: value for name, value in values.items() if value})


def compliance_filtered(viewer, data, *, by_status: bool):
    """The filters' form and the statuses the viewer may read that it selects; PermissionDenied
    for a learner."""
    if not is_staff_reader(viewer):
        raise PermissionDenied
    form = ComplianceFilter(data, viewer=viewer, by_status=by_status)
    return form, form.filter(statuses_visible(viewer))
