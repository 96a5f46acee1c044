"""Checks on a cropped, upright page: blank (flagged for the officer, never deleted) and blur."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

logger = logging.getLogger(__name__)


@dataclass
class BlankCheck:
    blank: bool
    marks: int  # connected marks big enough to be writing
    ink_ratio: float  # their ink over the page area


def blank_check(grey: np.ndarray, dpi: int, margin: float = 0.06, min_marks: int = 3,
                big_mark_mm: float = 4.0) -> BlankCheck:
    """A page is blank when, away from its edges (punch holes, lid shadow), there are fewer than
    `min_marks` marks at least 1 mm tall and none of them is `big_mark_mm` tall. Dust, scanner
    noise and text showing through from the back are too faint or too small to count; one short
    word, a signature or a seal is enough to make a page not blank. Errors go the safe way: a
    doubtful page is shown as not blank."""
    h, w = grey.shape
    my, mx = int(h * margin), int(w * margin)
    core = grey[my:h - my, mx:w - mx]
    if core.size == 0:
        return BlankCheck(True, 0, 0.0)
    # Local paper level (copes with uneven lighting and yellowed paper).
    k = max(15, (int(dpi * 0.25)) | 1)
    background = cv2.medianBlur(cv2.resize(core, None, fx=0.25, fy=0.25), k // 4 | 1)
    background = cv2.resize(background, (core.shape[1], core.shape[0]))
    contrast = background.astype(np.int16) - core.astype(np.int16)
    ink = (contrast > 45).astype(np.uint8)
    _count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    min_h = max(2, round(1.0 / 25.4 * dpi))
    big_h = round(big_mark_mm / 25.4 * dpi)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    areas = stats[1:, cv2.CC_STAT_AREA]
    real = (heights >= min_h) & (areas >= min_h)
    marks = int(real.sum())
    ratio = float(areas[real].sum()) / float(core.size)
    tallest = int(heights[real].max()) if marks else 0
    blank = marks < min_marks and tallest < big_h
    return BlankCheck(blank, marks, ratio)


@dataclass
class BlurCheck:
    blurry: bool
    score: float  # edge sharpness; higher is sharper (about 1.0 for crisp print, 0.4 for a
    # blur of 0.25 mm)


def blur_check(grey: np.ndarray, dpi: int, threshold: float = 0.5) -> BlurCheck:
    """Sharpness of the strongest edges, measured at 150 dpi so scans of any resolution compare:
    the ratio of second to first derivative at an edge falls as the edge widens (for a Gaussian
    blur of width s it goes as 1/s), independent of contrast."""
    scale = 150.0 / dpi
    img = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    f = img.astype(np.float32)
    gx = cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3)
    grad = cv2.magnitude(gx, gy)
    lap = np.abs(cv2.Laplacian(f, cv2.CV_32F, ksize=3))
    strong = grad > np.percentile(grad, 99.5)
    if int(strong.sum()) < 50 or float(grad[strong].mean()) < 40:
        return BlurCheck(False, 0.0)  # nothing to judge (blank or a photo without edges)
    # Laplacian peaks sit beside the gradient peak: take the local maximum around each edge.
    lap_max = cv2.dilate(lap, np.ones((3, 3), np.uint8))
    score = float(np.median(lap_max[strong] / grad[strong]))
    return BlurCheck(score < threshold, score)
