import datetime
import io
from decimal import Decimal

from openpyxl import load_workbook

from lms.core.spreadsheets import cell_safe, csv_response, xlsx_response


def test_text_that_would_start_a_formula_is_quoted_and_numbers_stay_numbers():
    assert [cell_safe(text) for text in ("=1+1", "+92", "-x", "@SUM(A1)", "\tA", "\rA")] == [
        "'=1+1",
        "'+92",
        "'-x",
        "'@SUM(A1)",
        "'\tA",
        "'\rA",
    ]
    assert [cell_safe(value) for value in (-1, Decimal("-12.50"), 0.5, None, "Gul Bibi")] == [
        -1,
        Decimal("-12.50"),
        0.5,
        "",
        "Gul Bibi",
    ]


def test_a_csv_download_opens_in_excel_as_utf8():
    response = csv_response("names.csv", ["Name"], [["گل بی بی"], ["=cmd"], [-3]])
    assert response["Content-Disposition"] == 'attachment; filename="names.csv"'
    assert response.content.decode("utf-8").splitlines() == [
        "\ufeffName",
        "گل بی بی",
        "'=cmd",
        "-3",
    ]


def test_a_streamed_csv_is_the_same_file():
    rows = iter([["گل بی بی"], ["=cmd"], [-3]])
    response = csv_response("names.csv", ["Name"], rows, stream=True)
    assert b"".join(response.streaming_content).decode("utf-8").splitlines() == [
        "\ufeffName",
        "گل بی بی",
        "'=cmd",
        "-3",
    ]


def test_an_xlsx_download_keeps_dates_urdu_and_numbers_and_quotes_formulas():
    response = xlsx_response(
        "names.xlsx",
        ["Name", "Due", "Days"],
        [["گل بی بی", datetime.date(2026, 3, 1), -3], ["=cmd", None, 0]],
        title="Staff",
    )
    sheet = load_workbook(io.BytesIO(response.content))["Staff"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Due", "Days")
    assert rows[1][0] == "گل بی بی"
    assert rows[1][1].date() == datetime.date(2026, 3, 1)
    assert sheet["B2"].is_date
    assert rows[1][2] == -3
    assert rows[2][:2] == ("'=cmd", None)


def test_an_empty_xlsx_is_a_valid_file_with_its_header():
    response = xlsx_response("none.xlsx", ["Name"], [], title="Staff")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert list(sheet.iter_rows(values_only=True)) == [("Name",)]
