"""Skew and text direction from the ink: projection profiles of ink pixels at candidate angles
(the profile of horizontal text lines is sharpest when the lines are level). The same sweep over
columns says whether the lines run sideways (a page turned by 90 or 270 degrees)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

logger = logging.getLogger(__name__)

MAX_POINTS = 30_000
MIN_LINE_ASPECT = 4.0


@dataclass
class SkewResult:
    angle: float  # degrees counter-clockwise the content is turned; rotate by -angle to level it
    vertical: bool  # text lines run up/down: the page is turned by 90 or 270 degrees
    confidence: float  # sharpness at the best angle over sharpness at a neutral angle (>1 = lines)
    points: int


def ink_points(grey: np.ndarray, seed: int = 0) -> np.ndarray:
    """Coordinates (x, y) of dark pixels, sub-sampled. Otsu on the sheet; large blobs (photos,
    black boxes) are kept: they rarely outweigh the text."""
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    level = float(np.percentile(grey, 90))
    ink[grey > level - 40] = 0  # noise on the paper is not ink
    ys, xs = np.nonzero(ink)
    if len(xs) > MAX_POINTS:
        pick = np.random.default_rng(seed).choice(len(xs), MAX_POINTS, replace=False)
        xs, ys = xs[pick], ys[pick]
    return np.stack([xs, ys], axis=1).astype(np.float32)


def _sharpness(coord: np.ndarray, nbins: int) -> float:
    counts = np.bincount(coord, minlength=nbins).astype(np.float64)
    diff = np.diff(counts)
    return float(np.dot(diff, diff))


def _profile_scores(points: np.ndarray, angles: np.ndarray, size: int, columns: bool) -> np.ndarray:
    x, y = points[:, 0], points[:, 1]
    scores = np.empty(len(angles))
    for i, a in enumerate(np.radians(angles)):
        c, s = np.cos(a), np.sin(a)
        # The coordinate across the lines after turning the points by -a.
        coord = (x * c - y * s) if columns else (x * s + y * c)
        coord = coord - coord.min()
        scores[i] = _sharpness(coord.astype(np.int64), size)
    return scores


def _search(points: np.ndarray, size: int, columns: bool, limit: float) -> tuple[float, float, float]:
    """Best angle, its score, and the median score over the sweep (a neutral reference)."""
    coarse = np.arange(-limit, limit + 1e-9, 0.5)
    # The coarse sweep only has to land near the peak: a third of the points is plenty.
    scores = _profile_scores(points[::3], coarse, size, columns)
    best = float(coarse[int(np.argmax(scores))])
    neutral = float(np.median(scores))
    for span, step in ((0.6, 0.1), (0.12, 0.02)):
        fine = np.arange(best - span, best + span + 1e-9, step)
        fs = _profile_scores(points, fine, size, columns)
        best = float(fine[int(np.argmax(fs))])
    top = float(_profile_scores(points, np.array([best]), size, columns)[0])
    return best, top, neutral


def measure(grey: np.ndarray, limit: float = 15.0) -> SkewResult:
    """Skew in [-limit, limit] degrees and whether the text runs sideways."""
    points = ink_points(grey)
    if len(points) < 200:
        return SkewResult(0.0, False, 0.0, len(points))
    size = int(np.hypot(*grey.shape)) + 2
    ha, hs, hn = _search(points, size, columns=False, limit=limit)
    va, vs, vn = _search(points, size, columns=True, limit=limit)
    h_ratio = hs / hn if hn else 0.0
    v_ratio = vs / vn if vn else 0.0
    # Lines of text are much longer than thick. Read the other way, a short word's letters
    # also make a sharp profile, but of stubby "lines": those do not count.
    if line_aspect(points, ha, columns=False) < MIN_LINE_ASPECT:
        h_ratio = 0.0
    if line_aspect(points, va, columns=True) < MIN_LINE_ASPECT:
        v_ratio = 0.0
    vertical = v_ratio > h_ratio
    angle, ratio = (va, v_ratio) if vertical else (ha, h_ratio)
    # Text lines leave empty bands between them. A sharp profile without such gaps comes from a
    # pattern (a checkerboard, a halftone photo) whose diagonals fool the sweep: not trusted.
    if gap_fraction(points, angle, vertical) < 0.1:
        ratio = 0.0
    return SkewResult(angle, vertical, ratio, len(points))


def line_aspect(points: np.ndarray, angle: float, columns: bool) -> float:
    """Median over the ink's bands (weighted by ink) of band length / band thickness."""
    x, y = points[:, 0], points[:, 1]
    a = np.radians(angle)
    c, s = np.cos(a), np.sin(a)
    across = (x * c - y * s) if columns else (x * s + y * c)
    along = (x * s + y * c) if columns else (x * c - y * s)
    bins = (across - across.min()).astype(np.int64)
    counts = np.bincount(bins)
    on = counts > 0.05 * counts.max()
    # Label runs of "on" bins: each run is one band (a text line, or a letter read sideways).
    starts = on & ~np.concatenate([[False], on[:-1]])
    band_of_bin = np.where(on, np.cumsum(starts), 0)
    band = band_of_bin[bins]
    keep = band > 0
    if not keep.any():
        return 0.0
    band, along = band[keep], along[keep]
    order = np.argsort(band, kind="stable")
    band, along = band[order], along[order]
    edges = np.flatnonzero(np.diff(band)) + 1
    aspects, weights = [], []
    for chunk_b, chunk_a in zip(np.split(band, edges), np.split(along, edges), strict=True):
        thickness = int((band_of_bin == chunk_b[0]).sum())
        length = float(np.percentile(chunk_a, 98) - np.percentile(chunk_a, 2))
        aspects.append(length / max(thickness, 1))
        weights.append(len(chunk_a))
    order_a = np.argsort(aspects)
    cum = np.cumsum(np.asarray(weights)[order_a])
    return float(np.asarray(aspects)[order_a][np.searchsorted(cum, cum[-1] / 2)])


def gap_fraction(points: np.ndarray, angle: float, columns: bool) -> float:
    """Share of the profile, between the first and last ink, that is (almost) empty."""
    x, y = points[:, 0], points[:, 1]
    a = np.radians(angle)
    coord = (x * np.cos(a) - y * np.sin(a)) if columns else (x * np.sin(a) + y * np.cos(a))
    counts = np.bincount((coord - coord.min()).astype(np.int64))
    if counts.size == 0:
        return 0.0
    return float((counts <= 0.05 * counts.max()).mean())


def rotate(grey: np.ndarray, angle: float, fill: int) -> np.ndarray:
    """Turn by `angle` degrees counter-clockwise about the centre, keeping every pixel."""
    h, w = grey.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos + 0.5), int(h * cos + w * sin + 0.5)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    border = (int(fill),) * (grey.shape[2] if grey.ndim == 3 else 1)
    return cv2.warpAffine(grey, m, (nw, nh), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=border)
