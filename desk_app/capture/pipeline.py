"""The page pipeline: upright (0/90/180/270), straight (±15°), cropped to the sheet, checked
(blank, blur). Every step is timed. Measures run on a small grey copy at `analysis_dpi`; the
corrections are then applied once to the full image."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from desk_app.capture import borders, deskew, orientation, photo, quality

logger = logging.getLogger(__name__)


@dataclass
class PipelineSettings:
    # own: ink above/below the text lines (fast); osd: Tesseract OSD; auto: own, and OSD when
    # own is unsure; off: keep as scanned.
    orientation: str = "auto"
    deskew: bool = True
    max_skew: float = 15.0
    crop: bool = True
    check_blank: bool = True
    check_blur: bool = True
    analysis_dpi: int = 100
    min_skew: float = 0.05  # below this the image is not resampled
    min_line_confidence: float = 3.0  # profile sharpness needed to trust a skew / direction
    min_updown_score: float = 0.08  # |score| below this: own orientation is unsure
    min_osd_confidence: float = 1.5  # Tesseract's orientation confidence below this is noise
    # Photographed pages (desk_app/capture/photo.py): auto = look for a page on a desk in images
    # that may be photos; off = never.
    photo: str = "auto"
    # The officer's corners (fractions of the photo's width and height, tl tr br bl), remembered
    # for the rest of a batch taken with a fixed camera.
    corners: tuple[tuple[float, float], ...] | None = None


@dataclass
class ProcessedPage:
    image: Image.Image  # same mode as the input (1 / L / RGB)
    dpi: int
    rotation: int  # degrees counter-clockwise the page was turned (0/90/180/270)
    skew: float  # degrees the content was tilted counter-clockwise; it was turned back by -skew
    crop: tuple[int, int, int, int]  # box kept, in the turned and deskewed full image
    blank: bool
    blurry: bool
    blur_score: float
    marks: int  # marks found by the blank check
    orientation_method: str  # own / osd / none
    orientation_score: float
    side: str = "front"
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step
    photo: photo.FlatPage | None = None  # set when the image was a photo of a page, flattened
    warnings: list[str] = field(default_factory=list)  # the photo's quality warnings


def _grey(image: Image.Image) -> np.ndarray:
    if image.mode == "RGB":
        return cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2GRAY)
    return np.asarray(image.convert("L"))


def _turn_full(image: Image.Image, skew: float, quarter: int, fill: int) -> Image.Image:
    """Apply the skew correction then quarter turns (both counter-clockwise) to the full page."""
    mode = image.mode
    work = image.convert("L") if mode == "1" else image
    arr = np.asarray(work)
    if skew:
        arr = deskew.rotate(arr, -skew, fill)
    if quarter:
        arr = np.ascontiguousarray(np.rot90(arr, quarter // 90))
    out = Image.fromarray(arr, "L" if arr.ndim == 2 else "RGB")
    if mode == "1":
        out = out.point(lambda v: 255 if v >= 128 else 0).convert("1")
    return out


def flatten_photo(image: Image.Image, s: PipelineSettings, photo_hint: bool) -> photo.FlatPage | None:
    if s.photo == "off" or not (photo_hint or s.corners):
        return None
    corners = None
    if s.corners:
        corners = np.array(s.corners, np.float32) * np.array(image.size, np.float32)
    return photo.flatten_if_photo(image, corners)


def process_page(image: Image.Image, settings: PipelineSettings | None = None, dpi: int = 300,
                 side: str = "front", photo_hint: bool = False) -> ProcessedPage:
    s = settings or PipelineSettings()
    timings: dict[str, float] = {}
    t = time.perf_counter()
    flat = flatten_photo(image, s, photo_hint)
    if flat is not None:
        image, dpi = flat.image, flat.dpi
    timings["photo"] = time.perf_counter() - t
    t = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal t
        now = time.perf_counter()
        timings[step] = timings.get(step, 0.0) + now - t
        t = now

    # One pass over the full image: a 150-dpi copy (blur needs that detail), and from it the
    # small analysis copy.
    full_grey = _grey(image)
    mid_scale = min(1.0, 150 / dpi)
    mid = cv2.resize(full_grey, None, fx=mid_scale, fy=mid_scale, interpolation=cv2.INTER_AREA) \
        if mid_scale < 1 else full_grey
    mid_dpi = round(dpi * mid_scale)
    scale = min(1.0, s.analysis_dpi / mid_dpi)
    small = cv2.resize(mid, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) \
        if scale < 1 else mid
    adpi = round(mid_dpi * scale)
    lap("prepare")

    mask = borders.sheet_mask(small)
    clean = borders.whiten_outside(small, mask)
    paper = int(borders.paper_level(small))
    fill = borders.edge_level(small)
    lap("borders")

    skew, vertical, confidence = 0.0, False, 0.0
    if s.deskew or s.orientation != "off":
        measured = deskew.measure(clean, s.max_skew)
        confidence = measured.confidence
        if confidence >= s.min_line_confidence:
            skew, vertical = measured.angle, measured.vertical
        elif s.deskew:
            # No text lines to go by: the sheet's edges, if the scan shows them.
            skew = borders.sheet_skew(mask) or 0.0
            if abs(skew) > s.max_skew:
                skew = 0.0
    if not s.deskew or abs(skew) < s.min_skew:
        skew = 0.0
    lap("deskew")

    quarter, method, score = 0, "none", 0.0
    unsure = True
    if s.orientation != "off" and confidence >= s.min_line_confidence:
        level = deskew.rotate(clean, -skew, paper) if skew else clean
        if s.orientation in ("own", "auto"):
            turned = np.ascontiguousarray(np.rot90(level)) if vertical else level
            ud = orientation.up_down(turned)
            quarter = (90 if vertical else 0) + (180 if ud.flipped else 0)
            method, score = "own", ud.score
            unsure = abs(ud.score) < s.min_updown_score or ud.lines < 2
        if s.orientation == "osd" or (s.orientation == "auto" and unsure):
            # OSD needs more detail than our measure: give it the 150-dpi copy, levelled.
            osd_input = deskew.rotate(mid, -skew, paper) if skew else mid
            turn, conf = orientation.osd(osd_input, mid_dpi)
            if conf >= s.min_osd_confidence:
                quarter, method, score = turn, "osd", conf
            elif unsure:
                # Neither method can tell (a blank or a picture page): leave it as it came.
                quarter, method, score = 0, "none", 0.0
    lap("orientation")

    level_small, level_mid = small, mid
    if skew:
        level_small = deskew.rotate(small, -skew, fill)
        level_mid = deskew.rotate(mid, -skew, fill)
    if quarter:
        level_small = np.ascontiguousarray(np.rot90(level_small, quarter // 90))
        level_mid = np.ascontiguousarray(np.rot90(level_mid, quarter // 90))
    turned_full = _turn_full(image, skew, quarter, fill) if (skew or quarter) else image
    lap("rotate")

    fw, fh = turned_full.size
    box = (0, 0, fw, fh)
    cropped_small, cropped_mid = level_small, level_mid
    if s.crop:
        x0, y0, x1, y1 = borders.crop_box(level_small)
        sx, sy = fw / level_small.shape[1], fh / level_small.shape[0]
        box = (int(x0 * sx), int(y0 * sy), min(fw, round(x1 * sx)), min(fh, round(y1 * sy)))
        cropped_small = level_small[y0:y1, x0:x1]
        mx, my = level_mid.shape[1] / level_small.shape[1], level_mid.shape[0] / level_small.shape[0]
        cropped_mid = level_mid[int(y0 * my):int(y1 * my), int(x0 * mx):int(x1 * mx)]
        if box != (0, 0, fw, fh):
            turned_full = turned_full.crop(box)
    lap("crop")

    blank, marks = False, 0
    if s.check_blank:
        check = quality.blank_check(cropped_small, adpi)
        blank, marks = check.blank, check.marks
    lap("blank")

    blurry, blur_score = False, 0.0
    if s.check_blur and not blank:
        b = quality.blur_check(cropped_mid, mid_dpi)
        blurry, blur_score = b.blurry, b.score
    lap("blur")

    return ProcessedPage(
        image=turned_full, dpi=dpi, rotation=quarter, skew=skew, crop=box, blank=blank,
        blurry=blurry, blur_score=blur_score, marks=marks, orientation_method=method,
        orientation_score=score, side=side, timings=timings, photo=flat,
        warnings=list(flat.warnings) if flat else [],
    )
