"""Spreadsheets the platform writes: cells a spreadsheet program cannot mistake for formulas.

A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel
and LibreOffice (CSV or formula injection): such text gets a leading apostrophe, which shows the
text as typed. Numbers stay numbers, negative ones included.
"""

import csv
from decimal import Decimal

from django.http import HttpResponse

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


def csv_response(filename: str, header, rows) -> HttpResponse:
    """A CSV download: UTF-8 with a byte order mark (so Excel reads Urdu names right), every
    cell made safe."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([cell_safe(cell) for cell in header])
    for row in rows:
        writer.writerow([cell_safe(cell) for cell in row])
    return response
