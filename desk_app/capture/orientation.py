"""Which way is up (0/90/180/270). Two methods, measured against each other in
benchmarks/bench_pipeline.py:

- `own`: after deskew the text lines are level (and sideways pages are turned so they run
  across); Latin script, and Vietnamese even more with its stacked diacritics, carries more ink
  above the x-height band (ascenders, capitals, tone marks) than below it (descenders). The sign
  of that difference, summed over all lines, says whether the page is upside down.
- `osd`: Tesseract's orientation and script detection (`tesseract --psm 0`) on a downscaled copy.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from desk_app.ocr import tesseract


@dataclass
class UpDown:
    flipped: bool  # the level text is upside down
    score: float  # (above - below) / (above + below); positive = upright
    lines: int


def _ink(grey: np.ndarray) -> np.ndarray:
    _, ink = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    level = float(np.percentile(grey, 90))
    ink[grey > level - 40] = 0
    return ink


def _line_bands(profile: np.ndarray, min_height: int) -> list[tuple[int, int]]:
    on = profile > max(2.0, 0.02 * float(profile.max()))
    bands, start = [], None
    for y, v in enumerate(on):
        if v and start is None:
            start = y
        elif not v and start is not None:
            if y - start >= min_height:
                bands.append((start, y))
            start = None
    if start is not None and len(on) - start >= min_height:
        bands.append((start, len(on)))
    return bands


def up_down(level_grey: np.ndarray) -> UpDown:
    """On a deskewed page whose lines run across: is it upside down?"""
    ink = _ink(level_grey)
    profile = ink.sum(axis=1).astype(np.float64)
    bands = _line_bands(profile, min_height=4)
    above = below = 0.0
    used = 0
    for a, b in bands:
        p = profile[a:b]
        peak = float(p.max())
        core = np.nonzero(p >= 0.45 * peak)[0]
        if len(core) < 2 or b - a > 6 * len(core):
            continue  # a picture or a ruled box, not a line of text
        top, bottom = a + int(core[0]), a + int(core[-1])
        above += float(profile[a:top].sum())
        below += float(profile[bottom + 1:b].sum())
        used += 1
    total = above + below
    score = (above - below) / total if total else 0.0
    return UpDown(flipped=score < 0, score=score, lines=used)


# --- Tesseract OSD ------------------------------------------------------------------------------

def osd(grey: np.ndarray, dpi: int, timeout: float = 30.0) -> tuple[int, float]:
    """(degrees counter-clockwise to turn the image to make it upright, confidence) from
    Tesseract OSD. (0, 0.0) when it finds too little text or runs out of time. The OCR runner
    feeds the image through Tesseract's stdin: a scan never lands in a temporary file."""
    try:
        found = tesseract.osd(grey, dpi=dpi, timeout=timeout)
    except tesseract.OcrTimedOut:
        return 0, 0.0
    # Tesseract's "Rotate" is clockwise; ours counter-clockwise.
    return (360 - found.rotate) % 360, found.confidence
