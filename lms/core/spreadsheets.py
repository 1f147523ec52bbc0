"""Spreadsheets the platform writes: cells a spreadsheet program cannot mistake for formulas.

A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel
and LibreOffice (CSV or formula injection): such text gets a leading apostrophe, which shows the
text as typed. Numbers stay numbers, negative ones included.
"""

import csv
import datetime
import io
from decimal import Decimal

from django.http import HttpResponse, StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_safe(value):
    """The value as a spreadsheet should show it: numbers as they are, anything else as text,
    quoted if it would start a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Line:
    """What csv.writer writes to: it hands each line back."""

    def write(self, line: str) -> str:
        return line


def _csv_lines(header, rows):
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow([cell_safe(cell) for cell in header])
    for row in rows:
        yield writer.writerow([cell_safe(cell) for cell in row])


def csv_response(filename: str, header, rows, *, stream: bool = False) -> HttpResponse:
    """A CSV download: UTF-8 with a byte order mark (so Excel reads Urdu names right), every
    cell made safe. `stream`: written as `rows` are read (for an iterator over many rows)."""
    lines = _csv_lines(header, rows)
    content_type = "text/csv; charset=utf-8"
    if stream:
        response = StreamingHttpResponse(lines, content_type=content_type)
    else:
        response = HttpResponse("".join(lines), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_cell(value):
    """As `cell_safe`, but dates stay dates (a spreadsheet sorts and filters them as dates)."""
    if isinstance(value, datetime.date):
        return value
    return cell_safe(value)


def xlsx_write(file, header, rows, *, title: str) -> None:
    """Write one sheet named `title` to a binary file, every cell made safe, dates as dates."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])  # Excel's limit on a sheet's name
    sheet.append([cell_safe(cell) for cell in header])
    for row in rows:
        sheet.append([xlsx_cell(cell) for cell in row])
    workbook.save(file)


def xlsx_response(filename: str, header, rows, *, title: str) -> HttpResponse:
    """An XLSX download of one sheet named `title` (see `xlsx_write`)."""
    buffer = io.BytesIO()
    xlsx_write(buffer, header, rows, title=title)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


SPREADSHEET_FORMATS = ("csv", "xlsx")
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "xlsx": XLSX_TYPE}


def spreadsheet_write(kind: str, file, header, rows, *, title: str) -> None:
    """One table written to a binary file as the `kind` says: "csv" (UTF-8 with a byte order
    mark) or "xlsx" (a sheet named `title`)."""
    if kind == "xlsx":
        xlsx_write(file, header, rows, title=title)
        return
    for line in _csv_lines(header, rows):
        file.write(line.encode("utf-8"))


def spreadsheet_response(
    kind: str, name: str, header, rows, *, title: str, stream: bool = False
) -> HttpResponse | None:
    """One table written as the `kind` asked for: "csv" (streamed if `stream`) or "xlsx" (a
    sheet named `title`), as `name`.csv or `name`.xlsx; None for any other kind."""
    if kind == "csv":
        return csv_response(f"{name}.csv", header, rows, stream=stream)
    if kind == "xlsx":
        return xlsx_response(f"{name}.xlsx", header, rows, title=title)
    return None
