"""The whole text of the copy against the whole text of the original, word by word, tone marks
included.

Why not only the pixel difference: a changed tone mark ("Tâm" -> "Tám") moves a few dozen pixels,
less than a toner speck, so no pixel threshold that spares worn copies can see it. Here:
1. both pages are read in full by Tesseract `vie` (the original after warping it onto the copy, so
   both word lists share the copy's pixels; the copy's words may come from the dossier's OCR);
2. words are paired by position (boxes that overlap) into small groups, and each group's text is
   compared after NFC normalisation with diacritics significant (case and punctuation ignored, as a
   copier cannot change those in a way that matters and OCR often does);
3. a group whose readings differ, or whose pixels differ more than a word's worth of noise, is read
   again from crops at twice the scale, both versions in one Tesseract run; if the two readings now
   agree it was OCR noise;
4. what still differs is a text change when both readings are confident and the pixels of that word
   differ too; otherwise it is a doubt for the officer to look at, never a mismatch on its own."""
from __future__ import annotations

import difflib
import logging
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import cv2
import numpy as np

from desk_app.compare.result import TextChange, TextDoubt
from desk_app.compare.text import changed_span
from desk_app.ocr import tesseract
from desk_app.ocr.types import Word

logger = logging.getLogger(__name__)

A4_WIDTH_INCH = 8.27
RESCALE = 2.0  # crops read again at this scale
GAP = 40  # white rows between stacked crops
MAX_SHEET_HEIGHT = 24_000  # pixels: Tesseract refuses taller images (its limit is 32,767)
SURE_CONF = 70.0  # a re-read word below this Tesseract confidence is a doubt, not a change
FAIR_CONF = 45.0  # ... unless two readings agree on a change of diacritic only (see compare_words)
EVIDENCE = 0.26  # word_evidence of a change the eye could see (faithful words: 99 % below 0.27)
PROBE = 0.24  # a word whose pixels differ this much is read again even if its texts agree
DOUBT = 0.20  # readings differ but the pixels agree better than this: OCR noise, not shown
STRONG = 0.34
RELATIVE = 1.3  # ... and at least this many times the page's 90th percentile of word_evidence  # pixels this different: the readings need not repeat to be believed
MOVED = 6  # pixels: a word of both readings this far from its place was moved by a change
MAX_REREAD = 24  # groups read again per page (a wholly different page is flagged anyway)


@dataclass
class Group:
    """Words of the original and of the copy that lie on top of each other."""

    orig: list[Word]
    copy: list[Word]
    # For one word each side paired by sequence: where the original's word lies relative to the
    # copy's (a longer word replaced before it on the line moves it), so its pixels are compared
    # at its own place.
    shift: tuple[int, int] = (0, 0)
    paired: bool = False

    def side_box(self, orig: bool) -> tuple[int, int, int, int]:
        """The box one side's pixels are taken from: its own words' (a change earlier on the
        line may have moved them), or the whole group's when that side read nothing there."""
        words = self.orig if orig else self.copy
        if not words:
            return self.box
        x0, y0 = min(w.x for w in words), min(w.y for w in words)
        x1, y1 = max(w.x + w.w for w in words), max(w.y + w.h for w in words)
        return x0, y0, x1 - x0, y1 - y0

    @property
    def box(self) -> tuple[int, int, int, int]:
        words = self.orig + self.copy
        x0 = min(w.x for w in words)
        y0 = min(w.y for w in words)
        x1 = max(w.x + w.w for w in words)
        y1 = max(w.y + w.h for w in words)
        return x0, y0, x1 - x0, y1 - y0


def key(text: str) -> str:
    """What must agree between two readings: letters and digits, NFC, diacritics kept, case
    folded ("Tâm" and "Tám" differ, "TÂM" and "Tâm" do not)."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text).casefold() if ch.isalnum())


def _letters(text: str) -> str:
    """The base letters, diacritics dropped (đ kept apart from d: a different letter)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in sorted(words, key=lambda w: w.x))


def page_dpi(width: int) -> int:
    return int(min(600, max(100, round(width / A4_WIDTH_INCH))))


def read_page(grey: np.ndarray, *, timeout: float = 60.0) -> list[Word]:
    return tesseract.words(grey, lang="vie", psm=3, dpi=page_dpi(grey.shape[1]), timeout=timeout)


class PendingReads:
    """Both pages' full reads started at once, before alignment, so Tesseract (its own processes,
    one per core) runs while the pages are aligned. The original is read in its own pixels and
    its words are brought onto the copy afterwards (`words`)."""

    def __init__(self, orig_grey: np.ndarray, copy_grey: np.ndarray,
                 copy_words: list[Word] | None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=2)
        self._orig = self._pool.submit(read_page, orig_grey)
        self._copy = None if copy_words is not None else self._pool.submit(read_page, copy_grey)
        self._copy_words = copy_words

    def words(self, homography: np.ndarray) -> tuple[list[Word], list[Word]]:
        """(original's words in copy pixels through `homography`, copy's words)."""
        try:
            orig = map_words(self._orig.result(), homography)
            copy = self._copy.result() if self._copy is not None else self._copy_words
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)
        assert copy is not None
        return orig, copy

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def map_words(words: list[Word], homography: np.ndarray) -> list[Word]:
    """Word boxes carried through a homography (each box its corners' bounding box)."""
    if not words:
        return []
    corners = np.array([[(w.x, w.y), (w.x + w.w, w.y), (w.x, w.y + w.h), (w.x + w.w, w.y + w.h)]
                        for w in words], np.float64).reshape(-1, 1, 2)
    moved = cv2.perspectiveTransform(corners, homography).reshape(-1, 4, 2)
    out = []
    for w, quad in zip(words, moved, strict=True):
        x0, y0 = np.floor(quad.min(axis=0))
        x1, y1 = np.ceil(quad.max(axis=0))
        # A rotated box's bounding box is taller than the word: keep the word's own height.
        cy, h = (y0 + y1) / 2, max(1.0, (y1 - y0) - abs(quad[1, 1] - quad[0, 1]))
        out.append(Word(w.text, int(x0), round(float(cy - h / 2)), int(x1 - x0), round(float(h)),
                        w.conf, w.line, w.block))
    return out


def _overlap(a: Word, b: Word) -> bool:
    ix = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    iy = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    if ix <= 0 or iy < 0.5 * min(a.h, b.h):  # words of two lines never pair
        return False
    return ix * iy >= 0.3 * min(a.w * a.h, b.w * b.h)


def group_words(orig: list[Word], copy: list[Word]) -> list[Group]:
    """Connected groups of overlapping boxes (a word one reading splits in two joins its halves)."""
    n = len(orig)
    parent = list(range(n + len(copy)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(copy)), key=lambda j: copy[j].y)
    ys = [copy[j].y for j in order]
    for i, a in enumerate(orig):
        lo = int(np.searchsorted(ys, a.y - 4 * max(a.h, 10)))
        for k in order[lo:]:
            b = copy[k]
            if b.y > a.y + a.h:
                break
            if _overlap(a, b):
                parent[find(i)] = find(n + k)
    groups: dict[int, Group] = {}
    for i, a in enumerate(orig):
        groups.setdefault(find(i), Group([], [])).orig.append(a)
    for k, b in enumerate(copy):
        groups.setdefault(find(n + k), Group([], [])).copy.append(b)
    return list(groups.values())


def _moved(dx: int) -> tuple[int, int]:
    """How far a word was moved along its line, from its left edge (a box that one reading
    stretched over the next words keeps its left edge); a few pixels are the alignment's own
    play, which word_evidence takes up."""
    return (dx, 0) if abs(dx) > MOVED else (0, 0)


def by_lines(groups: list[Group]) -> list[list[Group]]:
    """The groups of one text line together (either reading's line joins them): a replaced word
    of another length shifts the rest of its line, so the overlap of boxes pairs the wrong words
    after it and only the line's sequence of words tells which is which."""
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, int], int] = {}
    for i, g in enumerate(groups):
        for side, words in (("o", g.orig), ("c", g.copy)):
            for w in words:
                first = seen.setdefault((side, w.line), i)
                parent[find(i)] = find(first)
    lines: dict[int, list[Group]] = {}
    for i, g in enumerate(groups):
        lines.setdefault(find(i), []).append(g)
    return list(lines.values())


def align_line(parts: list[Group]) -> list[Group]:
    """One line's groups re-paired along the words' sequence: the runs the two readings share
    pair word by word, and only what differs stays together. A line whose readings share no
    word keeps its groups by position."""
    if all(len(g.orig) <= 1 and len(g.copy) <= 1 for g in parts) and all(
            key(_text(g.orig)) == key(_text(g.copy)) for g in parts):
        return parts
    group = Group([w for g in parts for w in g.orig], [w for g in parts for w in g.copy])
    orig = sorted(group.orig, key=lambda w: w.x)
    copy = sorted(group.copy, key=lambda w: w.x)
    matcher = difflib.SequenceMatcher(a=[key(w.text) for w in orig], b=[key(w.text) for w in copy],
                                      autojunk=False)
    ops = matcher.get_opcodes()
    if not any(op[0] == "equal" for op in ops):
        return parts
    out: list[Group] = []
    # A run of shared words moves as one (a box's edge alone jitters with what a reading
    # included); what differs keeps the move of the run before it.
    shift = (0, 0)
    for tag, i0, i1, j0, j1 in ops:
        if tag == "equal":
            shift = _moved(int(np.median([a.x - b.x for a, b in zip(orig[i0:i1], copy[j0:j1],
                                                                     strict=True)])))
            out.extend(Group([a], [b], shift, paired=True)
                       for a, b in zip(orig[i0:i1], copy[j0:j1], strict=True))
        else:
            out.append(Group(orig[i0:i1], copy[j0:j1], shift if i1 > i0 and j1 > j0 else (0, 0)))
    return out


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


def word_evidence(orig_aligned: np.ndarray, copy_grey: np.ndarray,
                  box: tuple[int, int, int, int], blurs: tuple[float, float] | None = None,
                  shift: tuple[int, int] = (0, 0)) -> tuple[float, tuple[float, float]]:
    """How much one word's pixels differ once copying is accounted for: the two crops as ink, the
    original shifted onto the copy (sub-pixel), both blurred to the softer of the two and scaled to
    the same darkness; the answer is the largest ink left over in any 4x4 pixel window (a tone mark
    is about 6x8 pixels at 200 dpi, a toner speck is taken out by a median filter first). Returns
    it with the blurs used (`blurs`, or the best of BLURS for this word)."""
    x, y, w, h = box
    rows, cols = copy_grey.shape
    pad = 6
    x0, y0 = max(0, x - pad), max(0, y - pad)
    x1, y1 = min(cols, x + w + pad), min(rows, y + h + pad)
    if x1 - x0 < 16 or y1 - y0 < 16:
        return 0.0, blurs or (0.0, 0.0)
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
    best: tuple[float, np.ndarray, tuple[float, float]] | None = None
    for sa, sc in [blurs] if blurs else BLURS:
        aa = cv2.GaussianBlur(a, (0, 0), sa) if sa else a
        cc = cv2.GaussianBlur(c, (0, 0), sc) if sc else c
        gain = float((aa * cc).sum() / max(float((aa * aa).sum()), 1e-6))
        rest = cc - gain * aa
        err = float(np.abs(rest).sum())
        if best is None or err < best[0]:
            best = (err, rest, (sa, sc))
    assert best is not None
    inner = best[1][3:-3, 3:-3]
    if inner.size == 0:
        return 0.0, best[2]
    return float(np.abs(cv2.blur(inner, (4, 4))).max()), best[2]


def _crop(grey: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    x, y, w, h = box
    rows, cols = grey.shape
    pad_y, pad_x = max(6, h // 2), max(12, int(1.2 * h))
    x0, y0 = max(0, x - pad_x), max(0, y - pad_y)
    crop = grey[y0:min(rows, y + h + pad_y), x0:min(cols, x + w + pad_x)]
    big = cv2.resize(crop, None, fx=RESCALE, fy=RESCALE, interpolation=cv2.INTER_CUBIC)
    blur = cv2.GaussianBlur(big, (0, 0), 1.0)
    if int(blur.max()) - int(blur.min()) < 60:
        return np.full(big.shape, 255, np.uint8)
    _, binary = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


def reread(crops: Sequence[np.ndarray], dpi: int) -> list[list[Word]]:
    """Each crop's words (x relative to the crop), the crops stacked into as few Tesseract runs as
    its image height limit allows, in two halves read side by side when there are enough crops
    to pay for a second process (the counters have two cores)."""
    if len(crops) >= 8:
        half = len(crops) // 2
        with ThreadPoolExecutor(max_workers=2) as pool:
            first = pool.submit(_reread_serial, crops[:half], dpi)
            second = pool.submit(_reread_serial, crops[half:], dpi)
            return first.result() + second.result()
    return _reread_serial(crops, dpi)


def _reread_serial(crops: Sequence[np.ndarray], dpi: int) -> list[list[Word]]:
    out: list[list[Word]] = []
    start = 0
    while start < len(crops):
        end, height = start, GAP
        while end < len(crops) and (end == start or height + crops[end].shape[0] + GAP
                                    <= MAX_SHEET_HEIGHT):
            height += crops[end].shape[0] + GAP
            end += 1
        out.extend(_read_sheet(crops[start:end], dpi))
        start = end
    return out


def _read_sheet(crops: Sequence[np.ndarray], dpi: int) -> list[list[Word]]:
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
        found = tesseract.words(sheet, lang="vie", psm=6, dpi=int(dpi * RESCALE), timeout=60)
    except tesseract.OcrTimedOut:
        raise
    except tesseract.OcrFailed:
        return [[] for _ in crops]
    out: list[list[Word]] = [[] for _ in crops]
    for word in found:
        centre = word.y + word.h / 2
        for k, (a, b) in enumerate(tops):
            if a - GAP / 2 <= centre <= b + GAP / 2:
                out[k].append(Word(word.text, word.x - GAP, word.y - a, word.w, word.h, word.conf,
                                   word.line))
                break
    return out


def _core(words: list[Word], crop_box: tuple[int, int, int, int], box: tuple[int, int, int, int]
          ) -> list[Word]:
    """The re-read words that lie over the group's own box (not the context around it)."""
    x, _y, w, h = box
    pad_x = max(12, int(1.2 * h))
    left = (x - max(0, x - pad_x)) * RESCALE
    right = left + w * RESCALE
    return [wd for wd in words if left - 4 <= wd.x + wd.w / 2 <= right + 4]


def _touches(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return not (a[0] > b[0] + b[2] or b[0] > a[0] + a[2] or a[1] > b[1] + b[3]
                or b[1] > a[1] + a[3])


def _surer(page_word: Word, crop_words: list[Word], crop_text: str) -> str:
    crop_conf = min((w.conf for w in crop_words), default=0.0)
    if (key(page_word.text) and page_word.conf > crop_conf
            and _letters(key(page_word.text)) == _letters(key(crop_text))):
        return page_word.text
    return crop_text


@dataclass
class TextFindings:
    changes: list[TextChange]
    doubts: list[TextDoubt]
    words_compared: int
    reread: int
    # Copy boxes of words both readings agree on that a change earlier on their line moved: a
    # pixel region over them is explained by the move.
    moved: list[tuple[int, int, int, int]] = field(default_factory=list)


def compare_words(orig_words: list[Word], copy_words: list[Word], orig_aligned: np.ndarray,
                  copy_grey: np.ndarray,
                  pixel_regions: Sequence[tuple[int, int, int, int]] = ()) -> TextFindings:
    """Text changes and doubts between the two word lists (both in copy pixels); the pixels of
    each word are the evidence a change must also leave (word_evidence), or a region the pixel
    engine flagged (`pixel_regions`, copy pixels)."""
    heights = [w.h for w in copy_words] or [0]
    tall = 2.5 * float(np.median(heights))
    # Boxes taller than a text line are Tesseract reading a seal or a picture: nothing to compare.
    groups = [part for line in by_lines(group_words([w for w in orig_words if w.h <= tall],
                                                    [w for w in copy_words if w.h <= tall]))
              for part in align_line(line)]
    worded = [g for g in groups if key(_text(g.orig)) or key(_text(g.copy))]
    blurs = page_blur(orig_aligned, copy_grey,
                      [g.box for g in worded if not g.paired
                       and key(_text(g.orig)) == key(_text(g.copy))])
    def evidence(g: Group) -> float:
        here = word_evidence(orig_aligned, copy_grey, g.side_box(False), blurs)[0]
        if g.shift == (0, 0):
            return here
        # The move read from the boxes' edges can be a reading's jitter: the better fit counts.
        return min(here, word_evidence(orig_aligned, copy_grey, g.side_box(False), blurs,
                                       g.shift)[0])

    scored: list[tuple[Group, float, bool]] = [
        (g, evidence(g), key(_text(g.orig)) != key(_text(g.copy))) for g in worded]
    # A worn copy leaves some difference in every word: a change must stand out from the page's
    # own level (its 90th percentile), not only pass a fixed bar.
    level = float(np.percentile([m for _g, m, _d in scored], 90)) if scored else 0.0
    bar = max(EVIDENCE, RELATIVE * level)
    # A group can only become a change or a doubt if its pixels differ at least DOUBT or a
    # flagged pixel region lies over it: the others are not read again (the re-read is the
    # costliest step after the two page reads, and most differing readings of a faithful copy are
    # OCR noise over identical pixels).
    suspects = [(g, m) for g, m, differs in scored
                if (differs and (m >= DOUBT or any(_touches(g.box, r) for r in pixel_regions)))
                or m >= max(PROBE, RELATIVE * level)]
    suspects.sort(key=lambda s: -s[1])
    suspects = suspects[:MAX_REREAD]
    crops = []
    for g, _evidence in suspects:
        crops.append(_crop(orig_aligned, g.side_box(True)))
        crops.append(_crop(copy_grey, g.side_box(False)))
    texts = reread(crops, page_dpi(copy_grey.shape[1]))
    changes: list[TextChange] = []
    doubts: list[TextDoubt] = []
    for k, (g, mass) in enumerate(suspects):
        box = g.box
        o = _core(texts[2 * k], g.side_box(True), g.side_box(True))
        c = _core(texts[2 * k + 1], g.side_box(False), g.side_box(False))
        before, after = _text(o), _text(c)
        first_o, first_c = key(_text(g.orig)), key(_text(g.copy))
        if key(before) == key(after):
            # Read again at a larger scale, the two agree: OCR noise, unless the page's reading
            # was sure of a difference the pixels show too (Tesseract reads a hook as an acute
            # as often at one scale as at another).
            page_sure = (first_o and first_c and first_o != first_c
                         and min(w.conf for w in g.orig + g.copy) >= SURE_CONF
                         and max(len(g.orig), len(g.copy)) <= 3)
            if page_sure and mass >= bar:
                changes.append(TextChange(_text(g.orig), _text(g.copy), box))
            continue
        if (first_o and first_c and first_o != first_c and key(before) != key(after)
                and _letters(first_o) == _letters(first_c) and mass >= STRONG
                and max(len(g.orig), len(g.copy)) <= 3
                and min(w.conf for w in g.orig + g.copy) >= SURE_CONF):
            # The page's readings, both sure, differ in a diacritic only, the pixels differ
            # clearly and the crops read a difference too (a crop may add a letter of the next
            # word at a low confidence): the page's reading is the change.
            changes.append(TextChange(_text(g.orig), _text(g.copy), box))
            continue
        sure = min((w.conf for w in o + c), default=0.0) >= SURE_CONF and bool(o) and bool(c)
        if not key(before) or not key(after) or max(len(g.orig), len(g.copy)) > 3:
            sure = False  # one reading empty, or boxes chained over several words: unsure
        # Read differently twice (page, then crop) yet not the same way: believed only when the
        # pixels differ clearly.
        consistent = (first_o, first_c) == (key(before), key(after))
        if not consistent and first_o != first_c and mass < STRONG:
            sure = False
        if (consistent and mass >= STRONG and max(len(g.orig), len(g.copy)) <= 3
                and min((w.conf for w in o + c), default=0.0) >= FAIR_CONF
                and _letters(key(before)) == _letters(key(after))):
            # Only a diacritic differs, the page and the crop read the same two words and the
            # pixels differ clearly: Tesseract is rarely above SURE_CONF on a worn copy's tone
            # mark, and two readings agreeing is the confidence it lacks.
            sure = True
        if any(_touches(box, r) for r in pixel_regions):
            # The pixel engine saw it too: not OCR noise. The smallest differing run of words is
            # the change (a box chained over a line keeps only what differs). Of the page's
            # and the crop's readings, the surer pair that differs names it.
            page_conf = min((w.conf for w in g.orig + g.copy), default=0.0)
            if (first_o and first_c and first_o != first_c
                    and page_conf >= min((w.conf for w in o + c), default=0.0)):
                before, after = _text(g.orig), _text(g.copy)
            span = changed_span(before, after)
            if span is not None and all(0 < len(t.split()) <= 3 and key(t) for t in span):
                before, after = span
                sure, mass = True, max(mass, bar)
        # No words in the log: a page's text is a citizen's data.
        logger.debug("text group at %s: evidence %.3f sure %s", box, mass, sure)
        if sure and mass >= bar:
            if len(g.orig) == 1 and len(g.copy) == 1 and key(before) != key(after):
                # A single word each side: of the page's and the crop's reading, the surer one
                # (a tight crop can lose a stacked mark the page's reading kept).
                surer = _surer(g.orig[0], o, before), _surer(g.copy[0], c, after)
                if key(surer[0]) != key(surer[1]):  # never a choice of text that hides the change
                    before, after = surer
            changes.append(TextChange(before, after, box))
        elif mass >= DOUBT:
            reason = "low_confidence" if not sure else "no_pixel_evidence"
            doubts.append(TextDoubt(before or _text(g.orig), after or _text(g.copy), box, reason))
    moved = [g.side_box(False) for g in groups if g.paired and abs(g.shift[0]) > MOVED]
    return TextFindings(changes, doubts, len(groups), len(suspects), moved)
