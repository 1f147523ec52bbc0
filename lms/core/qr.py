"""QR codes as PNG images: the certificates' verification link and the live class's join link."""

import io

import qrcode

PIXELS_PER_MODULE = 10


def qr_code(text: str) -> qrcode.QRCode:
    """``text`` as a QR code, medium error correction, 4-module quiet zone."""
    qr = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=PIXELS_PER_MODULE, border=4
    )
    qr.add_data(text)
    qr.make(fit=True)
    return qr


def qr_png(qr: qrcode.QRCode) -> bytes:
    """The code as a black-and-white PNG, 10 px a module."""
    buffer = io.BytesIO()
    qr.make_image().save(buffer)
    return buffer.getvalue()
