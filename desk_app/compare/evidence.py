"""Pixel evidence of one word: how much the copy's pixels of a word differ from the original's
once copying (blur, darkness, a pixel of play) is accounted for."""
from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np


def _ink(grey: np.ndarray) -> np.ndarray:
    g = grey.astype(np.float32)
    paper = cv2.GaussianBlur(cv2.morphologyEx(g, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8)),
                             (0, 0), 2)
    depth = np.clip(paper - g, 0, None)
    scaled: np.ndarray = np.clip(depth / max(float(np.percentile(depth, 99.5)), 40.0), 0, 1.2)
    return scaled


BLURS = [(sa, sc) for sa in (0.0, 0.6, 0.9, 1.2, 1.5, 1.9) for sc in (0.0, 0.6, 1.0)]


def page_blur(orig_aligned: np.ndarray, copy_grey: np.ndarray,
              boxes: Sequence[tuple[int, int, int, int]]) -> tuple[float, float]:
    """The blurs (original, copy) that make the two pages look alike, from up to 12 of the widest
    words: a copier blurs the whole page alike, and one choice for the page keeps a word from
    picking the blur that best hides its own change."""
    sample = sorted(boxes, key=lambda b: -b[2])[:12]
    votes: dict[tuple[float, float], int] = {}
    for box in sample:
        _e, chosen = word_evidence(orig_aligned, copy_grey, box)
        votes[chosen] = votes.get(chosen, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else (0.9, 0.0)


def residual(orig_aligned: np.ndarray, copy_grey: np.ndarray, box: tuple[int, int, int, int],
             blurs: tuple[float, float] | None = None, shift: tuple[int, int] = (0, 0)
             ) -> tuple[np.ndarray, tuple[float, float]] | None:
    """The copy's ink of one word less the original's (positive: ink only in the copy), over the
    word's box and a margin of 6 pixels, once copying is accounted for (`matched_inks`). With
    the blurs used; None for a box too small to tell."""
    found = matched_inks(orig_aligned, copy_grey, box, blurs, shift)
    if found is None:
        return None
    orig, copy, chosen = found
    return copy - orig, chosen


def matched_inks(orig_aligned: np.ndarray, copy_grey: np.ndarray, box: tuple[int, int, int, int],
                 blurs: tuple[float, float] | None = None, shift: tuple[int, int] = (0, 0)
                 ) -> tuple[np.ndarray, np.ndarray, tuple[float, float]] | None:
    """The original's and the copy's ink of one word, over its box and a margin of 6 pixels,
    made comparable: the two crops as ink, the original shifted onto the copy (sub-pixel), both
    blurred to the softer of the two and the original scaled to the copy's darkness. With the
    blurs used (`blurs`, or the best of BLURS for this word); None for a box too small."""
    x, y, w, h = box
    rows, cols = copy_grey.shape
    pad = 6
    x0, y0 = max(0, x - pad), max(0, y - pad)
    x1, y1 = min(cols, x + w + pad), min(rows, y + h + pad)
    if x1 - x0 < 16 or y1 - y0 < 16:
        return None
    sx, sy = shift
    if not (0 <= x0 + sx and x1 + sx <= cols and 0 <= y0 + sy and y1 + sy <= rows):
        sx, sy = 0, 0
    a = _ink(orig_aligned[y0 + sy:y1 + sy, x0 + sx:x1 + sx])
    c = _ink(cv2.medianBlur(np.ascontiguousarray(copy_grey[y0:y1, x0:x1]), 3))
    hann = cv2.createHanningWindow((a.shape[1], a.shape[0]), cv2.CV_32F)
    (dx, dy), _r = cv2.phaseCorrelate(cv2.GaussianBlur(a, (0, 0), 1), cv2.GaussianBlur(c, (0, 0), 1),
                                      hann)
    if abs(dx) < 4 and abs(dy) < 4:
        a = cv2.warpAffine(a, np.array([[1, 0, dx], [0, 1, dy]], np.float32),
                           (a.shape[1], a.shape[0]))
    best: tuple[float, np.ndarray, np.ndarray, tuple[float, float]] | None = None
    for sa, sc in [blurs] if blurs else BLURS:
        aa = cv2.GaussianBlur(a, (0, 0), sa) if sa else a
        cc = cv2.GaussianBlur(c, (0, 0), sc) if sc else c
        gain = float((aa * cc).sum() / max(float((aa * aa).sum()), 1e-6))
        err = float(np.abs(cc - gain * aa).sum())
        if best is None or err < best[0]:
            best = (err, gain * aa, cc, (sa, sc))
    assert best is not None
    return best[1], best[2], best[3]


def word_evidence(orig_aligned: np.ndarray, copy_grey: np.ndarray,
                  box: tuple[int, int, int, int], blurs: tuple[float, float] | None = None,
                  shift: tuple[int, int] = (0, 0)) -> tuple[float, tuple[float, float]]:
    """How much one word's pixels differ (`residual`): the largest ink left over in any 4x4
    pixel window (a tone mark is about 6x8 pixels at 200 dpi, a toner speck is taken out by a
    median filter first). Returns it with the blurs used."""
    found = residual(orig_aligned, copy_grey, box, blurs, shift)
    if found is None:
        return 0.0, blurs or (0.0, 0.0)
    rest, chosen = found
    inner = rest[3:-3, 3:-3]
    if inner.size == 0:
        return 0.0, chosen
    return float(np.abs(cv2.blur(inner, (4, 4))).max()), chosen


def margin_crop(grey: np.ndarray, box: tuple[int, int, int, int]
                ) -> tuple[np.ndarray, tuple[int, int]]:
    """A word's box with the margin every re-reading takes (half its height above and below, 1.2
    heights beside, so a mark above or below and the letters' edges are in), clipped to the
    page; with the crop's top-left corner in page pixels."""
    x, y, w, h = box
    rows, cols = grey.shape
    pad_y, pad_x = max(6, h // 2), max(12, int(1.2 * h))
    x0, y0 = max(0, x - pad_x), max(0, y - pad_y)
    return grey[y0:min(rows, y + h + pad_y), x0:min(cols, x + w + pad_x)], (x0, y0)
