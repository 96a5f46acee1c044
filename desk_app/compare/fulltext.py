"""The whole text of the copy against the whole text of the original, word by word, tone marks
included.

Why not only the pixel difference: a changed tone mark ("Tâm" -> "Tám") moves a few dozen pixels,
less than a toner speck, so no pixel threshold that spares worn copies can see it. Here:
1. both pages are read in full by Tesseract `vie`, each in its own pixels, the original's words
   then carried onto the copy (the copy's words may come from the dossier's OCR);
2. words are paired by position and then along each line's sequence (words.py), and each pair's
   text is compared after NFC normalisation with diacritics significant (case and punctuation
   ignored, as a copier cannot change those in a way that matters and OCR often does);
3. a group whose readings differ over differing pixels, or whose pixels differ more than a word's
   worth of noise (evidence.py), is read again from crops at twice the scale, all in one
   Tesseract run; if the two readings now agree it was OCR noise;
4. a single word whose pixels show one tone mark changed has it named from the mark's shape
   (marks.py) when a reading of the copy saw it too;
5. what still differs is a text change when both readings are confident and the pixels of that word
   differ too; otherwise it is a doubt for the officer to look at, never a mismatch on its own."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import NamedTuple

import cv2
import numpy as np

from desk_app.compare.evidence import margin_crop, page_blur, residual, word_evidence
from desk_app.compare.faded import faded_mark, taken_away, taken_mark
from desk_app.compare.marks import TONES, marks_changed, read_changed_mark, tone_of, with_tone
from desk_app.compare.plausible import plausible, plausible_beside, read_plausibly
from desk_app.compare.result import TextChange, TextDoubt
from desk_app.compare.text import changed_span
from desk_app.compare.words import (
    MOVED,
    Group,
    _text,
    align_line,
    base_letters,
    by_lines,
    group_words,
    key,
    map_words,
)
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
DOT_MASS = 10.0  # summed residual of a new dot below that names the copy's tone (a real one: 20)
SURE_MARK = 85.0  # both page readings at least this sure that a tone mark is gone (faded.py)
MAX_REREAD = 24  # groups read again per page (a wholly different page is flagged anyway)


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


def _crop(grey: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    crop, _corner = margin_crop(grey, box)
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
    """The re-read words that lie over the group's own box, not the context around it: beside it
    on its line, or the edge of the line above or below that the crop's margin takes in."""
    x, y, w, h = box
    pad_x, pad_y = max(12, int(1.2 * h)), max(6, h // 2)
    left = (x - max(0, x - pad_x)) * RESCALE
    right = left + w * RESCALE
    top = (y - max(0, y - pad_y)) * RESCALE
    bottom = top + h * RESCALE
    slack = 0.3 * h * RESCALE
    return [wd for wd in words if left - 4 <= wd.x + wd.w / 2 <= right + 4
            and top - slack <= wd.y + wd.h / 2 <= bottom + slack]


def _edge_only(before: str, after: str) -> bool:
    """One re-reading is the other with a word more at its start or end."""
    a, b = [key(t) for t in before.split() if key(t)], [key(t) for t in after.split() if key(t)]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return bool(short) and len(short) < len(long_) and (
        long_[:len(short)] == short or long_[-len(short):] == short)


def _touches(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return not (a[0] > b[0] + b[2] or b[0] > a[0] + a[2] or a[1] > b[1] + b[3]
                or b[1] > a[1] + a[3])


def _surer(page_word: Word, crop_words: list[Word], crop_text: str) -> str:
    crop_conf = min((w.conf for w in crop_words), default=0.0)
    if (key(page_word.text) and page_word.conf > crop_conf
            and base_letters(key(page_word.text)) == base_letters(key(crop_text))):
        return page_word.text
    return crop_text


class WordMarks(NamedTuple):
    """What the residual of one word pair shows of tone marks (`compare_words`' `marks`)."""

    orig: Word  # the original's word
    copy: Word  # the copy's word
    pixel_word: str | None  # the copy's word as its pixels read it when one tone mark changed
    seen: bool  # any mark-like blob at all, gone or new
    replaced: bool  # a mark-like blob gone and another new: a mark replaced
    new: bool  # a new mark-like blob
    gone: bool  # a mark-like blob gone
    taken: str | None = None  # the place-and-shape class of a mark gone with none new (faded.py)


def _marks_agree(before: str, after: str, found: WordMarks | None) -> bool:
    """The pixels tell the readings' story of the tone: a mark-like blob gone exactly when the
    original's word has a tone mark, and one new exactly when the copy's word has one (an i's
    dot that faded is ink gone where the readings say no mark went)."""
    if found is None or tone_of(before) == "several" or tone_of(after) == "several":
        return False
    return (found.new == (tone_of(after) != "none")
            and found.gone == (tone_of(before) != "none"))


def _word_pair(g: Group) -> tuple[Word, Word] | None:
    """The one word each side whose pixels can show a changed tone mark: the group's single words,
    or, in a group the readings chained over several words, the one pair that lies over each
    other and reads differently in its diacritics only."""
    if len(g.orig) == 1 and len(g.copy) == 1:
        return g.orig[0], g.copy[0]
    pairs = [(o, c) for o in g.orig for c in g.copy
             if min(o.x + o.w, c.x + c.w) - max(o.x, c.x) >= 0.5 * min(o.w, c.w)
             and key(o.text) and key(o.text) != key(c.text)
             and base_letters(key(o.text)) == base_letters(key(c.text))]
    return pairs[0] if len(pairs) == 1 else None


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
    text_height = float(np.median(heights))
    tall = 2.5 * text_height
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

    def marks(g: Group) -> WordMarks | None:
        """The marks of the single word each side, or of the one pair inside a chained group
        that reads differently in its diacritics only."""
        pair = _word_pair(g)
        if pair is None:
            return None
        single = len(g.orig) == 1 and len(g.copy) == 1
        box = g.side_box(False) if single else (pair[1].x, pair[1].y, pair[1].w, pair[1].h)
        found = residual(orig_aligned, copy_grey, box, blurs)
        if single and g.shift != (0, 0):
            moved = residual(orig_aligned, copy_grey, box, blurs, g.shift)
            if moved is not None and (found is None
                                      or np.abs(moved[0]).sum() < np.abs(found[0]).sum()):
                found = moved
        if found is None:
            return WordMarks(pair[0], pair[1], None, False, False, False, False)
        added, removed = marks_changed(found[0], text_height)
        seen = any(b.tone is not None for b in added + removed)
        replaced = bool(added and removed and added[0].tone is not None
                        and removed[0].tone is not None)
        return WordMarks(pair[0], pair[1], read_changed_mark(pair[0].text, found[0], text_height),
                         seen, replaced, any(b.tone is not None for b in added),
                         any(b.tone is not None for b in removed), taken_mark(added, removed))
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
        found_marks = marks(g) if mass >= DOUBT else None
        pixel_word = found_marks.pixel_word if found_marks else None
        marks_seen = found_marks.seen if found_marks else False
        if found_marks is not None and pixel_word is not None:
            # The pixels show one tone mark changed, and a reading of the copy (the page's or
            # the crop's) says the same word: two witnesses. A reading that only saw some
            # diacritic differ is a weaker one: then the pixels must also stand out from the
            # page's own level, and they name the mark (Tesseract misreads a blurred one).
            o_word, c_word = found_marks.orig, found_marks.copy
            single = len(g.orig) == 1 and len(g.copy) == 1
            readings = [t for t in ((c_word.text, after) if single else (c_word.text,)) if key(t)]
            same = [t for t in readings if key(t) == key(pixel_word)]
            # The pixels name the mark and put it where spelling wants it; a reading with that
            # mark on the same letters says which vowel carries it ("GÌA", not "GIÀ").
            placed = [t for t in readings if tone_of(key(t)) == tone_of(key(pixel_word))
                      and base_letters(key(t)) == base_letters(key(pixel_word))]
            saw = any(key(t) != key(o_word.text)
                      and base_letters(key(t)) == base_letters(key(o_word.text))
                      for t in readings)
            # With no mark on the original's word, nothing went to corroborate the new one, and
            # a toner speck under a letter is a dot: then the pixels must also stand out from
            # the page's own level.
            alone = tone_of(o_word.text) == "none"
            # (The pixels alone are not enough, even over a word that stands out from its page:
            # a speck over "Nam" made "Nàm" on a faithful copy; docs/compare.md, session 9.)
            if (same and (not alone or mass >= bar)) or (saw and mass >= bar):
                where = box if single else (c_word.x, c_word.y, c_word.w, c_word.h)
                changes.append(TextChange(o_word.text, (same or placed or [pixel_word])[0], where))
                continue
        if (found_marks is not None and found_marks.replaced and mass >= bar
                and len(g.orig) == 1 and len(g.copy) == 1 and first_o and first_o != first_c
                and base_letters(first_o) == base_letters(first_c)
                and tone_of(first_c) in TONES.values()
                and min(w.conf for w in g.orig + g.copy) >= SURE_CONF):
            # Both page readings are sure of a different tone, and the pixels show a mark gone
            # and another come in its place (a speck adds ink, it never takes a mark away). The
            # blob's shape cannot tell a blurred grave from a hook: the reading names it.
            changes.append(TextChange(g.orig[0].text, g.copy[0].text, box))
            continue
        if (found_marks is not None and len(g.orig) == 1 and len(g.copy) == 1
                and min(w.conf for w in g.orig + g.copy) >= SURE_MARK
                and taken_away(_text(g.orig), _text(g.copy), found_marks.taken, mass >= bar)):
            # Both page readings are sure the copy's word lacks the original's tone mark, and
            # its pixels show a mark's worth of ink gone at the mark's place and nothing new:
            # the mark was taken away, or put back where the new one hides in the old one's
            # place. (One that only faded keeps some ink: faded.py, below.)
            changes.append(TextChange(g.orig[0].text, g.copy[0].text, box))
            continue
        diacritic_only = bool(first_o) and base_letters(first_o) == base_letters(first_c)
        if diacritic_only and first_o != first_c and not marks_seen and len(g.orig) == 1:
            # Only a diacritic read differently, and no mark-like ink differs: OCR noise.
            if mass >= DOUBT:
                doubts.append(TextDoubt(_text(g.orig), _text(g.copy), box, "no_pixel_evidence"))
            continue
        if first_o == first_c and _edge_only(before, after):
            continue  # the crop took in a piece of the next word on one side only
        if key(before) == key(after):
            # Read again at a larger scale, the two agree: OCR noise, unless the page's reading
            # was sure of a difference the pixels show too (Tesseract reads a hook as an acute
            # as often at one scale as at another).
            page_sure = (first_o and first_c and first_o != first_c
                         and min(w.conf for w in g.orig + g.copy) >= SURE_CONF
                         and max(len(g.orig), len(g.copy)) <= 3)
            # A worn copy loses ink, it does not grow a mark: when the pixels show only ink gone
            # and the crop reads the copy as the original's word, the page's reading is not
            # believed alone (a faded dot read as no dot).
            faded = (found_marks is not None and not found_marks.new and key(after) == first_o)
            if page_sure and mass >= bar and not faded:
                changes.append(TextChange(_text(g.orig), _text(g.copy), box))
            elif page_sure and mass >= DOUBT:
                doubts.append(TextDoubt(_text(g.orig), _text(g.copy), box, "low_confidence"))
            continue
        if (first_o and first_c and first_o != first_c and key(before) != key(after)
                and base_letters(first_o) == base_letters(first_c) and mass >= STRONG
                and (mass >= bar or _marks_agree(first_o, first_c, found_marks))
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
                and base_letters(key(before)) == base_letters(key(after))):
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
    worded_changes = [_worded(t, orig_aligned, copy_grey, blurs, text_height) for t in changes]
    changes = []
    for t in worded_changes:
        # A mark only lost, its ink still faintly there: worn toner, not a change (faded.py).
        if faded_mark(t.before, t.after, orig_aligned, copy_grey, t.region, text_height):
            doubts.append(TextDoubt(t.before, t.after, t.region, "faded_mark"))
        else:
            changes.append(t)
    moved = [g.side_box(False) for g in groups if g.paired and abs(g.shift[0]) > MOVED]
    return TextFindings(changes, doubts, len(groups), len(suspects), moved)


def _worded(change: TextChange, orig_aligned: np.ndarray, copy_grey: np.ndarray,
            blurs: tuple[float, float], text_height: float) -> TextChange:
    """The change with a side that no Vietnamese text could hold read again (plausible.py), and
    a copy side read with no tone mark given the dot below its pixels show (below)."""
    before, after = change.before, change.after
    dpi = page_dpi(copy_grey.shape[1])
    if not plausible_beside(after, before):
        after = read_plausibly(copy_grey, change.region, dpi, after, before) or after
    if not plausible_beside(before, after):
        before = read_plausibly(orig_aligned, change.region, dpi, before, after) or before
    after = _dot_below(before, after, change.region, orig_aligned, copy_grey, blurs, text_height)
    return TextChange(before, after, change.region)


def _dot_below(before: str, after: str, box: tuple[int, int, int, int], orig_aligned: np.ndarray,
               copy_grey: np.ndarray, blurs: tuple[float, float], text_height: float) -> str:
    """A worn copy's dot below is the mark Tesseract loses most: it reads the bare letter ("MY"
    for "MỴ"). When a one-word change's copy side has no tone mark and the word's residual shows
    a dot-shaped blob new under it, clearly more ink than any other new mark-like blob, the dot
    is the copy's tone."""
    if (len(after.split()) != 1 or tone_of(after) != "none" or tone_of(before) == "dot"
            or base_letters(key(before)) != base_letters(key(after))):
        return after
    found = residual(orig_aligned, copy_grey, box, blurs)
    if found is None:
        return after
    added, _removed = marks_changed(found[0], text_height)
    marks = sorted((b for b in added if b.tone is not None), key=lambda b: -b.mass)
    if not marks or marks[0].tone != "dot" or marks[0].mass < DOT_MASS or (
            len(marks) > 1 and marks[1].mass * 2 > marks[0].mass):
        return after
    dotted = with_tone(after, "dot")
    return dotted if dotted and plausible(dotted) else after
