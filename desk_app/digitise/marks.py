"""The "Đã đối chiếu với bản chính" mark on attested copy pages of the digitised PDF: drawn on the
page image by the Verification area's `stamp_verified`, and put in the text layer too (over the
drawn mark) so the PDF's text says which pages were compared with their original."""
from __future__ import annotations

import logging

from PIL import Image, ImageChops

from desk_app.ocr.types import Word
from desk_app.verification.stamp import VerifiedMark, _lines, stamp_verified

logger = logging.getLogger(__name__)

MARK_LINE_BASE = 100_000  # line numbers of the mark's words, apart from the OCR lines


def stamp_page(image: Image.Image, mark: VerifiedMark) -> tuple[Image.Image, list[Word]]:
    """The page with the mark drawn, and the mark's lines as words over where it was drawn."""
    stamped = stamp_verified(image, mark.officer_name, mark.when, mark.dossier_code)
    box = ImageChops.difference(image.convert("RGB"), stamped.convert("RGB")).getbbox()
    if box is None:  # nothing drawn (cannot happen with a real font): no text claimed either
        logger.warning("verification mark left the page unchanged")
        return stamped, []
    x0, y0, x1, y1 = box
    lines = _lines(mark.officer_name, mark.when, mark.dossier_code)
    pad = max(1, (x1 - x0) // 30)
    line_h = max(1, (y1 - y0 - 2 * pad) // len(lines))
    words = [
        Word(text=line, x=x0 + pad, y=y0 + pad + i * line_h, w=max(1, x1 - x0 - 2 * pad),
             h=max(1, int(line_h * 0.8)), conf=100.0, line=MARK_LINE_BASE + i)
        for i, line in enumerate(lines)
    ]
    return stamped, words
