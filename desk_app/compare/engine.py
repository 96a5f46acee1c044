"""The comparison engine: a scan of a copy against a scan of the original the citizen showed.

Steps: (1) both pages to an "ink" map (0 paper .. 1 darkest ink), which removes colour, paper tint
and contrast differences; (2) the original aligned onto the copy (ORB features + RANSAC homography
on a reduced page, then refined on tiles by phase correlation), so every result is in copy pixels;
(3) a difference that tolerates what copying does: ink in one page counts as different only where
the other page has no ink within a pixel or two, after smoothing away halftone dots, toner dust and
JPEG blocks; (4) morphological clean-up, connected regions, a score per region from its ink mass;
(5) OCR of the candidate regions only (Tesseract `vie`) to name text changes."""
from __future__ import annotations

import dataclasses
import logging
import time

import cv2
import numpy as np

from desk_app.compare import fulltext
from desk_app.compare.align import Alignment, align_pages
from desk_app.compare.result import CompareResult, Region, TextChange, TextDoubt
from desk_app.compare.text import grow_to_words, text_changes_for
from desk_app.domain.types import Verdict
from desk_app.ocr.types import Word

logger = logging.getLogger(__name__)

WORK_LONG_SIDE = 2400  # pixels: about 200 dpi for A4, enough for a diacritic, fast enough
BLUR_SIGMA = 1.2  # smooths halftone dots, toner dust and JPEG blocks before comparing
TOLERANCE = 3  # pixels: ink within a pixel of ink in the other page is the same ink
INK_THRESHOLD = 0.25  # difference in ink (0..1) that counts at all
COLOUR_INK = 0.25  # channel spread of the original's ink above which the ink is coloured
STRONG_THRESHOLD = 0.50  # a region must hold pixels at least this different
MIN_MASS = 7.0  # ink mass (pixels x difference at work scale) below which a region is noise
MIN_MASS_COLOUR = 20.0  # the same for coloured ink of the original
MASS_SCALE = 60.0
SPECK_SIZE = 16  # work pixels, margin included: a region no larger is the size of a tone mark
SPECK_CLEAR = 16  # work pixels around it with no ink of the original: a mark is nearer its letter
PAPER_CLOSE = 31  # work pixels: wider than the boldest stroke (a title letter is about 10)  # score = 1 - exp(-mass / MASS_SCALE)
FLAG_SCORE = 1 - np.exp(-MIN_MASS / MASS_SCALE)


def _as_8bit(image: np.ndarray) -> np.ndarray:
    if image.dtype == np.uint8:
        return image
    top = float(image.max()) or 1.0
    return cv2.convertScaleAbs(image, alpha=255.0 / top)


def to_grey(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


def ink_map(image: np.ndarray) -> np.ndarray:
    """Ink as 8-bit levels: 0 for paper, 255 for the darkest ink, after removing uneven paper and
    contrast differences. Works per channel on a multi-channel image. (8-bit all the way: the
    pipeline is bound by memory traffic, and 1/255 is finer than any scanner's noise.)"""
    rows, cols = image.shape[:2]
    small = cv2.resize(image, (max(1, cols // 8), max(1, rows // 8)),
                       interpolation=cv2.INTER_AREA)
    # Paper level: a local bright estimate, so a tinted or unevenly lit page becomes uniform. The
    # window (about 40 pixels) is wider than any stroke but narrow enough to follow the shadow of a
    # fold, which would otherwise read as a band of ink across the page.
    paper = cv2.dilate(small, np.ones((5, 5), np.uint8))
    paper = cv2.GaussianBlur(paper, (0, 0), 1.5)
    paper = cv2.resize(paper, (cols, rows), interpolation=cv2.INTER_LINEAR)
    # A narrow shadow (a fold) is darker than that estimate: a closing wider than any stroke
    # follows it, and the darker of the two is the paper.
    closed = cv2.morphologyEx(image, cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (PAPER_CLOSE, PAPER_CLOSE)))
    paper = cv2.min(paper, cv2.GaussianBlur(closed, (0, 0), 3))
    depth = cv2.subtract(paper, image)  # saturates at 0 where the scan is brighter than paper
    channels = 1 if depth.ndim == 2 else depth.shape[2]
    sample = depth[::4, ::4].reshape(-1, channels)
    dark = np.maximum(np.percentile(sample, 99.7, axis=0), 40.0)
    if channels == 1:
        return cv2.convertScaleAbs(depth, alpha=255.0 / float(dark[0]))
    return cv2.transform(depth, np.diag(255.0 / dark).astype(np.float32))


def _resize_long(image: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    h, w = image.shape[:2]
    f = min(1.0, long_side / max(h, w))
    if f == 1.0:
        return image, 1.0
    return cv2.resize(image, (round(w * f), round(h * f)), interpolation=cv2.INTER_AREA), f


def _blur(ink: np.ndarray) -> np.ndarray:
    return cv2.GaussianBlur(ink, (0, 0), BLUR_SIGMA)


def match_tone(orig_channels: np.ndarray, copy_ink: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """The original's ink as the copier would have rendered it (8-bit, like the inputs).

    orig_channels: (H, W, C) blurred ink of each colour channel of the aligned original. A copier
    turns colour into grey with its own channel weights (a red stamp comes out lighter or darker than
    the eye's luminance says) and its own tone curve; both are estimated from the page itself, on
    pixels inked in both pages only, so that a removed or added mark cannot teach the fit to
    explain it away: channel weights by ridge regression towards equal weights, then a monotone
    curve from the median copy ink per level."""
    channels = orig_channels.shape[2]
    step = 3
    sub_o = orig_channels[::step, ::step].reshape(-1, channels)
    sub_c = copy_ink[::step, ::step].ravel()
    keep = valid[::step, ::step].ravel() & (sub_o.max(axis=1) > 30) & (sub_c > 30)
    a = sub_o[keep].astype(np.float64) / 255
    c = sub_c[keep].astype(np.float64) / 255
    prior = np.full(channels, 1.0 / channels)
    if len(c) < 500:
        weights = prior
    else:
        ridge = 0.05 * len(c)
        weights = np.linalg.solve(a.T @ a + ridge * np.eye(channels), a.T @ c + ridge * prior)
        weights = np.clip(weights, 0.05, None)
        weights = weights / weights.sum()
    mixed = cv2.transform(orig_channels, weights.reshape(1, -1).astype(np.float32))
    if mixed.ndim == 3:
        mixed = mixed[..., 0]
    levels = np.clip((a @ weights * 255).astype(int), 0, 255) // 8  # 32 bins
    lut32 = np.full(32, np.nan)
    for k in range(32):
        sel = c[levels == k]
        if len(sel) > 30:
            lut32[k] = float(np.median(sel)) * 255
    known = ~np.isnan(lut32)
    if known.sum() < 3:
        return mixed
    centres = np.concatenate([[0], np.arange(32)[known] * 8 + 4, [255]])
    values = np.concatenate([[0.0], lut32[known], [max(255.0, float(lut32[known][-1]))]])
    lut = np.maximum.accumulate(np.interp(np.arange(256), centres, values))
    return cv2.LUT(mixed, np.clip(lut, 0, 255).astype(np.uint8).reshape(1, 256))


def _difference(orig_ink: np.ndarray, copy_ink: np.ndarray, valid: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    """Ink in one page with no ink within a pixel in the other: (added, removed) maps. Both inputs
    already blurred (halftone dots, toner dust and JPEG blocks smoothed away)."""
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (TOLERANCE, TOLERANCE))
    inside = valid.astype(np.uint8)
    added = cv2.subtract(copy_ink, cv2.dilate(orig_ink, k), mask=inside)
    removed = cv2.subtract(orig_ink, cv2.dilate(copy_ink, k), mask=inside)
    return added, removed


def _regions(added: np.ndarray, removed: np.ndarray, factor: float, colour: np.ndarray
             ) -> list[Region]:
    diff = cv2.max(added, removed)
    weak = diff > round(INK_THRESHOLD * 255)
    groups = cv2.morphologyEx(weak.astype(np.uint8), cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (15, 9)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(groups, connectivity=8)
    if n <= 1:
        return []
    # Per-group sums in one pass each (a page can hold thousands of specks of toner).
    lab = labels[weak]
    mass = np.bincount(lab, weights=diff[weak] / 255.0, minlength=n)
    count = np.bincount(lab, minlength=n)
    strong = np.bincount(labels[diff > round(STRONG_THRESHOLD * 255)], minlength=n) > 0
    colour_share = np.bincount(lab, weights=colour[weak] > 0, minlength=n) / np.maximum(count, 1)
    add_mass = np.bincount(lab, weights=added[weak], minlength=n)
    rem_mass = np.bincount(lab, weights=removed[weak], minlength=n)
    # Coloured ink (seals) is judged against its own, higher threshold.
    judged = np.where(colour_share > 0.5, mass * (MIN_MASS / MIN_MASS_COLOUR), mass)
    out: list[Region] = []
    inv = 1.0 / factor
    pad = 3
    for i in np.nonzero(strong & (judged >= MIN_MASS))[0]:
        if i == 0:
            continue
        x, y, w, h = (int(v) for v in stats[i][:4])
        kind = ("added" if add_mass[i] > 3 * rem_mass[i] else
                "removed" if rem_mass[i] > 3 * add_mass[i] else "changed")
        score = float(1 - np.exp(-judged[i] / MASS_SCALE))
        out.append(Region(
            int((x - pad) * inv), int((y - pad) * inv), int((w + 2 * pad) * inv) + 1,
            int((h + 2 * pad) * inv) + 1, score, kind,
        ))
    out.sort(key=lambda r: -r.score)
    return out


def _without_specks(regions: list[Region], orig_ink: np.ndarray, f: float) -> list[Region]:
    """The regions less toner specks on blank paper: ink only in the copy, no larger than a tone
    mark, with no ink of the original around it. A changed mark sits on or under its letter, a
    few pixels from the original's ink; an added word or digit is larger than a mark; two specks
    fused by the blur can weigh as much as a mark, and only their place tells them apart."""
    rows, cols = orig_ink.shape[:2]
    out = []
    for r in regions:
        x, y, w, h = (round(v * f) for v in (r.x, r.y, r.w, r.h))
        if r.kind == "added" and w <= SPECK_SIZE and h <= SPECK_SIZE:
            x0, y0 = max(0, x - SPECK_CLEAR), max(0, y - SPECK_CLEAR)
            around = orig_ink[y0:min(rows, y + h + SPECK_CLEAR), x0:min(cols, x + w + SPECK_CLEAR)]
            if around.size and int(around.max()) <= round(INK_THRESHOLD * 255):
                continue
        out.append(r)
    return out


def _channel_inks(image: np.ndarray) -> np.ndarray:
    """(H, W, C) ink of each channel: one channel for grey pages, three for colour."""
    if image.ndim == 2:
        return ink_map(image)[..., None]
    if image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    return ink_map(image)


def compare_images(original: np.ndarray, copy: np.ndarray, *, ocr: bool = True,
                   copy_words: list[Word] | None = None) -> CompareResult:
    """Compares a scan of the copy with a scan of the original (BGR or grey arrays). With `ocr`,
    the whole text of both is compared too (`copy_words`: the copy's words in its own pixels when
    it was already read, e.g. at digitisation)."""
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    original, copy = _as_8bit(original), _as_8bit(copy)
    copy_grey = to_grey(copy)
    orig_grey = to_grey(original)
    # The full reads need no alignment: started first, they run while the pages are aligned.
    reads = fulltext.PendingReads(orig_grey, copy_grey, copy_words) if ocr else None
    copy_w, copy_h = copy_grey.shape[1], copy_grey.shape[0]
    copy_small, f = _resize_long(copy_grey, WORK_LONG_SIDE)
    # The original brought to about the copy's working scale (pages of one paper size): a phone
    # photo of 4000 px and a 200 dpi scan meet at the same size; the homography does the rest.
    orig_small, g = _resize_long(original, max(copy_small.shape[:2]))
    copy_ink = ink_map(copy_small)
    orig_inks = _channel_inks(orig_small)
    orig_ink = (cv2.cvtColor(orig_inks, cv2.COLOR_BGR2GRAY) if orig_inks.shape[2] == 3
                else np.ascontiguousarray(orig_inks[..., 0]))
    timings["normalise"] = time.perf_counter() - t0

    t1 = time.perf_counter()
    alignment: Alignment = align_pages(orig_ink, copy_ink)
    timings["align"] = time.perf_counter() - t1
    if not alignment.ok:
        if reads is not None:
            reads.close()
        whole = Region(0, 0, copy_w, copy_h, 1.0, "changed")
        timings["total"] = time.perf_counter() - t0
        return CompareResult(Verdict.MISMATCH, 1.0, [whole], [], timings, aligned=False,
                             copy_size=(copy_w, copy_h))

    t2 = time.perf_counter()
    h_small = alignment.homography  # orig_small -> copy_small
    size = (copy_ink.shape[1], copy_ink.shape[0])
    warped = cv2.warpPerspective(orig_inks, h_small, size, flags=cv2.INTER_LINEAR, borderValue=0)
    if warped.ndim == 2:
        warped = warped[..., None]
    # Where the original lies on the copy: its outline, mapped (cheaper than warping a mask).
    oh, ow = orig_ink.shape[:2]
    outline = cv2.perspectiveTransform(
        np.array([[0, 0], [ow, 0], [ow, oh], [0, oh]], dtype=np.float32).reshape(-1, 1, 2), h_small)
    footprint: np.ndarray = np.zeros(copy_ink.shape[:2], np.uint8)
    cv2.fillConvexPoly(footprint, np.round(outline.reshape(-1, 2)).astype(np.int32), 1)
    # Edges of the sheet (copier borders, the original's outline) are no evidence.
    margin = max(8, round(0.012 * max(copy_ink.shape)))
    footprint = cv2.erode(footprint, np.ones((2 * margin + 1, 2 * margin + 1), np.uint8))
    footprint[:margin, :] = 0
    footprint[-margin:, :] = 0
    footprint[:, :margin] = 0
    footprint[:, -margin:] = 0
    valid = footprint > 0
    copy_b = _blur(copy_ink)
    warped_b = _blur(warped)
    if warped_b.ndim == 2:
        warped_b = warped_b[..., None]
    orig_b = match_tone(warped_b, copy_b, valid)
    if warped_b.shape[2] == 3:
        # Coloured ink (seals, signatures in blue): where copiers differ most from each other.
        cb, cg, cr = cv2.split(warped_b)
        spread = cv2.subtract(cv2.max(cv2.max(cb, cg), cr), cv2.min(cv2.min(cb, cg), cr))
        colour = cv2.dilate((spread > round(COLOUR_INK * 255)).astype(np.uint8),
                            np.ones((9, 9), np.uint8))
    else:
        colour = np.zeros(copy_b.shape, np.uint8)
    added, removed = _difference(orig_b, copy_b, valid)
    union_ink = cv2.max(copy_ink, orig_b)
    regions = grow_to_words(_without_specks(_regions(added, removed, f, colour), orig_b, f),
                            union_ink, f)
    timings["diff"] = time.perf_counter() - t2

    # Homography in full-resolution pixels: original -> copy.
    h_full = np.diag([1 / f, 1 / f, 1.0]) @ h_small @ np.diag([g, g, 1.0])

    text_changes: list[TextChange] = []
    doubts: list[TextDoubt] = []
    words_compared = 0
    if reads is not None:
        t3 = time.perf_counter()
        orig_aligned = cv2.warpPerspective(orig_grey, h_full, (copy_w, copy_h),
                                           flags=cv2.INTER_LINEAR, borderValue=255)
        o_words, c_words = reads.words(h_full)
        timings["read"] = time.perf_counter() - t3
        t4 = time.perf_counter()
        found = fulltext.compare_words(o_words, c_words, orig_aligned, copy_grey,
                                       [r.box for r in regions if r.score >= FLAG_SCORE])
        text_changes, doubts, words_compared = found.changes, found.doubts, found.words_compared
        regions = _faded_regions(regions, [d.region for d in doubts if d.reason == "faded_mark"])
        # Flagged regions the full text left unexplained (a replaced word of another length
        # shifts the words after it, and position pairing loses it): their words read as before.
        unexplained = [r for r in regions if r.score >= FLAG_SCORE and r.text and r.kind != "faded"
                       and not any(r.overlaps(t.region) for t in text_changes)
                       and not any(r.overlaps(box) for box in found.moved)]
        if unexplained:
            text_changes = text_changes + text_changes_for(orig_grey, copy_grey, h_full,
                                                           unexplained[:6])
        regions = _with_text_regions(regions, text_changes)
        timings["ocr"] = time.perf_counter() - t4
    flagged = [r for r in regions if r.score >= FLAG_SCORE and r.kind != "faded"]
    score = max((r.score for r in regions), default=0.0)
    verdict = Verdict.MISMATCH if flagged or text_changes else Verdict.MATCH
    timings["total"] = time.perf_counter() - t0
    return CompareResult(verdict, score, regions, text_changes, timings, aligned=True,
                         homography=h_full.tolist(), copy_size=(copy_w, copy_h), doubts=doubts,
                         words_compared=words_compared)


def _faded_regions(regions: list[Region], faded: list[tuple[int, int, int, int]]
                   ) -> list[Region]:
    """Ink lost on the copy inside a word whose only change is a faded tone mark (fulltext,
    faded.py) is that mark's own ink: shown as such ("faded"), not flagged."""
    def inside(r: Region, box: tuple[int, int, int, int], margin: int = 12) -> bool:
        x, y, w, h = box
        return (r.x >= x - margin and r.y >= y - margin and r.x + r.w <= x + w + margin
                and r.y + r.h <= y + h + margin)

    return [dataclasses.replace(r, kind="faded")
            if r.kind == "removed" and any(inside(r, box) for box in faded) else r
            for r in regions]


def _with_text_regions(regions: list[Region], changes: list[TextChange]) -> list[Region]:
    """Every text change outlined: a changed tone mark leaves too few pixels to make a region of
    its own."""
    out = list(regions)
    for change in changes:
        if not any(r.overlaps(change.region) for r in out):
            x, y, w, h = change.region
            out.append(Region(x, y, w, h, FLAG_SCORE, "changed", True))
    return out
