"""Rendering a PDF's page to an image, as a person would see it (pypdfium2, a test package)."""

import io


def pdf_page_png(pdf: bytes, *, scale: float = 2.0, page: int = 0) -> bytes:
    """One page as a PNG; ``scale`` 1 is 72 dpi, 2 is 144 dpi."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[page].render(scale=scale).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
