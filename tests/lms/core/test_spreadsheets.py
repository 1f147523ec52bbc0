from decimal import Decimal

from lms.core.spreadsheets import cell_safe, csv_response


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
