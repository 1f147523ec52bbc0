"""The certificate as paper: what the PDF says, its shape, its QR code and its reproducibility."""

import base64
import dataclasses
import datetime
import hashlib
import io
import re
import time
from pathlib import Path

import pypdf
import pypdfium2
import pytest
import zxingcpp
from django.utils import translation
from fontTools.ttLib import TTFont
from PIL import Image

from lms.certification import document
from lms.certification.document import (
    CertificateFace,
    certificate_pdf,
    certificate_qr_png,
)
from tests.pdf_pages import pdf_page_png

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"

A4_LANDSCAPE_PT = (841.89, 595.28)


def make_face(**changes) -> CertificateFace:
    face = CertificateFace(
        number="KP-CPCM-2026-000123",
        code_display="7K3M-Q9XA-2PRT-HV4C-8",
        full_name="Bilal Ahmad",
        full_name_ur="",
        designation="Child Protection Officer",
        district="Peshawar",
        cpu="Child Protection Unit, Peshawar",
        employee_number="KP-CPU-0042",
        course_title="Case Management for Child Protection Officers",
        course_version="2.1",
        hours=54,
        training_first_day=datetime.date(2026, 11, 9),
        training_last_day=datetime.date(2026, 11, 20),
        venue="KPCPWC training hall, Peshawar",
        issued_on=datetime.date(2026, 11, 23),
        expires_on=datetime.date(2028, 11, 23),
        refresher_due=False,
        signed_off_by="Sana Gul",
        signatory_name="Khalid Mehmood",
        signatory_title="Chief Protection Officer",
        qr_text="https://tahaffuz.example.org/verify/7K3M-Q9XA-2PRT-HV4C-8",
        verify_hint="Check at https://tahaffuz.example.org/verify/ with the code below",
    )
    return dataclasses.replace(face, **changes)


def page_text(pdf: bytes) -> str:
    """The words on the pages, with line breaks and runs of spaces as single spaces."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def page_image(pdf: bytes, scale: float = 3) -> Image.Image:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return doc[0].render(scale=scale).to_pil()
    finally:
        doc.close()


def embedded_fonts(pdf: bytes) -> dict[str, str]:
    """Base font name -> family name inside the embedded font file, for the first page."""
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    found = {}
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        data = descriptor["/FontFile2"].get_object().get_data()
        found[str(font["/BaseFont"])] = TTFont(io.BytesIO(data))["name"].getDebugName(1)
    return found


@pytest.fixture(scope="module")
def face():
    return make_face()


@pytest.fixture(scope="module")
def pdf(face):
    return certificate_pdf(face)


def test_pdf_shows_who_what_and_how_to_check_it(face, pdf):
    text = page_text(pdf)

    assert face.full_name in text
    assert face.number in text
    assert face.code_display in text
    assert face.course_title in text
    assert "Khyber Pakhtunkhwa Child Protection and Welfare Commission".upper() in text
    assert "This certifies that" in text
    assert "KP-CPU-0042" in text
    assert "Child Protection Officer · Child Protection Unit, Peshawar" in text
    assert "District Peshawar" not in text  # the unit already names the district
    assert "Version 2.1 · 54 hours attended" in text
    assert "Trained from 9 November 2026 to 20 November 2026 · KPCPWC training hall, Peshawar" in (
        text
    )
    assert "23 November 2026" in text  # issued
    assert "Valid until 23 November 2028" in text
    assert "Refresher due" not in text
    assert "Sana Gul Facilitator who signed off" in text
    assert "Khalid Mehmood Chief Protection Officer" in text
    assert face.verify_hint in text


def test_pdf_is_one_a4_landscape_page(pdf):
    reader = pypdf.PdfReader(io.BytesIO(pdf))

    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert float(box.width) == pytest.approx(A4_LANDSCAPE_PT[0], abs=1)
    assert float(box.height) == pytest.approx(A4_LANDSCAPE_PT[1], abs=1)


def test_long_details_still_fit_on_one_page():
    face = make_face(
        full_name="Muhammad Abdul Rehman Khan Yousafzai Durrani Afridi",
        full_name_ur="محمد عبدالرحمٰن خان یوسفزئی درانی آفریدی",
        designation="Senior Child Protection and Welfare Officer (Case Management)",
        course_title=(
            "Psychosocial First Aid, Referral Pathways and Case Management for Children "
            "in Street Situations and Emergencies"
        ),
    )

    assert len(pypdf.PdfReader(io.BytesIO(certificate_pdf(face))).pages) == 1


def test_qr_code_on_the_page_scans_to_the_verification_url(face, pdf):
    barcodes = zxingcpp.read_barcodes(page_image(pdf, scale=3))

    assert [barcode.text for barcode in barcodes] == [face.qr_text]
    assert barcodes[0].format == zxingcpp.BarcodeFormat.QRCode


def test_a_signed_verification_url_still_scans_from_a_144_dpi_image():
    # The real QR text carries a signed payload: a few hundred characters, a dense code.
    payload = base64.urlsafe_b64encode(hashlib.sha512(b"fields").digest() * 4).decode()
    text = f"https://tahaffuz.kpcpwc.gov.pk/verify/7K3MQ9XA2PRTHV4C8/?s={payload}.{payload[:86]}"
    assert len(text) > 450
    face = make_face(qr_text=text)

    barcodes = zxingcpp.read_barcodes(page_image(certificate_pdf(face), scale=2))

    assert [barcode.text for barcode in barcodes] == [text]


def test_qr_png_has_a_four_module_quiet_zone_and_scans():
    text = "https://tahaffuz.example.org/verify/7K3M-Q9XA-2PRT-HV4C-8"
    image = Image.open(io.BytesIO(certificate_qr_png(text)))

    assert image.format == "PNG"
    # 10 px a module: the outer 40 px on every side are white, the next row is not.
    pixels = image.convert("L")
    width, height = pixels.size
    assert width == height
    quiet = [pixels.getpixel((x, y)) for x in range(width) for y in range(40)]
    assert min(quiet) == 255
    assert min(pixels.getpixel((x, 45)) for x in range(width)) == 0
    assert [barcode.text for barcode in zxingcpp.read_barcodes(image)] == [text]


def test_same_face_renders_the_same_bytes_even_at_another_time(monkeypatch, face, pdf):
    # Fonts are unwrapped once per process; redo it so a changed clock could show through.
    document._ttf_bytes.cache_clear()
    later = time.time() + 400 * 24 * 3600
    monkeypatch.setattr(time, "time", lambda: later)

    assert certificate_pdf(face) == pdf
    assert certificate_pdf(make_face()) == pdf


def test_pdf_dates_come_from_the_issue_date(pdf):
    info = pypdf.PdfReader(io.BytesIO(pdf)).metadata

    assert info["/CreationDate"] == "D:20261123"
    assert info["/ModDate"] == "D:20261123"
    assert "KP-CPCM-2026-000123" in info["/Title"]


def test_different_certificates_have_different_files(pdf):
    other = certificate_pdf(make_face(number="KP-CPCM-2026-000124"))

    assert other != pdf
    assert "KP-CPCM-2026-000124" in page_text(other)


def test_a_course_renewed_by_a_refresher_says_when_the_refresher_is_due():
    text = page_text(certificate_pdf(make_face(refresher_due=True)))

    assert "Refresher due 23 November 2028" in text
    assert "Valid until" not in text


def test_a_one_day_course_without_a_venue_or_signatory_name_prints_the_day_and_the_title():
    day = datetime.date(2026, 11, 9)
    face = make_face(training_first_day=day, training_last_day=day, venue="", signatory_name="")
    text = page_text(certificate_pdf(face))

    assert "Trained on 9 November 2026" in text and " to " not in text.split("Trained")[1][:30]
    assert "Chief Protection Officer" in text


def test_an_urdu_certificate_is_laid_out_right_to_left(face, pdf):
    urdu = certificate_pdf(dataclasses.replace(face, language="ur"))

    assert urdu != pdf
    text = page_text(urdu)
    assert face.number in text and "KPCPWC training hall, Peshawar" in text
    assert len(pypdf.PdfReader(io.BytesIO(urdu)).pages) == 1
    # The facts (issue date, number) move from the left edge of the sheet to the right.
    assert _x_of(urdu, face.number) > A4_LANDSCAPE_PT[0] / 2 > _x_of(pdf, face.number)


def test_an_urdu_certificate_dates_in_eastern_digits_when_chosen_and_keeps_its_codes_western(
    settings, face
):
    eastern = re.compile("[\u06f0-\u06f9]")
    urdu = dataclasses.replace(face, language="ur")
    assert not eastern.search(page_text(certificate_pdf(urdu)))

    settings.EASTERN_DIGITS = True
    text = page_text(certificate_pdf(urdu))
    assert eastern.search(text)
    assert face.number in text and face.employee_number in text and face.code_display in text


def _x_of(pdf: bytes, needle: str) -> float:
    document = pypdfium2.PdfDocument(pdf)
    try:
        textpage = document[0].get_textpage()
        searcher = textpage.search(needle)
        index, _count = searcher.get_next()
        left, _bottom, _right, _top = textpage.get_charbox(index)
        return left
    finally:
        document.close()


def test_certificate_is_in_english_whatever_language_is_active(face, pdf):
    with translation.override("ur"):
        urdu_request_pdf = certificate_pdf(face)

    assert urdu_request_pdf == pdf
    assert "23 November 2026" in page_text(urdu_request_pdf)


def test_names_are_printed_as_text_not_markup():
    face = make_face(full_name='Bilal <img src="https://example.org/x.png"> Ahmad')

    assert 'Bilal <img src="https://example.org/x.png"> Ahmad' in page_text(certificate_pdf(face))


def test_without_hours_urdu_name_facilitator_or_session_days_it_still_renders():
    face = make_face(
        hours=None,
        signed_off_by="",
        full_name_ur="",
        training_first_day=None,
        training_last_day=None,
        venue="",
    )
    pdf = certificate_pdf(face)
    text = page_text(pdf)

    assert "hours" not in text
    assert "Facilitator" in text
    assert "Trained" not in text
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1


def test_urdu_name_is_set_in_nastaliq_and_saved_for_people_to_look_at():
    face = make_face(full_name="Ayesha Khan", full_name_ur="عائشہ خان")
    pdf = certificate_pdf(face)

    fonts = embedded_fonts(pdf)
    nastaliq = [name for name in fonts if "Nastaliq" in name]
    assert nastaliq, fonts
    assert fonts[nastaliq[0]] == "Noto Nastaliq Urdu"
    # Latin text uses the bundled font too, not whatever the machine happens to have.
    assert set(fonts.values()) == {"Noto Nastaliq Urdu", "Noto Naskh Arabic"}

    png = pdf_page_png(certificate_pdf(face), scale=2)
    image = Image.open(io.BytesIO(png))
    assert image.size == (1684, 1191)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "certificate-urdu.png").write_bytes(png)
