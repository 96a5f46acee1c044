"""Pre-processing that pays for Tesseract on counter scans: orientation (pages fed sideways or upside
down), deskew, background / illumination normalisation (one side darker), resolution normalisation
(150-200 dpi scans are enlarged to the text size the LSTM model was trained on).

All steps are cheap analyses on a reduced copy of the page; the full-resolution image is touched only
by the transforms actually needed, so a clean upright 300-dpi page costs a few tens of milliseconds."""
from __future__ import annotations

import io
import logging
import struct
import zlib
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageOps

from desk_app.capture.encode import file_dpi
from desk_app.errors import InputRefused
from desk_app.ocr.types import Geometry

logger = logging.getLogger(__name__)

ANALYSIS_SIDE = 1100  # longest side of the reduced copy used for all analyses
TARGET_TEXT_HEIGHT = 26.0  # median glyph height (px) to enlarge small text to (~13 pt at 300 dpi)
SMALL_TEXT = 18.0  # below this median glyph height the page is enlarged (scans under ~220 dpi)
# Tesseract's LSTM reads each line rescaled to a fixed height, so text larger than this only costs
# layout analysis time: 300-dpi body text (median glyph ~27 px) is reduced to ~20 px, which cut
# Tesseract's CPU time by ~14% on the benchmark pages with no loss of accuracy.
LARGE_TEXT = 24.0
REDUCED_TEXT = 20.0
Image.MAX_IMAGE_PIXELS = 120_000_000


@dataclass
class Prepared:
    image: np.ndarray  # uint8 grey, upright, deskewed, normalised, rescaled: what Tesseract reads
    scale: float  # image pixels per pixel of the upright page at stored resolution
    dpi: int  # effective resolution of `image`, told to Tesseract
    geometry: Geometry


def load_grey(data: bytes) -> tuple[np.ndarray, int]:
    """Decodes an image file into 8-bit grey and its resolution (300 when the file does not say)."""
    if not data:
        raise InputRefused("empty_file")
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            declared = file_dpi(opened)  # a WebP master's dpi is in its EXIF
            img = ImageOps.exif_transpose(opened)
            grey = np.asarray(img.convert("L"))
    except Image.DecompressionBombError as exc:
        raise InputRefused("image_too_large", type(exc).__name__) from exc
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError, TypeError,
            struct.error, zlib.error) as exc:
        # a damaged file (a PNG with a broken chunk raises SyntaxError) is a refusal, not a crash
        raise InputRefused("corrupt_image", type(exc).__name__) from exc
    dpi = round(declared) if declared else 300
    return grey, max(50, min(dpi or 300, 1200))


def flatten_photo_bytes(data: bytes) -> tuple[np.ndarray, int] | None:
    """The flattened grey page and its resolution when the file is a photo of a page on a desk
    (desk_app/capture/photo.py), else None."""
    from desk_app.capture import photo

    try:
        with Image.open(io.BytesIO(data)) as opened:
            if not photo.photo_hint(opened, opened.info.get("dpi")):
                return None
            if opened.format == "JPEG":  # cameras and phones: decoded the fast way
                return photo.grey_page_for_ocr(data)
            opened.load()
            img = ImageOps.exif_transpose(opened)
            img = img.convert("RGB") if img.mode != "L" else img
    except (OSError, ValueError, Image.DecompressionBombError):
        return None  # load_grey says why
    flat = photo.flatten_if_photo(img, grey=True)  # OCR reads grey: one channel, not three
    if flat is None:
        return None
    return np.asarray(flat.image.convert("L")), flat.dpi


def paper_estimate(small: np.ndarray) -> np.ndarray:
    # Closing with a kernel wider than any stroke removes the ink and leaves the paper.
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    paper = cv2.medianBlur(paper, 5)
    return cv2.GaussianBlur(paper, (0, 0), 3)


def uneven_paper(small: np.ndarray) -> bool:
    """True when the paper is not one flat shade (shadow, a darker side, a grey background)."""
    paper = paper_estimate(small)
    lo, hi = np.percentile(paper, [2, 98])
    return bool(hi - lo > 20 or hi < 200)


def normalise_illumination(grey: np.ndarray) -> np.ndarray:
    """Divides the page by an estimate of its paper colour, so shadows and a darker side become
    white paper again while ink stays dark."""
    h, w = grey.shape
    f = 8
    small = cv2.resize(grey, (max(1, w // f), max(1, h // f)), interpolation=cv2.INTER_AREA)
    # Closing with a kernel wider than any stroke removes the ink and leaves the paper.
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    paper = cv2.medianBlur(paper, 5)
    paper = cv2.GaussianBlur(paper, (0, 0), 3)
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    out = cv2.divide(grey, np.maximum(paper, 1), scale=255)
    return out


def _binary(grey: np.ndarray) -> np.ndarray:
    """Ink as 1, paper as 0 (Otsu)."""
    _, bw = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return bw


def _rotate_small(bw: np.ndarray, angle: float) -> np.ndarray:
    h, w = bw.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(bw, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)


def _row_score(bw: np.ndarray) -> float:
    # Ink gathered into few rows (horizontal, level text lines) gives a large sum of squares;
    # the same ink spread over every row (sideways or skewed lines) a small one.
    rows = bw.sum(axis=1, dtype=np.float64)
    return float(np.square(rows).sum())


def _half(bw: np.ndarray) -> np.ndarray:
    # Max-pooling keeps thin strokes when the analysis copy is halved again for the angle search.
    h, w = bw.shape[0] // 2 * 2, bw.shape[1] // 2 * 2
    b = bw[:h, :w]
    top: np.ndarray = np.maximum(b[0::2, 0::2], b[1::2, 0::2])
    pooled: np.ndarray = np.maximum(top, np.maximum(b[0::2, 1::2], b[1::2, 1::2]))
    return pooled


def best_skew(bw: np.ndarray, limit: float = 6.0) -> tuple[float, float]:
    """The small rotation that makes text lines horizontal (sharpest row profile); angle in degrees
    counter-clockwise as cv2 counts it, and its score."""
    best = (0.0, _row_score(bw))
    for angle in np.arange(-limit, limit + 0.01, 0.5):
        score = _row_score(_rotate_small(bw, float(angle)))
        if score > best[1]:
            best = (float(angle), score)
    centre = best[0]
    for angle in np.arange(centre - 0.4, centre + 0.41, 0.1):
        score = _row_score(_rotate_small(bw, float(angle)))
        if score > best[1]:
            best = (float(angle), score)
    return best


def lines_run_vertically(bw: np.ndarray) -> bool:
    """True when text lines run top to bottom (page fed sideways). Letters sit next to their
    nearest letter along the line, while the next line is a line pitch away, so the direction to
    each letter's nearest neighbour tells the direction of the lines. Diacritics and dots are left
    out (their nearest neighbour is the letter under them)."""
    n, _, stats, centroids = cv2.connectedComponentsWithStats(bw.astype(np.uint8), connectivity=8)
    if n <= 10:
        return False
    big = np.maximum(stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH])
    med = float(np.median(big))
    keep = (big >= 0.6 * med) & (big <= 4 * med)
    pts = centroids[1:][keep]
    if len(pts) < 20:
        return False
    if len(pts) > 600:
        pts = pts[np.random.default_rng(0).choice(len(pts), 600, replace=False)]
    d = pts[:, None, :] - pts[None, :, :]
    dist = np.square(d).sum(axis=2)
    np.fill_diagonal(dist, np.inf)
    nearest = dist.argmin(axis=1)
    v = d[np.arange(len(pts)), nearest]
    vertical = np.abs(v[:, 1]) > np.abs(v[:, 0])
    return bool(vertical.mean() > 0.5)


def upside_down(bw: np.ndarray) -> bool:
    """Latin script, and Vietnamese even more with its tone marks, puts more ink above the x-height
    band than below the baseline; a page read upside down shows the opposite."""
    rows = bw.sum(axis=1).astype(np.float64)
    if rows.max() <= 0:
        return False
    inked = rows > rows.max() * 0.05
    above = below = 0.0
    y = 0
    n = len(rows)
    while y < n:
        if not inked[y]:
            y += 1
            continue
        start = y
        while y < n and inked[y]:
            y += 1
        band = rows[start:y]
        if len(band) < 4:
            continue
        core = np.nonzero(band >= band.max() * 0.45)[0]
        top, bottom = core[0], core[-1]
        above += float(band[:top].sum())
        below += float(band[bottom + 1:].sum())
    return below > above * 1.1


def text_height(bw: np.ndarray) -> float:
    """Median height of connected components that look like glyphs (pixels of `bw`)."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw.astype(np.uint8), connectivity=8)
    if n <= 1:
        return 0.0
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    ws = stats[1:, cv2.CC_STAT_WIDTH]
    area = stats[1:, cv2.CC_STAT_AREA]
    keep = (hs >= 3) & (area >= 6) & (ws < hs * 4) & (hs < bw.shape[0] / 10)
    if keep.sum() < 20:
        return 0.0
    return float(np.median(hs[keep]))


def _rotate_full(grey: np.ndarray, angle: float) -> np.ndarray:
    h, w = grey.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def upright(grey: np.ndarray, geometry: Geometry) -> np.ndarray:
    """The stored image turned as OCR saw it (rotation, then deskew), at stored resolution.
    Used for the PDF and the review screen so word boxes fall on the words."""
    k = (geometry.rotation // 90) % 4
    out = np.rot90(grey, -k) if k else grey  # rot90 counts counter-clockwise
    if abs(geometry.skew) > 0.05:
        out = _rotate_full(np.ascontiguousarray(out), -geometry.skew)
    return np.ascontiguousarray(out)


def upright_rgb(image: Image.Image, geometry: Geometry) -> Image.Image:
    """The stored image turned as OCR saw it, for display and the PDF: grey pages stay grey
    (a third of the bytes), anything else becomes RGB."""
    img = ImageOps.exif_transpose(image)
    img = img.convert("L") if img.mode in ("1", "L", "I;16", "LA") else img.convert("RGB")
    white: int | tuple[int, int, int] = 255 if img.mode == "L" else (255, 255, 255)
    if geometry.rotation % 360:
        img = img.rotate(-geometry.rotation, expand=True)
    if abs(geometry.skew) > 0.05:
        img = img.rotate(-geometry.skew, resample=Image.Resampling.BILINEAR, fillcolor=white)
    return img


def prepare(grey: np.ndarray, dpi: int = 300, *, orient: bool = True,
            enlarge: bool = True) -> Prepared:
    """Analyses a page and returns the image Tesseract should read, with the geometry to map word
    boxes back onto the stored page."""
    h, w = grey.shape
    f = min(1.0, ANALYSIS_SIDE / max(h, w))
    small = cv2.resize(grey, (max(1, int(w * f)), max(1, int(h * f))), interpolation=cv2.INTER_AREA)
    uneven = uneven_paper(cv2.resize(small, (small.shape[1] // 4 or 1, small.shape[0] // 4 or 1),
                                     interpolation=cv2.INTER_AREA))
    small = normalise_illumination(small)
    bw = _binary(small)
    rotation = 0
    skew_ccw, _ = best_skew(_half(bw))
    if orient:
        if lines_run_vertically(bw):
            side = np.ascontiguousarray(np.rot90(bw, -1))  # the page turned 90° clockwise
            rotation, bw = 90, side
            skew_ccw, _ = best_skew(_half(side))
        bw_up = _rotate_small(bw, skew_ccw) if abs(skew_ccw) > 0.05 else bw
        if upside_down(bw_up):
            rotation = (rotation + 180) % 360
            # skew_ccw stays: a half turn keeps the line angle
            bw_up = np.ascontiguousarray(np.rot90(bw_up, 2))
    else:
        bw_up = _rotate_small(bw, skew_ccw) if abs(skew_ccw) > 0.05 else bw

    # Geometry.skew is clockwise-positive like rotation; cv2 angles are counter-clockwise.
    geometry_skew = -skew_ccw
    geometry = Geometry(rotation=rotation, skew=round(geometry_skew, 2), width=0, height=0)

    page = normalise_illumination(grey) if uneven else grey
    page = upright(page, geometry)
    uh, uw = page.shape
    geometry = Geometry(rotation, geometry.skew, uw, uh)

    glyph = text_height(bw_up) / f if f else 0.0
    scale = 1.0
    if glyph > 0:
        if glyph < SMALL_TEXT and enlarge:
            scale = min(2.5, TARGET_TEXT_HEIGHT / glyph)
        elif glyph > LARGE_TEXT:
            scale = max(0.4, REDUCED_TEXT / glyph)
    if abs(scale - 1.0) > 0.05:
        interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
        page = cv2.resize(page, (int(uw * scale), int(uh * scale)), interpolation=interp)
    else:
        scale = 1.0
    eff_dpi = round(dpi * scale)
    logger.debug("prepared page: rotation=%s skew=%.2f glyph=%.1f scale=%.2f",
                 rotation, geometry.skew, glyph, scale)
    return Prepared(image=page, scale=scale, dpi=max(70, min(eff_dpi, 1200)), geometry=geometry)
