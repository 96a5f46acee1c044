"""The QR code on the front of a chip identity card: found with zbar on the photo and on a few
transformed copies (contrast, upscaled, the rectified card's corners), then parsed.

Payload (docs/domain.md#the-citizen-identity-card):
`number|old ID|name|ddmmyyyy|sex|address|issue ddmmyyyy`; the old 9-digit ID may be empty.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import cv2
import numpy as np
from pyzbar import pyzbar

from desk_app.domain.text import clean, fold

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class QrFields:
    number: str
    name: str
    birth_date: date | None
    sex: str | None
    residence: str
    issue_date: date | None


def _ddmmyyyy(text: str) -> date | None:
    text = text.strip()
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        return None


def _text(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    # zbar sometimes guesses an 8-bit code page for UTF-8 bytes: undo that mojibake
    if "Ã" in text or "á»" in text:
        try:
            text = text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return text


def parse_payload(data: bytes) -> QrFields | None:
    """The fields of an identity-card QR, or None when the code is something else."""
    parts = _text(data).split("|")
    if len(parts) < 6:
        return None
    number = parts[0].strip()
    if len(number) != 12 or not number.isdigit():
        return None
    sex_key = fold(parts[4])
    sex = "male" if sex_key in {"nam", "male", "m"} else "female" if sex_key in {"nu", "female", "f"} else None
    return QrFields(
        number=number, name=clean(parts[2]).upper(), birth_date=_ddmmyyyy(parts[3]), sex=sex,
        residence=clean(parts[5]), issue_date=_ddmmyyyy(parts[6]) if len(parts) > 6 else None,
    )


def _sharpen(img: np.ndarray) -> np.ndarray:
    return cv2.addWeighted(img, 2.0, cv2.GaussianBlur(img, (0, 0), 3), -1.0, 0)


def _adaptive(img: np.ndarray) -> np.ndarray:
    return cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 41, 3)


def _variants(grey: np.ndarray, card: np.ndarray | None) -> Iterator[np.ndarray]:
    """Cheapest and likeliest first: most photos decode as they are; a blurred or glared code
    decodes on the rectified card's corner once sharpened or locally thresholded."""
    yield grey
    if card is not None:
        h, w = card.shape[:2]
        # the code sits in a corner of the front (top right upright; bottom left upside down)
        corners = [card[0:h // 2, w // 2:], card[h // 2:, 0:w // 2]]
        for make in (lambda c: c, _sharpen, _adaptive,
                     lambda c: _sharpen(cv2.resize(c, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC))):
            for corner in corners:
                yield make(corner)
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(grey)
    yield clahe
    if card is None:
        yield _sharpen(grey)
        yield cv2.resize(grey, None, fx=1.6, fy=1.6, interpolation=cv2.INTER_CUBIC)
        yield _adaptive(grey)


def decode_qr(grey: np.ndarray, card_grey: np.ndarray | None = None) -> QrFields | None:
    """The identity-card QR in the photo (or on the rectified card), if zbar can read it."""
    for i, img in enumerate(_variants(grey, card_grey)):
        try:
            symbols = pyzbar.decode(img, symbols=[pyzbar.ZBarSymbol.QRCODE])
        except Exception:  # a zbar failure on one variant must not stop the others
            logger.debug("zbar failed on variant %d", i, exc_info=True)
            continue
        for sym in symbols:
            fields = parse_payload(sym.data)
            if fields is not None:
                logger.debug("identity-card QR decoded on variant %d", i)
                return fields
    return None


def plain_decode(grey: np.ndarray) -> QrFields | None:
    """A single zbar pass on the photo as it is: the baseline of the benchmark."""
    for sym in pyzbar.decode(grey, symbols=[pyzbar.ZBarSymbol.QRCODE]):
        fields = parse_payload(sym.data)
        if fields is not None:
            return fields
    return None
