"""A changed tone mark read from the word's pixels, where Tesseract cannot tell.

On a blurred 200 dpi copy Tesseract reads a hook as an acute, or a tilde as nothing, about as often
as a tone really changes, so the copy's reading alone cannot name a changed mark. The pixels can:
in the residual of a word (`evidence.residual`: the copy's ink less the original's, once copying
is accounted for) a changed mark leaves a blob of ink only in the copy (the new mark) and often one
only in the original (the old mark), each the size of a mark, above the letters or below them,
and nothing in the letters' own band. The blob's shape tells the mark: below the letters a dot
(nặng); above them, wider than tall a tilde (ngã), a stroke rising to the right an acute (sắc),
falling to the right a grave (huyền), else a hook (hỏi). The copy's word is then the original's
with that mark in place of its own."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import cv2
import numpy as np

TONES = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde",
         "\u0323": "dot"}
MARK_OF = {name: mark for mark, name in TONES.items()}
SHAPES = "\u0302\u0306\u031b"  # circumflex, breve, horn: part of the vowel, not its tone
VOWELS = "aeiouy"
INK = 0.22  # residual ink (0..1) that counts as a mark's
MIN_MASS = 3.0  # summed residual of a blob: less is a speck or the play of a stroke's edge


@dataclass(frozen=True)
class Blob:
    tone: str | None  # None: not where or not the size of a tone mark
    mass: float


def tone_of(word: str) -> str:
    """The word's tone: one of TONES' names, or "none" (a level tone)."""
    found = [TONES[ch] for ch in unicodedata.normalize("NFD", word) if ch in TONES]
    return found[0] if len(found) == 1 else "none" if not found else "several"


def with_tone(word: str, tone: str) -> str | None:
    """The word (one syllable) with its tone mark replaced by `tone` ("none" removes it), the mark
    on the vowel Vietnamese spelling puts it on; None if the word has no vowel to carry it."""
    chars = [ch for ch in unicodedata.normalize("NFD", word) if ch not in TONES]
    bases = [k for k, ch in enumerate(chars) if not unicodedata.combining(ch)]
    vowels = [k for k in bases if chars[k].lower() in VOWELS]
    # "qu" and "gi" before another vowel: the u and the i belong to the consonant.
    vowels = [k for n, k in enumerate(vowels)
              if not (n + 1 < len(vowels) and k > 0
                      and (chars[k - 1].lower(), chars[k].lower()) in (("q", "u"), ("g", "i")))]
    if not vowels:
        return None
    old = [k for k, ch in enumerate(unicodedata.normalize("NFD", word)) if ch in TONES]
    shaped = [k for k in vowels if k + 1 < len(chars) and chars[k + 1] in SHAPES]
    letters = [k for k in bases if chars[k].isalpha()]
    if shaped:
        at = shaped[-1]
    elif old:  # the same vowel as the old mark
        nfd = unicodedata.normalize("NFD", word)
        before_old = sum(1 for ch in nfd[:old[0]] if ch not in TONES and not unicodedata.combining(ch))
        at = max((k for k in vowels if bases.index(k) < before_old), default=vowels[-1])
    elif letters and letters[-1] not in vowels or len(vowels) == 1:
        at = vowels[-1]
    else:
        at = vowels[-2]
    if tone != "none":
        end = at + 1
        while end < len(chars) and unicodedata.combining(chars[end]):
            end += 1
        chars.insert(end, MARK_OF[tone])
    return unicodedata.normalize("NFC", "".join(chars))


# Where a blob's centre lies, as a share of the word crop's height: below BELOW it is under the
# letters (a dot), from LETTERS to BELOW in the letters' own band, above LETTERS over them.
LETTERS = 0.5
BELOW = 0.62


def mark_sized(w: int, h: int, height: float) -> bool:
    """A blob of w x h pixels no larger than a tone mark, for text `height` pixels high: a mark
    is at most about a third of it wide and high."""
    return w <= 0.35 * height + 2 and h <= 0.3 * height + 1


def _blobs(ink: np.ndarray, height: float) -> list[Blob]:
    """The blobs of one sign of the residual (ink only in one page), classified by place and
    shape. `height`: the page's text height in pixels (its words' median box height): a mark
    is at most about a third of it wide and high; anything larger is a letter or a speck's
    smear, not a mark."""
    binary = (ink > INK).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    rows, cols = ink.shape
    out = []
    for i in range(1, n):
        x, _y, w, h, _area = (int(v) for v in stats[i])
        ys, xs = np.nonzero(labels == i)
        weights = ink[ys, xs]
        mass = float(weights.sum())
        if mass < MIN_MASS:
            continue
        if x <= 1 or x + w >= cols - 1 or not mark_sized(w, h, height):
            out.append(Blob(None, mass))  # at the crop's edge, or bigger than a mark
            continue
        mx, my = np.average(xs, weights=weights), np.average(ys, weights=weights)
        vxx = float(np.average((xs - mx) ** 2, weights=weights))
        vyy = float(np.average((ys - my) ** 2, weights=weights))
        vxy = float(np.average((xs - mx) * (ys - my), weights=weights))
        place = my / rows
        if place > BELOW:
            tone: str | None = "dot"
        elif place >= LETTERS:
            tone = None  # in the letters' band: a letter changed, not a mark
        elif vxx >= 1.45 ** 2 * vyy:
            tone = "tilde"
        else:
            slant = vxy / np.sqrt(vxx * vyy + 1e-6)  # image rows grow downwards
            tone = "acute" if slant <= -0.3 else "grave" if slant >= 0.4 else "hook"
        out.append(Blob(tone, mass))
    return sorted(out, key=lambda b: -b.mass)


def marks_changed(rest: np.ndarray, height: float) -> tuple[list[Blob], list[Blob]]:
    """(blobs only in the copy, blobs only in the original) of a word's residual."""
    return _blobs(np.maximum(rest, 0), height), _blobs(np.maximum(-rest, 0), height)


def read_changed_mark(orig_text: str, rest: np.ndarray, height: float) -> str | None:
    """The copy's word as its pixels show it, when they show exactly one tone mark changed on the
    original's word `orig_text`: a new mark in the copy, the size and place of a mark and alone,
    and, if the original had a mark, that mark gone from the copy (a toner speck can add a
    mark-like dot, it never takes one away). None otherwise."""
    old = tone_of(orig_text)
    if old == "several" or not any(ch.isalpha() for ch in orig_text):
        return None
    added, removed = marks_changed(rest, height)
    if not added or added[0].tone is None or added[0].tone == old:
        return None
    if any(b.mass > 0.4 * added[0].mass for b in added[1:]):
        return None  # more than one new mark: not a single changed tone
    if old == "none":
        if removed and removed[0].mass > 0.6 * added[0].mass:
            return None  # ink gone where the original had no mark: something else changed
    elif not removed or removed[0].tone != old:
        return None  # the original's own mark must be what went (a speck adds, never removes)
    return with_tone(orig_text, added[0].tone)
