"""A reading that cannot be Vietnamese text is read again before it is shown.

A text change names the word on both sides. When Tesseract reads a worn copy's word as something no
Vietnamese text holds — a letter of another alphabet ("Trïnh": a diaeresis), two tone marks on one
syllable, a syllable no spelling makes, a date with month 19 — the change is real (the rules of
fulltext.py found it) but its wording is wrong, and the officer would be shown a word the paper does
not carry. That side's word is then read again from its pixels in a few ways (scales, grey or
binarised), and a plausible reading that at least two of them agree on replaces it.

Plausibility only: the other side's word is never a candidate, so a real change cannot be read
back into the original's word here (a reading equal to the other side's is dropped)."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np

from desk_app.compare.evidence import margin_crop
from desk_app.compare.marks import TONES, tone_of
from desk_app.compare.words import base_letters, key
from desk_app.ocr import tesseract

# The vowels' shapes Vietnamese writes (circumflex, breve, horn) on the vowels that take them,
# the five tone marks on any vowel, and đ: everything else with a diacritic is another language.
_SHAPED = {"a": "\u0302\u0306", "e": "\u0302", "o": "\u0302\u031b", "u": "\u031b"}
# A syllable without its diacritics (đ as d): onset, one to three vowels, a final consonant.
_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                       r"(ch|ng|nh|[cmnptk])?$")  # k: Đắk Lắk
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_EDGE = "\"'“”‘’.,;:!?()[]«»-–—"
# (scale, binarised) of each re-reading (Tesseract as one block of text: a change's box can take
# in part of the next line); grey crops keep a blurred copy's marks best
VARIANTS = ((2.0, False), (3.0, False), (4.0, False), (2.0, True))
AGREE = 2  # re-readings that must give the same plausible word
ID_DIGITS = 9  # a run of digits this long is an identity number (9 or 12 digits), not a count


def _letter_ok(ch: str) -> bool:
    parts = unicodedata.normalize("NFD", ch.lower())
    base, marks = parts[0], parts[1:]
    if base == "đ" or (base == "d" and not marks):
        return True
    if not ("a" <= base <= "z") or base in "fjwz" and marks:
        return False
    tones = [m for m in marks if m in TONES]
    shapes = [m for m in marks if m not in TONES]
    if tones and base not in "aeiouy":
        return False
    return len(tones) <= 1 and len(shapes) <= 1 and all(s in _SHAPED.get(base, "")
                                                         for s in shapes)


def plausible_word(token: str) -> bool:
    """Could this token stand in a Vietnamese administrative document?"""
    word = unicodedata.normalize("NFC", token).strip(_EDGE)
    if not word:
        return True
    date = _DATE.match(word)
    if date:
        day, month = int(date.group(1)), int(date.group(2))
        return 1 <= day <= 31 and 1 <= month <= 12
    if any(ch.isdigit() for ch in word):
        return not any(ch.isalpha() for ch in word)  # a number, an ID, a code; not "19GG"
    if not all(ch.isalpha() for ch in word):
        return True  # punctuation inside: a code or an abbreviation, not judged here
    if not all(_letter_ok(ch) for ch in word) or tone_of(word) == "several":
        return False
    if any(ch != ch.upper() for ch in word[1:]) and word[1:] != word[1:].lower():
        return False  # "TrÌnh": case does not change inside a word
    bare = base_letters(word).lower().replace("đ", "d")
    # abbreviations (CCCD, UBND) are written in capitals and carry no tone mark
    return bool(_SYLLABLE.match(bare)) or (word.isupper() and tone_of(word) == "none")


def plausible(text: str) -> bool:
    return all(plausible_word(t) for t in text.split())


def _digits(token: str) -> str | None:
    bare = token.strip(_EDGE)
    return bare if bare.isdigit() and len(bare) >= ID_DIGITS else None


def plausible_beside(text: str, other_side: str) -> bool:
    """`text` plausible, and each long number in it as long as the other side's at its place: an
    ID number has a fixed length (9 or 12 digits), so a copy's number with a digit more or less
    than the original's is a misreading, not an alteration anyone could pass off."""
    if not plausible(text):
        return False
    mine, theirs = text.split(), other_side.split()
    if len(mine) != len(theirs):
        return True
    for a, b in zip(mine, theirs, strict=True):
        da, db = _digits(a), _digits(b)
        if da is not None and db is not None and len(da) != len(db):
            return False
    return True


def _crop(grey: np.ndarray, box: tuple[int, int, int, int], scale: float, binarised: bool
          ) -> tuple[np.ndarray, tuple[float, float]]:
    """The box with a margin, scaled; returns the crop and the box's x range in it."""
    x, _y, w, _h = box
    crop, (x0, _y0) = margin_crop(grey, box)
    big = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    if binarised:
        blur = cv2.GaussianBlur(big, (0, 0), 1.0)
        _, big = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    border = 30
    big = np.pad(big, border, constant_values=255)
    return big, (border + (x - x0) * scale, border + (x - x0 + w) * scale)


def _read(grey: np.ndarray, box: tuple[int, int, int, int], dpi: int, scale: float,
          binarised: bool) -> str:
    crop, (left, right) = _crop(grey, box, scale, binarised)
    try:
        words = tesseract.words(crop, lang="vie", psm=6, dpi=int(dpi * scale), timeout=30)
    except tesseract.OcrFailed:
        return ""
    core = sorted((w for w in words if left - 4 <= w.x + w.w / 2 <= right + 4), key=lambda w: w.x)
    return " ".join(w.text for w in core)


def read_plausibly(grey: np.ndarray, box: tuple[int, int, int, int], dpi: int, reading: str,
                   other_side: str) -> str | None:
    """A plausible reading of the words in `box` that replaces the implausible `reading`: the
    one at least AGREE re-readings give, with as many words, differing from `other_side`. None
    when there is none (the reading stands, as Tesseract gave it)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        texts = list(pool.map(lambda v: _read(grey, box, dpi, *v), VARIANTS))
    size = len(reading.split())
    if size == 1 and _digits(other_side) is not None:
        # A number: the tokens of the right length wherever they stand in the crop's reading (a
        # box over a line and a half reads words of the next line around it).
        length = len(other_side.strip(_EDGE))
        texts = [next((w for w in t.split() if len(_digits(w) or "") == length), "")
                 for t in texts]
    votes = Counter(key(t) for t in texts
                    if t and plausible_beside(t, other_side) and len(t.split()) == size
                    and key(t) != key(other_side))
    if not votes:
        return None
    best, count = votes.most_common(1)[0]
    if count < AGREE:
        return None
    return next(t for t in texts if key(t) == best)
