"""The visible "Đã đối chiếu với bản chính" mark put on copy pages that were attested: the officer,
the time and the dossier code, in a framed box in the emptiest corner of the page. The digitised
PDF builder calls stamp_verified() for each attested copy page."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import VerificationEntry
from desk_app.domain.types import Verdict
from desk_app.verification.fonts import vietnamese_font

logger = logging.getLogger(__name__)

TITLE = "ĐÃ ĐỐI CHIẾU VỚI BẢN CHÍNH"
INK = (25, 45, 160)  # the blue of a counter's rubber stamp
ImageLike = TypeVar("ImageLike", Image.Image, np.ndarray)


def _lines(officer_name: str, when: dt.datetime, dossier_code: str) -> list[str]:
    return [
        TITLE,
        f"Cán bộ: {officer_name}",
        f"Thời gian: {when:%H:%M} ngày {when:%d/%m/%Y}",
        f"Mã hồ sơ: {dossier_code}",
    ]


def _emptiest_corner(grey: np.ndarray, box_w: int, box_h: int, margin: int) -> tuple[int, int]:
    h, w = grey.shape
    corners = [
        (w - box_w - margin, h - box_h - margin),  # bottom right, where a copy is usually signed
        (w - box_w - margin, margin),
        (margin, h - box_h - margin),
        (margin, margin),
    ]
    best, best_ink = corners[0], None
    for x, y in corners:
        x, y = max(0, x), max(0, y)
        ink = float((grey[y:y + box_h, x:x + box_w] < 128).mean()) if box_w and box_h else 0.0
        if best_ink is None or ink < best_ink - 0.002:
            best, best_ink = (x, y), ink
    return best


def stamp_verified(image: ImageLike, officer_name: str, when: dt.datetime,
                   dossier_code: str) -> ImageLike:
    """A copy of the page with the verification mark drawn on it (the input is left unchanged).
    Takes and returns a PIL image, or a numpy array (grey or BGR, as OpenCV holds pages)."""
    if isinstance(image, np.ndarray):
        pil = Image.fromarray(image if image.ndim == 2 else image[..., ::-1].copy())
        stamped = _stamped_rgb(pil, officer_name, when, dossier_code)
        if image.ndim == 2:
            return np.asarray(stamped.convert("L"))
        return np.asarray(stamped)[..., ::-1].copy()
    stamped = _stamped_rgb(image, officer_name, when, dossier_code)
    if image.mode in ("L", "1"):
        return stamped.convert("L")
    return stamped


def _stamped_rgb(pil: Image.Image, officer_name: str, when: dt.datetime,
                 dossier_code: str) -> Image.Image:
    page = pil.convert("RGB")
    w, _h = page.size
    size = max(12, round(w * 0.019))  # about 10 pt on an A4 page, whatever the resolution
    title_font = ImageFont.truetype(str(vietnamese_font(True)), round(size * 1.15))
    font = ImageFont.truetype(str(vietnamese_font(False)), size)
    lines = _lines(officer_name, when, dossier_code)
    draw = ImageDraw.Draw(page)
    widths = [draw.textlength(lines[0], font=title_font)]
    widths += [draw.textlength(line, font=font) for line in lines[1:]]
    pad = round(size * 0.7)
    line_h = round(size * 1.45)
    box_w = int(max(widths)) + 2 * pad
    box_h = line_h * len(lines) + 2 * pad
    margin = round(w * 0.03)
    x, y = _emptiest_corner(np.asarray(page.convert("L")), box_w, box_h, margin)
    overlay = Image.new("RGBA", page.size, (0, 0, 0, 0))
    od = ImageDraw.Draw(overlay)
    # A white underlay keeps the mark legible over any text it has to cover.
    od.rectangle((x, y, x + box_w, y + box_h), fill=(255, 255, 255, 215))
    border = max(2, size // 6)
    od.rectangle((x, y, x + box_w, y + box_h), outline=INK + (255,), width=border)
    od.rectangle((x + 2 * border, y + 2 * border, x + box_w - 2 * border, y + box_h - 2 * border),
                 outline=INK + (255,), width=max(1, border // 2))
    ty = y + pad
    for k, line in enumerate(lines):
        f = title_font if k == 0 else font
        lw = widths[k]
        od.text((x + (box_w - lw) / 2 if k == 0 else x + pad, ty), line, font=f, fill=INK + (255,))
        ty += line_h
    return Image.alpha_composite(page.convert("RGBA"), overlay).convert("RGB")


@dataclass(frozen=True)
class VerifiedMark:
    officer_name: str
    when: dt.datetime
    dossier_code: str


def verified_marks(session: Session, dossier_id: str) -> dict[str, VerifiedMark]:
    """For the digitised PDF: sha256 of each copy page of the dossier that an officer attested as
    matching the original shown -> what its mark says. The latest attestation of a page wins."""
    entries = session.scalars(
        select(VerificationEntry).where(
            VerificationEntry.dossier_id == dossier_id,
            VerificationEntry.verdict == Verdict.MATCH,
            VerificationEntry.original_shown.is_(True),
        ).order_by(VerificationEntry.created_at)
    )
    marks: dict[str, VerifiedMark] = {}
    for entry in entries:
        for digest in entry.page_hashes or []:
            marks[digest] = VerifiedMark(entry.officer_name, entry.created_at, entry.dossier_code)
    return marks
