"""The sheet and its dark surroundings: the scanner lid or bed shows as dark borders around a
sheet that is smaller or tilted. Works on a small grey analysis image."""
from __future__ import annotations

import logging

import cv2
import numpy as np

logger = logging.getLogger(__name__)


def paper_level(grey: np.ndarray) -> float:
    """The brightness of the paper: a high percentile (text and borders are darker)."""
    return float(np.percentile(grey[:: max(1, grey.shape[0] // 200), :: max(1, grey.shape[1] // 200)], 90))


def edge_level(grey: np.ndarray) -> int:
    """The typical brightness along the scan's outer edge: the bed when borders show, the paper
    otherwise. Rotations fill with it so no new edge appears."""
    ring = np.concatenate([grey[:2].ravel(), grey[-2:].ravel(), grey[:, :2].ravel(), grey[:, -2:].ravel()])
    return int(np.median(ring))


def sheet_mask(grey: np.ndarray) -> np.ndarray:
    """True on the sheet: everything except dark regions connected to the scan's edge (the
    bed, the lid's shadow). Dark things inside the sheet (text, tables, photos, seals) are not
    reachable from the edge and stay on the sheet, whatever their size."""
    level = paper_level(grey)
    dark = (grey < level * 0.55).astype(np.uint8)
    count, labels = cv2.connectedComponents(dark, connectivity=4)
    if count <= 1:
        return np.ones_like(grey, dtype=bool)
    edge_labels = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    outside = np.zeros(count, dtype=bool)
    outside[edge_labels] = True
    outside[0] = False
    on_sheet: np.ndarray = ~outside[labels]
    return on_sheet


def whiten_outside(grey: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The analysis image with everything off the sheet painted paper-white, so borders do not
    look like text to the skew and orientation measures."""
    out = grey.copy()
    # A few pixels more than the mask: the sheet's own edge would otherwise read as a text line.
    grow = max(3, min(grey.shape) // 150)
    outside = cv2.dilate((~mask).astype(np.uint8), np.ones((grow, grow), np.uint8)) > 0
    out[outside] = int(paper_level(grey))
    return out


def crop_box(grey: np.ndarray, min_keep: float = 0.3) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) of the sheet in an upright, deskewed analysis image; then the edges are
    trimmed while they stay dark (a lid shadow one or two pixels wide)."""
    h, w = grey.shape
    mask = sheet_mask(grey)
    _ys, xs = np.nonzero(mask)
    if len(xs) == 0:
        return 0, 0, w, h
    # Ignore stray bright specks: use robust extremes of the sheet pixels.
    rows = np.nonzero(mask.mean(axis=1) > 0.5)[0]
    cols = np.nonzero(mask.mean(axis=0) > 0.5)[0]
    if len(rows) == 0 or len(cols) == 0:
        return 0, 0, w, h
    x0, x1, y0, y1 = int(cols[0]), int(cols[-1]) + 1, int(rows[0]), int(rows[-1]) + 1
    level = paper_level(grey)
    dark = level * 0.7
    # Trim edge lines that are still mostly dark (rotation wedges, lid shadow).
    def line_dark(a: np.ndarray) -> bool:
        return float(np.median(a)) < dark

    while x1 - x0 > 10 and line_dark(grey[y0:y1, x0]):
        x0 += 1
    while x1 - x0 > 10 and line_dark(grey[y0:y1, x1 - 1]):
        x1 -= 1
    while y1 - y0 > 10 and line_dark(grey[y0, x0:x1]):
        y0 += 1
    while y1 - y0 > 10 and line_dark(grey[y1 - 1, x0:x1]):
        y1 -= 1
    if (x1 - x0) * (y1 - y0) < min_keep * w * h:
        logger.info("sheet found too small (%dx%d of %dx%d): not cropping", x1 - x0, y1 - y0, w, h)
        return 0, 0, w, h
    return x0, y0, x1, y1


def sheet_skew(mask: np.ndarray) -> float | None:
    """The tilt of the sheet itself (degrees counter-clockwise) when dark borders show its edges:
    what straightens a page without text, such as a blank back side. None without a border."""
    area = float(mask.mean())
    if area > 0.97 or area < 0.3:
        return None
    contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    rect = cv2.minAreaRect(max(contours, key=cv2.contourArea))
    angle = -float(rect[2])
    if angle > 45:
        angle -= 90
    elif angle < -45:
        angle += 90
    return angle
