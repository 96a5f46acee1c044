"""Master images as the unit's setting says: lossless (PNG for colour and grey, CCITT G4 TIFF for
black-and-white text pages), or JPEG at a stated quality. Thumbnails and other derived images
are made from the master on demand and never stored as masters."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from desk_app.domain.types import ColourMode
from desk_app.errors import DeskError

logger = logging.getLogger(__name__)

SETTING_KEY = "capture.master_format"  # "lossless" or "jpeg:<quality>"


@dataclass(frozen=True)
class MasterFormat:
    kind: str = "lossless"  # lossless / jpeg
    jpeg_quality: int = 90

    @classmethod
    def parse(cls, text: str | None) -> MasterFormat:
        value = (text or "lossless").strip().lower()
        if value == "lossless":
            return cls()
        kind, _, quality = value.partition(":")
        if kind == "jpeg" and quality.isdigit() and 50 <= int(quality) <= 100:
            return cls("jpeg", int(quality))
        raise DeskError("invalid_master_format", value)

    def __str__(self) -> str:
        return "lossless" if self.kind == "lossless" else f"jpeg:{self.jpeg_quality}"


LOSSLESS = MasterFormat()


@dataclass
class Encoded:
    data: bytes
    mime: str
    width: int
    height: int
    dpi: int
    mode: ColourMode


def binarise(image: Image.Image) -> Image.Image:
    """Black and white for text pages: divide out the paper's shading (uneven lighting, yellowed
    paper), then Otsu."""
    if image.mode == "1":
        return image
    grey = np.asarray(image.convert("L"))
    k = max(15, (min(grey.shape) // 20) | 1)
    small = cv2.resize(grey, None, fx=0.125, fy=0.125, interpolation=cv2.INTER_AREA)
    background = cv2.resize(cv2.dilate(small, np.ones((k // 8 | 1, k // 8 | 1), np.uint8)),
                            (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)
    flat = np.clip(grey.astype(np.float32) / np.maximum(background, 1) * 255, 0, 255).astype(np.uint8)
    _, bw = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return Image.fromarray(bw, "L").convert("1", dither=Image.Dither.NONE)


def to_mode(image: Image.Image, mode: ColourMode) -> Image.Image:
    mode = ColourMode(mode)
    if mode is ColourMode.COLOUR:
        return image if image.mode == "RGB" else image.convert("RGB")
    if mode is ColourMode.GREY:
        return image if image.mode == "L" else image.convert("L")
    return binarise(image)


def encode_master(image: Image.Image, mode: ColourMode, dpi: int,
                  fmt: MasterFormat = LOSSLESS) -> Encoded:
    """The bytes to keep in the page store, in `mode`, with the dpi recorded in the file."""
    img = to_mode(image, mode)
    buf = io.BytesIO()
    if img.mode == "1":
        # Bi-level pages stay lossless whatever the setting: G4 makes them a few tens of kB.
        img.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
        mime = "image/tiff"
    elif fmt.kind == "jpeg":
        img.save(buf, "JPEG", quality=fmt.jpeg_quality, dpi=(dpi, dpi), optimize=True,
                 subsampling=0 if fmt.jpeg_quality >= 90 else 2)
        mime = "image/jpeg"
    else:
        img.save(buf, "PNG", dpi=(dpi, dpi), compress_level=6)
        mime = "image/png"
    return Encoded(buf.getvalue(), mime, img.width, img.height, dpi, ColourMode(mode))


def decode(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        return im.copy()


def thumbnail(data: bytes, size: int = 200) -> bytes:
    """A small JPEG of a master for page strips and thumbnails (derived: rebuilt whenever needed).
    JPEG masters are decoded at a reduced scale (draft) before the pixels are loaded."""
    with Image.open(io.BytesIO(data)) as im:
        grey = im.mode in ("1", "L")
        im.draft("L" if grey else "RGB", (size * 2, size * 2))
        img = im.convert("L" if grey else "RGB")
    img.thumbnail((size, size), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()
