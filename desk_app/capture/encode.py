"""Master images as the unit's setting says: lossless, in the smallest lossless encoding for the
page's kind (docs/storage.md), or JPEG at a stated quality.

Lossless, per page: a bi-level page (a text page, desk_app/capture/colour.py) as a CCITT G4 TIFF;
a grey page as an 8-bit grey PNG; a colour page with at most 256 colours as a palette PNG (exact,
and a PDF takes its data as it is); any other colour page as a lossless WebP (about a fifth
smaller than PNG on a scanner's noise), or as an RGB PNG where the unit keeps to the formats the
digitisation guidance names (`lossless:png`). Every one decodes to the very pixels encoded.
Thumbnails and other derived images are made from the master on demand and never stored."""
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

SETTING_KEY = "capture.master_format"  # "lossless", "lossless:png" or "jpeg:<quality>"

# Lossless WebP effort: method 0 with a middling quality was a fifth smaller than PNG level 6 on
# a noisy 300-dpi colour scan in about the same time; method 1 and up took 5-10x longer for
# another fifth (docs/storage.md).
WEBP_METHOD, WEBP_QUALITY = 0, 50


@dataclass(frozen=True)
class MasterFormat:
    kind: str = "lossless"  # lossless / jpeg
    jpeg_quality: int = 90
    png_only: bool = False  # lossless in PNG/TIFF only (no WebP)

    @classmethod
    def parse(cls, text: str | None) -> MasterFormat:
        value = (text or "lossless").strip().lower()
        if value == "lossless":
            return cls()
        if value == "lossless:png":
            return cls(png_only=True)
        kind, _, quality = value.partition(":")
        if kind == "jpeg" and quality.isdigit() and 50 <= int(quality) <= 100:
            return cls("jpeg", int(quality))
        raise DeskError("invalid_master_format", value)

    def __str__(self) -> str:
        if self.kind == "lossless":
            return "lossless:png" if self.png_only else "lossless"
        return f"jpeg:{self.jpeg_quality}"


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
    elif img.mode == "RGB" and (palette := _palette(img)) is not None:
        palette.save(buf, "PNG", dpi=(dpi, dpi), compress_level=6)
        mime = "image/png"
    elif img.mode == "RGB" and not fmt.png_only:
        # WebP has no resolution field of its own: the dpi goes in its EXIF (file_dpi reads it)
        exif = Image.Exif()
        exif[0x011A] = exif[0x011B] = dpi  # XResolution, YResolution
        exif[0x0128] = 2  # inches
        img.save(buf, "WEBP", lossless=True, method=WEBP_METHOD, quality=WEBP_QUALITY,
                 exif=exif.tobytes())
        mime = "image/webp"
    else:
        img.save(buf, "PNG", dpi=(dpi, dpi), compress_level=6)
        mime = "image/png"
    return Encoded(buf.getvalue(), mime, img.width, img.height, dpi, ColourMode(mode))


def _palette(img: Image.Image) -> Image.Image | None:
    """`img` as a palette image when it has at most 256 colours (exactly, nothing merged)."""
    colours = img.getcolors(256)
    if colours is None:
        return None
    px = np.asarray(img, dtype=np.uint32)
    key = (px[..., 0] << 16) | (px[..., 1] << 8) | px[..., 2]
    # the palette in the order of the 24-bit colour values, so each pixel's index is found by a
    # binary search: exact, and far faster than quantize() (which may merge colours)
    rgbs = [c for _n, c in colours if isinstance(c, tuple)]  # an RGB image's colours are triples
    keys = np.array(sorted((int(c[0]) << 16) | (int(c[1]) << 8) | int(c[2]) for c in rgbs),
                    dtype=np.uint32)
    table = [(int(k) >> shift) & 255 for k in keys for shift in (16, 8, 0)]
    pal = Image.frombytes("P", img.size, np.searchsorted(keys, key).astype(np.uint8).tobytes())
    pal.putpalette(table + [0] * (768 - len(table)))
    return pal


def file_dpi(img: Image.Image) -> float | None:
    """The resolution a page file declares (`img` as opened): PNG/TIFF/JPEG through Pillow's info,
    a WebP master through the EXIF encode_master wrote; None when it says nothing."""
    value = img.info.get("dpi", (None,))[0]
    if value is None and img.format == "WEBP":
        value = img.getexif().get(0x011A)
    try:
        return float(value) or None if value is not None else None
    except (TypeError, ValueError):
        return None


def decode(data: bytes) -> Image.Image:
    """A master's pixels: a palette master as the RGB it encodes (the colours are exact)."""
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        if im.mode == "P":
            out = im.convert("RGB")
            out.info.update(im.info)
            return out
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
