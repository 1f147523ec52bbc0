"""Reading and checking a staff list before anything is written.

A file is read into plain rows, every row is checked against the file itself and the database,
and the report lists every problem. The import writes only when the report is clean.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower, Upper
from django.utils.translation import gettext as _

from lms.core.spreadsheets import FORMULA_STARTS
from lms.core.text import has_control_characters

from .models import Designation, District, Gender, StaffProfile

STAFF_COLUMNS = (
    "employee_number",
    "full_name",
    "full_name_ur",
    "email",
    "designation",
    "district",
    "date_of_joining",
    "phone",
    "gender",
)
REQUIRED_COLUMNS = (
    "employee_number",
    "full_name",
    "email",
    "designation",
    "district",
    "date_of_joining",
)
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")


class StaffFileError(Exception):
    """The file as a whole cannot be read as a staff list."""


@dataclass
class StaffRow:
    line: int
    values: dict[str, str]
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    cleaned: dict = field(default_factory=dict)

    def add_problem(self, column: str, message: str) -> None:
        self.problems.append((column, message))


@dataclass
class StaffCheckReport:
    rows: list[StaffRow]

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and not any(row.problems for row in self.rows)

    @property
    def rows_with_problems(self) -> list[StaffRow]:
        return [row for row in self.rows if row.problems]

    @property
    def rows_with_warnings(self) -> list[StaffRow]:
        return [row for row in self.rows if row.warnings]

    @property
    def problem_count(self) -> int:
        return sum(len(row.problems) for row in self.rows)


def spreadsheet_table(uploaded) -> list[list]:
    """The cells of an uploaded CSV or XLSX file (its first sheet), row by row."""
    if uploaded.size > MAX_FILE_BYTES:
        raise StaffFileError(_("The file is larger than 2 MB. Split it into smaller lists."))
    name = uploaded.name.lower()
    content = uploaded.read()
    if name.endswith(".xlsx"):
        table = _xlsx_table(content)
    elif name.endswith(".csv"):
        table = _csv_table(content)
    else:
        raise StaffFileError(_("Upload a .csv or .xlsx file."))
    if not table:
        raise StaffFileError(_("The file is empty."))
    return table


def cell_text(value) -> str:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value if value is not None else "").strip()


def staff_file_read(uploaded) -> list[dict[str, str]]:
    """Plain rows from an uploaded CSV or XLSX file, keyed by the known column names."""
    table = spreadsheet_table(uploaded)
    header = [str(cell or "").strip().lower().replace(" ", "_") for cell in table[0]]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise StaffFileError(
            _("The first row must name the columns. Missing: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    records = [row for row in table[1:] if any(str(cell or "").strip() for cell in row)]
    if len(records) > MAX_ROWS:
        raise StaffFileError(
            _("The file has more than %(max)d rows. Split it into smaller lists.")
            % {"max": MAX_ROWS}
        )
    return [
        {
            column: cell_text(row[index]) if index < len(row) else ""
            for index, column in enumerate(header)
            if column in STAFF_COLUMNS
        }
        for row in records
    ]


def _csv_table(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise StaffFileError(
            _("The CSV file is not UTF-8 text. Save it as “CSV UTF-8”.")
        ) from error
    try:
        return list(csv.reader(io.StringIO(text)))
    except csv.Error as error:
        raise StaffFileError(
            _("The CSV file could not be read: %(error)s") % {"error": error}
        ) from error


def _xlsx_table(content: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a broken workbook
        raise StaffFileError(
            _("The Excel file could not be opened. Is it a valid .xlsx file?")
        ) from error
    try:  # a read-only workbook reads its sheet only now, so a broken one fails here
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    except Exception as error:
        raise StaffFileError(
            _("The first sheet of the Excel file could not be read. Is it a valid .xlsx file?")
        ) from error
    finally:
        workbook.close()


def _choice_lookup(choices) -> dict[str, str]:
    """Accept a choice by its code or its English label, in any case."""
    lookup = {}
    for value, label in choices:
        lookup[value.lower()] = value
        lookup[str(label).lower()] = value
    return lookup


_DESIGNATION_ALIASES = {
    "cpo": Designation.CHILD_PROTECTION_OFFICER,
    "scw": Designation.SOCIAL_CASE_WORKER,
}


def _parse_date(text: str) -> datetime.date | None:
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    return None


def staff_rows_check(raw_rows: list[dict[str, str]], *, first_line: int = 2) -> StaffCheckReport:
    """Check every row; the database is read in three queries whatever the number of rows."""
    rows = [
        StaffRow(line=first_line + index, values=values) for index, values in enumerate(raw_rows)
    ]
    numbers = {row.values.get("employee_number", "").upper() for row in rows} - {""}
    emails = {row.values.get("email", "").lower() for row in rows} - {""}
    taken_numbers = set(
        StaffProfile.objects.annotate(number=Upper("employee_number"))
        .filter(number__in=numbers)
        .values_list("number", flat=True)
    )
    taken_emails = set(
        get_user_model()
        .objects.annotate(lower_email=Lower("email"))
        .filter(lower_email__in=emails)
        .values_list("lower_email", flat=True)
    )
    districts = {district.name.lower(): district for district in District.objects.all()}
    designations = {**_choice_lookup(Designation.choices), **_DESIGNATION_ALIASES}
    genders = _choice_lookup(Gender.choices)
    seen_numbers: dict[str, int] = {}
    seen_emails: dict[str, int] = {}

    for row in rows:
        values = row.values
        for column, value in values.items():
            if has_control_characters(value):
                row.add_problem(
                    column,
                    _("This cell contains control characters (such as NUL). Type it again."),
                )
        for column in REQUIRED_COLUMNS:
            if not values.get(column):
                row.add_problem(column, _("This field is required."))

        number = values.get("employee_number", "")
        if number:
            key = number.upper()
            if key in taken_numbers:
                row.add_problem("employee_number", _("This employee number is already registered."))
            elif key in seen_numbers:
                row.add_problem(
                    "employee_number",
                    _("Duplicate employee number: also on line %(line)d.")
                    % {"line": seen_numbers[key]},
                )
            else:
                seen_numbers[key] = row.line
            if len(number) > 30:
                row.add_problem("employee_number", _("Use at most 30 characters."))

        email = values.get("email", "").lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                row.add_problem("email", _("This is not a valid email address."))
            else:
                if email in taken_emails:
                    row.add_problem(
                        "email", _("An account with this email address already exists.")
                    )
                elif email in seen_emails:
                    row.add_problem(
                        "email",
                        _("Duplicate email address: also on line %(line)d.")
                        % {"line": seen_emails[email]},
                    )
                else:
                    seen_emails[email] = row.line

        designation = values.get("designation", "")
        if designation and designation.lower() not in designations:
            row.add_problem(
                "designation",
                _("Unknown designation “%(value)s”. Use one of: %(choices)s.")
                % {
                    "value": designation,
                    "choices": ", ".join(str(label) for _v, label in Designation.choices),
                },
            )

        district_name = values.get("district", "")
        if district_name and district_name.lower() not in districts:
            row.add_problem(
                "district", _("Unknown district “%(value)s”.") % {"value": district_name}
            )

        joined_text = values.get("date_of_joining", "")
        joined = _parse_date(joined_text) if joined_text else None
        if joined_text and joined is None:
            row.add_problem(
                "date_of_joining",
                _("“%(value)s” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-01.")
                % {"value": joined_text},
            )

        gender = values.get("gender", "")
        if gender and gender.lower() not in genders:
            row.add_problem("gender", _("Unknown gender “%(value)s”.") % {"value": gender})

        for column in ("full_name", "full_name_ur"):
            # A warning, not a refusal: the clerk copies names as the service records spell
            # them, and a stray leading sign should not hold up a whole district's list.
            name = values.get(column, "")
            if name.startswith(FORMULA_STARTS):
                message = _(
                    "“%(value)s” starts with a sign a spreadsheet reads as a formula: exports "
                    "will show it with a leading apostrophe. Correct it if the sign is a slip."
                )
                row.warnings.append((column, message % {"value": name}))

        for column, limit in (
            ("full_name", 150),
            ("full_name_ur", 150),
            ("email", 254),
            ("phone", 20),
        ):
            if len(values.get(column, "")) > limit:
                row.add_problem(column, _("Use at most %(limit)d characters.") % {"limit": limit})

        if not row.problems:
            row.cleaned = {
                "employee_number": number,
                "full_name": values["full_name"],
                "full_name_ur": values.get("full_name_ur", ""),
                "email": email,
                "designation": designations[designation.lower()],
                "district": districts[district_name.lower()],
                "date_of_joining": joined,
                "phone": values.get("phone", ""),
                "gender": genders[gender.lower()] if gender else Gender.UNDISCLOSED,
            }
    return StaffCheckReport(rows=rows)
