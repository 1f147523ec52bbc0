"""The certificate as a document: a one-page A4 landscape PDF, its QR code and a PNG preview.

Everything here works from a :class:`CertificateFace`, the plain data printed on the paper, so
rendering needs no database and the same face always gives the same bytes: the PDF's dates come
from the issue date, its file identifier from the certificate number and code, and every font it
uses is bundled from ``node_modules`` (``npm ci``) rather than taken from the machine.
"""

from __future__ import annotations

import base64
import datetime
import functools
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from lms.core.qr import qr_code, qr_png

__all__ = ["CertificateFace", "certificate_pdf", "certificate_qr_png"]

TEMPLATE = "certification/certificate_pdf.html"

QR_MM_PER_MODULE = 0.5
QR_MIN_MM = 30.0
QR_MAX_MM = 48.0

_URL = re.compile(r"(https?://\S+)")

# The fontsource packages ship each font cut into subsets; these are the files the template uses.
_FONT_FILES = {
    "nastaliq_400": ("noto-nastaliq-urdu", "noto-nastaliq-urdu-arabic-400-normal.woff"),
    "nastaliq_700": ("noto-nastaliq-urdu", "noto-nastaliq-urdu-arabic-700-normal.woff"),
    "latin_400": ("noto-naskh-arabic", "noto-naskh-arabic-latin-400-normal.woff"),
    "latin_700": ("noto-naskh-arabic", "noto-naskh-arabic-latin-700-normal.woff"),
    "latin_ext_400": ("noto-naskh-arabic", "noto-naskh-arabic-latin-ext-400-normal.woff"),
    "latin_ext_700": ("noto-naskh-arabic", "noto-naskh-arabic-latin-ext-700-normal.woff"),
}


@dataclass(frozen=True)
class CertificateFace:
    """What the paper shows, as plain data."""

    number: str  # KP-CPCM-2026-000123
    code_display: str  # 7K3M-Q9XA-2PR1-HV0C-J2
    full_name: str
    full_name_ur: str  # Urdu script; may be empty
    designation: str
    district: str
    cpu: str  # "Child Protection Unit, Peshawar"
    employee_number: str
    course_title: str
    course_version: str
    hours: int | None  # hours attended
    training_first_day: datetime.date | None
    training_last_day: datetime.date | None
    venue: str  # may be empty
    issued_on: datetime.date
    expires_on: datetime.date
    refresher_due: bool  # the expiry date is when a refresher falls due, not an end of validity
    signed_off_by: str  # the facilitator's name; may be empty
    signatory_name: str  # who signs for the Commission; may be empty
    signatory_title: str  # "Chief Protection Officer"
    qr_text: str  # the verification URL the QR code carries
    verify_hint: str  # "Check at https://…/verify/ with the code below"
    language: str = "en"  # the paper's language; Urdu and Pashto are laid out right to left


def certificate_qr_png(text: str) -> bytes:
    """A QR code for ``text`` as a black-and-white PNG, 10 px a module, 4-module quiet zone."""
    return qr_png(qr_code(text))


def certificate_pdf(face: CertificateFace) -> bytes:
    """The certificate as a one-page A4 landscape PDF, byte-identical for the same face."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = _font_files()
    qr = qr_code(face.qr_text)
    qr_mm = _qr_printed_mm(qr)
    context = {
        "face": face,
        "fonts": {key: path.as_uri() for key, path in fonts.items()},
        "qr_data_uri": "data:image/png;base64," + base64.b64encode(qr_png(qr)).decode("ascii"),
        "qr_size": f"{qr_mm:.1f}mm",
        # The footer is as tall as the QR code; the middle of the page is centred above it.
        "body_bottom": f"{qr_mm + 6:.1f}mm",
        "verify_hint": _unbroken_urls(face.verify_hint),
    }
    with translation.override(face.language):
        html = render_to_string(TEMPLATE, context)
    fetcher = _local_fetcher_class()(fonts={path.as_uri(): path for path in fonts.values()})
    document = HTML(string=html, url_fetcher=fetcher).render(font_config=FontConfiguration())
    # PDF readers expect a file identifier; derive it from the certificate, not from chance.
    identifier = hashlib.sha256(f"{face.number}\n{face.code_display}".encode()).hexdigest()[:32]
    return document.write_pdf(pdf_identifier=identifier.encode("ascii"), custom_metadata=True)


def _qr_printed_mm(qr) -> float:
    """How wide to print the QR code: half a millimetre a module, within what the page allows.

    The signed verification URL runs to a few hundred characters, so its code has 60 to 90
    modules a side; a fixed small square would make the modules too fine for a phone to read.
    """
    modules = qr.modules_count + 2 * qr.border
    return min(max(modules * QR_MM_PER_MODULE, QR_MIN_MM), QR_MAX_MM)


def _unbroken_urls(text: str) -> SafeString:
    """``text`` as HTML in which line breaks may not fall inside URLs."""
    parts = _URL.split(text)  # URLs at the odd indexes
    return format_html_join(
        "",
        "{}",
        (
            (format_html('<span class="url" dir="ltr">{}</span>', part) if index % 2 else part,)
            for index, part in enumerate(parts)
        ),
    )


@functools.cache
def _font_files() -> dict[str, Path]:
    root = Path(getattr(settings, "NODE_MODULES", settings.BASE_DIR / "node_modules"))
    files = {
        key: (root / "@fontsource" / package / "files" / name).resolve()
        for key, (package, name) in _FONT_FILES.items()
    }
    if missing := [str(path) for path in files.values() if not path.is_file()]:
        # Rendering would quietly fall back to whatever the machine has (or to empty boxes for
        # Urdu), so refuse instead of issuing a certificate that looks wrong.
        raise ImproperlyConfigured(
            "Certificate fonts are missing (run `npm ci`): " + ", ".join(missing)
        )
    return files


@functools.cache
def _ttf_bytes(path: Path) -> bytes:
    """The WOFF font at ``path`` unwrapped to plain TrueType, once per process.

    WeasyPrint can unwrap WOFF itself, but fontTools then stamps the font's ``head`` table with
    the current time, which ends up in the PDF and makes two renders a second apart differ.
    """
    from fontTools.ttLib import TTFont

    font = TTFont(path, recalcTimestamp=False)
    font.flavor = None
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


@functools.cache
def _local_fetcher_class():
    # WeasyPrint takes most of a second to import, so it is imported when the first
    # certificate is drawn rather than whenever this module is.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        """Serves the bundled fonts and inline ``data:`` images; never the network or disk.

        Everything in the template is escaped, so no user-supplied text can add a URL; this
        is the second lock on that door.
        """

        def __init__(self, *, fonts: dict[str, Path]):
            super().__init__(allowed_protocols=("data",))
            self._fonts = fonts

        def fetch(self, url, headers=None):
            if (path := self._fonts.get(url)) is not None:
                return URLFetcherResponse(
                    url, _ttf_bytes(path), headers={"Content-Type": "font/ttf"}
                )
            return super().fetch(url, headers)

    return LocalFetcher
