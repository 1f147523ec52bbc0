from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .models import Designation, District, Gender
from .staff_import import STAFF_COLUMNS, StaffFileError, staff_file_read, staff_rows_check

_ROWS_SALT = "tahaffuz.organisation.staff-import"


class StaffFileForm(forms.Form):
    """Step one: upload a staff list; the form's report says what is wrong with it."""

    file = forms.FileField(
        label=_("Staff list"),
        help_text=_("A .csv (UTF-8) or .xlsx file whose first row names the columns: %(columns)s.")
        % {"columns": ", ".join(STAFF_COLUMNS)},
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            self.raw_rows = staff_file_read(uploaded)
        except StaffFileError as error:
            raise forms.ValidationError(str(error)) from error
        if not self.raw_rows:
            raise forms.ValidationError(_("The file has a header but no people."))
        self.report = staff_rows_check(self.raw_rows)
        return uploaded

    def signed_rows(self) -> str:
        return signing.dumps(self.raw_rows, salt=_ROWS_SALT, compress=True)


class StaffImportConfirmForm(forms.Form):
    """Step two: the checked rows come back signed, are checked again, then imported."""

    rows = forms.CharField(widget=forms.HiddenInput)

    def clean_rows(self):
        try:
            raw_rows = signing.loads(self.cleaned_data["rows"], salt=_ROWS_SALT, max_age=3600)
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _("The checked list has expired or was altered. Upload the file again.")
            ) from error
        self.report = staff_rows_check(raw_rows)
        if not self.report.is_valid:
            raise forms.ValidationError(
                _(
                    "The list no longer passes the checks (someone may have added the same people). "
                    "Upload the file again to see why."
                )
            )
        return raw_rows


class StaffMemberForm(forms.Form):
    """Add one person: the same checks as a row of an imported list."""

    employee_number = forms.CharField(label=_("Employee number"), max_length=30)
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    full_name_ur = forms.CharField(
        label=_("Full name in Urdu script"), max_length=150, required=False
    )
    email = forms.EmailField(label=_("Email"))
    designation = forms.ChoiceField(label=_("Designation"), choices=Designation.choices)
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.all(), to_field_name="name"
    )
    date_of_joining = forms.DateField(
        label=_("Date of joining"), widget=forms.DateInput(attrs={"type": "date"})
    )
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
    gender = forms.ChoiceField(
        label=_("Gender"), choices=Gender.choices, initial=Gender.UNDISCLOSED
    )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        row = {
            name: value.name if isinstance(value, District) else str(value)
            for name, value in cleaned.items()
        }
        self.report = staff_rows_check([row])
        for column, message in self.report.rows[0].problems:
            self.add_error(column if column in self.fields else None, message)
        return cleaned
