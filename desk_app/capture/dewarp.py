"""A gently curled page (a book's page near the binding, a sheet that was folded and still bows):
after the perspective is corrected its text lines are arcs, not straight rows, and Tesseract
splits or merges them. The lines are straightened from the text itself: the page is cut into
vertical strips, the row profile of ink in each strip is matched against its neighbour's to find
how far the lines have moved up or down, and a smooth curve fitted through those shifts (one per
band of the page, top to bottom, so a curl that is stronger at one end is followed) says how far
each column is moved back. A flat page measures no shift and is left untouched.
"""
from __future__ import annotations

import itertools

import cv2
import numpy as np

STRIPS = 24  # vertical strips the shift is measured in
BANDS = 3  # horizontal bands, each with its own curve
MIN_CURVE = 2.0  # pixels: below this the page counts as flat
MIN_CORR = 0.5  # neighbouring strips' profiles must agree this well to trust a shift


def _ink(grey: np.ndarray) -> np.ndarray:
    """Ink as 1.0, paper as 0.0 (the page is already shading-free: paper near white)."""
    out: np.ndarray = np.clip((200.0 - grey.astype(np.float32)) / 120.0, 0.0, 1.0)
    return out


def _shift(a: np.ndarray, b: np.ndarray, reach: int) -> tuple[float, float]:
    """How far profile b lies below profile a (pixels, sub-pixel), and how well they match."""
    a = a - a.mean()
    b = b - b.mean()
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na < 1e-6 or nb < 1e-6:
        return 0.0, 0.0
    n = len(a)
    scores = np.array([float(np.dot(a[max(0, -s):n - max(0, s)], b[max(0, s):n - max(0, -s)]))
                       for s in range(-reach, reach + 1)]) / (na * nb)
    k = int(np.argmax(scores))
    best = float(scores[k])
    if 0 < k < len(scores) - 1:  # parabola through the peak and its neighbours
        left, c, right = scores[k - 1], scores[k], scores[k + 1]
        den = left - 2 * c + right
        off = 0.5 * (left - right) / den if abs(den) > 1e-9 else 0.0
    else:
        off = 0.0
    return k - reach + off, best


def _band_curve(ink: np.ndarray, reach: int) -> np.ndarray | None:
    """The vertical displacement of the text lines along x in this band (one value a column),
    zero at the band's median; None when the strips do not agree."""
    _h, w = ink.shape
    edges = np.linspace(0, w, STRIPS + 1).astype(int)
    profiles = [cv2.GaussianBlur(ink[:, a:b].sum(axis=1).reshape(-1, 1), (1, 0), 1.5).ravel()
                for a, b in itertools.pairwise(edges)]
    weight = np.array([float(p.sum()) for p in profiles])
    centres = (edges[:-1] + edges[1:]) / 2
    used = weight > 0.15 * float(np.median(weight[weight > 0])) if (weight > 0).any() else weight > 0
    idx = [i for i in range(STRIPS) if used[i]]
    if len(idx) < STRIPS // 2:
        return None
    xs, ys = [centres[idx[0]]], [0.0]
    for i, j in itertools.pairwise(idx):
        step, corr = _shift(profiles[i], profiles[j], reach)
        if corr < MIN_CORR:
            return None
        xs.append(centres[j])
        ys.append(ys[-1] + step)
    degree = 3 if len(xs) >= 8 else 2
    coef = np.polyfit(np.array(xs), np.array(ys), degree)
    # Held level beyond the outermost measured strips: a cubic runs away outside its data.
    curve = np.polyval(coef, np.clip(np.arange(w, dtype=np.float64), xs[0], xs[-1]))
    fitted = np.polyval(coef, np.array(xs))
    if float(np.abs(fitted - np.array(ys)).max()) > max(4.0, 0.5 * reach):
        return None  # the shifts zig-zag: lines of different pitch, columns, a table
    out: np.ndarray = curve - float(np.median(curve))
    return out


def dewarp(page: np.ndarray, dpi: int) -> np.ndarray:
    """`page` (grey or RGB, shading removed) with curved text lines straightened; the same array
    when the lines are straight or cannot be followed."""
    grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    h, w = grey.shape
    # Measured at half resolution (the lines' shifts are many pixels; this is most of the cost).
    half = cv2.resize(grey, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    ink = _ink(half)
    reach = max(3, round(dpi * 0.025))  # about a third of a 12-point line's pitch, at half size
    bounds = np.linspace(0, h // 2, BANDS + 1).astype(int)
    curves, mids = [], []
    xs = np.arange(w, dtype=np.float64) / 2
    for a, b in itertools.pairwise(bounds):
        curve = _band_curve(ink[a:b], reach)
        if curve is not None:
            curves.append(2 * np.interp(xs, np.arange(len(curve)), curve))
            mids.append(a + b)  # (a + b) / 2 at full size
    if not curves or max(float(np.ptp(c)) for c in curves) < MIN_CURVE:
        return page
    # The shift field is smooth (linear in y between the bands' middles, each row a fixed mix
    # of the band curves): it is computed on a grid a quarter of the page's size and enlarged,
    # which is a sixteenth of the arithmetic for the same remap.
    gh, gw = max(2, h // 4), max(2, w // 4)
    gy = np.linspace(0, h - 1, gh)
    small_curves = np.array([np.interp(np.linspace(0, w - 1, gw), np.arange(w), c)
                             for c in curves], np.float32)
    if len(curves) == 1:
        grid = np.repeat(small_curves, gh, axis=0)
    else:
        weights = np.stack([np.interp(gy, mids, np.eye(len(mids))[k]) for k in range(len(mids))],
                           axis=1)
        grid = weights.astype(np.float32) @ small_curves
    field = cv2.resize(grid, (w, h), interpolation=cv2.INTER_LINEAR)
    map_x = np.tile(np.arange(w, dtype=np.float32), (h, 1))
    map_y = np.arange(h, dtype=np.float32)[:, None] + field
    out: np.ndarray = cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out
