"""The machine-readable zone cut out of a rectified card's back and turned level.

The card's outline is found from its edges; when one side lies on a paper as pale as the card,
that side is placed by the card's proportions and can be a few degrees off. Tesseract reads a
block of text a few degrees askew much worse than a level one, so the zone's own rows — three
long runs of dark glyphs — give its angle and its extent.
"""
from __future__ import annotations

import cv2
import numpy as np


def adaptive(zone: np.ndarray) -> np.ndarray:
    """Ink black on white, each pixel against its neighbourhood: the glyphs a glare spot paled
    stay as black as the others (one threshold for the whole zone loses them)."""
    return cv2.adaptiveThreshold(zone, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 51, 15)


def _rows(zone: np.ndarray) -> list[np.ndarray]:
    """The long runs of dark glyphs in `zone` (grey, light flattened), as point sets: with the
    ink thresholded locally (glare) or over the whole zone (a busy background under a
    misplaced side), whichever finds the zone's three rows."""
    found = [_rows_in(zone, 255 - adaptive(zone)),
             _rows_in(zone, cv2.threshold(zone, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1])]
    return min(found, key=lambda rows: (abs(len(rows) - 3), -len(rows)))


def _rows_in(zone: np.ndarray, ink: np.ndarray) -> list[np.ndarray]:
    h, w = zone.shape
    # glyphs of a row merge when closed along the row; rows stay apart
    run = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (w // 40, 3)))
    contours, _ = cv2.findContours(run, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    out = []
    for c in contours:
        _, y, _, bh = cv2.boundingRect(c)
        if y <= 1 or y + bh >= h - 1:
            # a dark strip along the zone's edge is the card's border or the desk beyond an
            # outline a few pixels off, not a row: taken for one, it cut line 1 away
            continue
        (_, _), (rw, rh), _ = cv2.minAreaRect(c)
        long_side, short_side = max(rw, rh), min(rw, rh)
        if long_side > 0.45 * w and short_side < 0.12 * h + 0.04 * w:
            out.append((short_side, c.reshape(-1, 2)))
    if not out:
        return []
    # the zone's glyphs are the largest on the back: smaller print above it or on a paper
    # the photo caught below the card is left out
    thickest = max(t for t, _ in out)
    return [pts for t, pts in out if t >= 0.6 * thickest]


def level_zone(zone: np.ndarray) -> np.ndarray:
    """`zone` turned so that its MRZ rows are level and cut to them with a margin; the zone as
    it is when no row stands out or the rows already lie level."""
    rows = _rows(zone)
    if len(rows) < 2:
        return zone
    angles = []
    for pts in rows:
        vx, vy, _, _ = cv2.fitLine(pts.astype(np.float32), cv2.DIST_L2, 0, 0.01, 0.01).ravel()
        if vx < 0:
            vx, vy = -vx, -vy
        angles.append(float(np.degrees(np.arctan2(vy, vx))))
    angle = float(np.median(angles))
    if abs(angle) > 12:
        return zone
    h, w = zone.shape
    turned = zone
    if abs(angle) >= 0.4:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        turned = cv2.warpAffine(zone, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
        rows = [pts @ m[:, :2].T + m[:, 2] for pts in rows]
    top = min(int(p[:, 1].min()) for p in rows)
    bottom = max(int(p[:, 1].max()) for p in rows)
    pad = max(12, (bottom - top) // 6)
    return turned[max(0, top - pad):min(h, bottom + pad), :]
