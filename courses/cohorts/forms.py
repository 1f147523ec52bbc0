from django import forms
from django.utils.translation import gettext_lazy as _

from lms.organisation.models import Designation, District

from .models import AttendanceStatus


class EnrolByGroupForm(forms.Form):
    """Enrol every learner of a district, optionally of one designation."""

    district = forms.ModelChoiceField(label=_("District"), queryset=District.objects.none())
    designation = forms.ChoiceField(
        label=_("Designation"),
        choices=[("", _("Every designation")), *Designation.choices],
        required=False,
    )

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = cohort.districts.all()


class EnrolByNumberForm(forms.Form):
    employee_numbers = forms.CharField(
        label=_("Employee numbers"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or more, separated by commas, spaces or new lines."),
    )

    def clean_employee_numbers(self):
        numbers = {
            part.strip().upper()
            for part in self.cleaned_data["employee_numbers"].replace(",", " ").split()
        }
        return sorted(numbers - {""})


class AttendanceForm(forms.Form):
    enrolment = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(choices=AttendanceStatus.choices)
    note = forms.CharField(max_length=255, required=False)


class DueDateForm(forms.Form):
    due_date = forms.DateField(
        label=_("Set the due date by hand"), widget=forms.DateInput(attrs={"type": "date"})
    )


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the learner withdrawn?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_("The learner reads this in their notice."),
    )
