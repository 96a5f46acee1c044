"""Text changes in the difference regions: the words around each region are cut from the copy and
from the aligned original, all crops are stacked into one image and read by a single Tesseract `vie`
run (one process per comparison keeps it within the time budget), and the texts compared word by
word. The OCR runner gives the image to Tesseract through a pipe: no scan lands in a temporary
file."""
from __future__ import annotations

import difflib
from collections.abc import Sequence

import cv2
import numpy as np

from desk_app.compare.result import Region, TextChange
from desk_app.ocr import tesseract

GAP = 36  # white rows between stacked crops, so Tesseract never joins two crops into one line
OCR_CONTEXT = 40  # copy pixels read left and right of a region
MAX_TEXT_HEIGHT = 90  # work-scale pixels: taller candidates (stamps, photos) are not text lines


def _word_box(region: Region, union_ink: np.ndarray, f: float) -> tuple[int, int, int, int] | None:
    """The region grown to the whole words it touches (work-scale ink), in full-res copy pixels."""
    x, y = int(region.x * f), int(region.y * f)
    w, h = max(1, int(region.w * f)), max(1, int(region.h * f))
    rows, cols = union_ink.shape
    y0, y1 = max(0, y - 40), min(rows, y + h + 40)
    x0, x1 = max(0, x - 200), min(cols, x + w + 200)
    ink = (union_ink[y0:y1, x0:x1] > 90).astype(np.uint8)  # 8-bit ink
    # Letters of a word are closer than the space between words (about a third of the x-height).
    joined = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 5)))
    _n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    rx0, ry0, rx1, ry1 = x - x0, y - y0, x - x0 + w, y - y0 + h
    touched = set(np.unique(labels[max(0, ry0):ry1, max(0, rx0):rx1]).tolist()) - {0}
    if not touched:
        return None
    bx0, by0 = rx0, ry0
    bx1, by1 = rx1, ry1
    for i in touched:
        sx, sy, sw, sh, _ = stats[i]
        bx0, by0 = min(bx0, sx), min(by0, sy)
        bx1, by1 = max(bx1, sx + sw), max(by1, sy + sh)
    if by1 - by0 > MAX_TEXT_HEIGHT:
        return None
    pad = 4
    return (int((x0 + bx0 - pad) / f), int((y0 + by0 - pad) / f),
            int((bx1 - bx0 + 2 * pad) / f), int((by1 - by0 + 2 * pad) / f))


def _crop_copy(copy_grey: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    x, y, w, h = box
    rows, cols = copy_grey.shape
    x0, y0 = max(0, x), max(0, y)
    return copy_grey[y0:min(rows, y + h), x0:min(cols, x + w)]


def _crop_original(orig_grey: np.ndarray, h_full: np.ndarray, box: tuple[int, int, int, int]
                   ) -> np.ndarray:
    x, y, w, h = box
    x, y = max(0, x), max(0, y)
    shift = np.array([[1, 0, -x], [0, 1, -y], [0, 0, 1]], np.float64)
    return cv2.warpPerspective(orig_grey, shift @ h_full, (w, h), flags=cv2.INTER_LINEAR,
                               borderValue=255)


def _normalise_crop(crop: np.ndarray) -> np.ndarray:
    """Black text on white, whatever the paper tint and toner, for Tesseract. A crop of bare paper
    stays white (Otsu would turn its noise into letters)."""
    blur = cv2.GaussianBlur(crop, (0, 0), 0.8)
    if crop.size == 0 or int(blur.max()) - int(blur.min()) < 70:
        return np.full(crop.shape, 255, np.uint8)
    _, binary = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    if binary.mean() < 128:
        binary = 255 - binary
    return binary


def ocr_stack(crops: Sequence[np.ndarray], lang: str = "vie") -> list[str]:
    """Reads each crop as one line of text with a single Tesseract run; returns one text per crop."""
    if not crops:
        return []
    width = max(c.shape[1] for c in crops) + 2 * GAP
    height = sum(c.shape[0] + GAP for c in crops) + GAP
    sheet = np.full((height, width), 255, np.uint8)
    tops = []
    y = GAP
    for c in crops:
        sheet[y:y + c.shape[0], GAP:GAP + c.shape[1]] = c
        tops.append((y, y + c.shape[0]))
        y += c.shape[0] + GAP
    try:
        read = tesseract.words(sheet, lang=lang, psm=6, dpi=200, timeout=30)
    except tesseract.OcrTimedOut:
        raise  # out of time is an error the officer sees: a silent pass could hide a change
    except tesseract.OcrFailed:
        # Tesseract gave up on the sheet: the differences are still shown, without their text
        return ["" for _ in crops]
    words: list[list[tuple[int, str]]] = [[] for _ in crops]
    for word in read:
        centre = word.y + word.h / 2
        for k, (a, b) in enumerate(tops):
            if a - GAP / 2 <= centre <= b + GAP / 2:
                words[k].append((word.x, word.text))
                break
    return [" ".join(w for _, w in sorted(ws)) for ws in words]


_PUNCT = ".,:;'\"-_|`~!()[]{}<>‘’“”"


def _alnum(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def changed_span(before: str, after: str) -> tuple[str, str] | None:
    """The smallest run of words that differs, or None when the texts agree."""
    a = [t for t in (w.strip(_PUNCT) for w in before.split()) if t]
    b = [t for t in (w.strip(_PUNCT) for w in after.split()) if t]
    if a == b:
        return None
    ops = [op for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    i0, i1 = ops[0][1], ops[-1][2]
    j0, j1 = ops[0][3], ops[-1][4]
    span_a, span_b = " ".join(a[i0:i1]), " ".join(b[j0:j1])
    # OCR noise (a stray mark read as punctuation) is not a text change.
    if _alnum(span_a) + _alnum(span_b) == 0:
        return None
    return span_a, span_b


def _merge(regions: list[Region]) -> list[Region]:
    """Regions that overlap become one (a changed diacritic leaves a removed and an added mark
    over the same word)."""
    out: list[Region] = []
    for region in sorted(regions, key=lambda r: -r.score):
        for k, other in enumerate(out):
            if other.overlaps(region.box):
                x0, y0 = min(other.x, region.x), min(other.y, region.y)
                x1 = max(other.x + other.w, region.x + region.w)
                y1 = max(other.y + other.h, region.y + region.h)
                kind = other.kind if other.kind == region.kind else "changed"
                score = 1 - (1 - other.score) * (1 - region.score)
                out[k] = Region(x0, y0, x1 - x0, y1 - y0, score, kind, other.text and region.text)
                break
        else:
            out.append(region)
    if len(out) < len(regions):
        return _merge(out)
    return sorted(out, key=lambda r: -r.score)


def grow_to_words(regions: Sequence[Region], union_ink: np.ndarray, f: float) -> list[Region]:
    """Each region grown to the words it touches (so a reader sees the whole word outlined and OCR
    reads whole words), overlapping regions merged."""
    grown: list[Region] = []
    for region in regions:
        box = _word_box(region, union_ink, f)
        if box is None:
            grown.append(region)
            continue
        x0, y0 = min(box[0], region.x), min(box[1], region.y)
        x1 = max(box[0] + box[2], region.x + region.w)
        y1 = max(box[1] + box[3], region.y + region.h)
        grown.append(Region(x0, y0, x1 - x0, y1 - y0, region.score, region.kind, True))
    return _merge(grown)


def text_changes_for(orig_grey: np.ndarray, copy_grey: np.ndarray, h_full: np.ndarray,
                     regions: Sequence[Region], lang: str = "vie") -> list[TextChange]:
    boxes = [r.box for r in regions if r.text]
    if not boxes:
        return []
    # A little context either side helps Tesseract; the word diff below drops what agrees.
    read = [(x - OCR_CONTEXT, y, w + 2 * OCR_CONTEXT, h) for x, y, w, h in boxes]
    crops: list[np.ndarray] = []
    for box in read:
        crops.append(_normalise_crop(_crop_original(orig_grey, h_full, box)))
        crops.append(_normalise_crop(_crop_copy(copy_grey, box)))
    texts = ocr_stack(crops, lang)
    changes: list[TextChange] = []
    for k, box in enumerate(boxes):
        span = changed_span(texts[2 * k], texts[2 * k + 1])
        if span is None:
            continue
        before, after = span
        if _alnum(before) < 1 and _alnum(after) < 2:
            continue
        changes.append(TextChange(before, after, box))
    return changes
