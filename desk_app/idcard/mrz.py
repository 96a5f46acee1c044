"""The machine-readable zone on the back of the chip identity card (ICAO 9303 TD1: three lines of
30 characters). For Vietnamese cards the document number is the last 9 digits of the personal
number and the optional data of line 1 holds the whole 12-digit number [practice]; line 2 holds
the birth date (YYMMDD), the sex and the expiry, each date with its check digit; line 3 the name
without diacritics.

The check digits make the MRZ self-verifying: a digit misread by OCR almost always breaks one.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

logger = logging.getLogger(__name__)

_WEIGHTS = (7, 3, 1)
MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


def check_digit(field: str) -> str:
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            value = int(ch)
        elif ch.isalpha():
            value = ord(ch) - 55
        else:
            value = 0
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


def build_td1(number: str, birth: date, sex: str, expiry: date | None, surname_given: str) -> list[str]:
    """The three MRZ lines of a card (for the card generator)."""
    doc = number[3:]
    line1 = f"IDVNM{doc}{check_digit(doc)}{number}<<"
    line1 = (line1 + "<" * 30)[:30]
    born = birth.strftime("%y%m%d")
    exp = expiry.strftime("%y%m%d") if expiry else "<<<<<<"
    exp_check = check_digit(exp) if expiry else "<"
    body = f"{born}{check_digit(born)}{'M' if sex == 'male' else 'F'}{exp}{exp_check}VNM"
    body = (body + "<" * 29)[:29]
    composite = check_digit(line1[5:30] + body[0:7] + body[8:15] + body[18:29])
    line2 = body + composite
    name = re.sub(r"[^A-Z ]", "", surname_given.upper()).split()
    line3 = (f"{name[0]}<<{'<'.join(name[1:])}" + "<" * 30)[:30] if name else "<" * 30
    return [line1, line2, line3]


@dataclass(frozen=True)
class MrzFields:
    number: str | None
    number_checked: bool  # the document-number check digit held
    number_check: str | None  # the check digit as read
    doc: str | None  # the 9-character document number as read
    birth_yymmdd: str | None
    birth_checked: bool
    sex: str | None
    name: str | None  # upper case, no diacritics
    name_doubt: bool = False  # line 3 was mended (a filler misread, a digit, a syllable unlike Vietnamese)


_FIX_DIGITS = str.maketrans({"O": "0", "D": "0", "Q": "0", "I": "1", "L": "1", "Z": "2",
                             "S": "5", "B": "8", "G": "6"})


_FIX_LETTERS = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"})


def parse_td1(lines: list[str]) -> MrzFields | None:
    """The fields of OCR'd MRZ lines (any noise around them), or None when no line 1 is seen."""
    rows = [re.sub(r"[^A-Z0-9<]", "", ln.upper().replace(" ", "").replace("«", "<<")) for ln in lines]
    number = None
    checked = False
    number_check = None
    doc_read = None
    born = None
    born_ok = False
    sex = None
    name = None
    name_doubt = False
    for i, row in enumerate(rows):
        m = re.search(r"[IT1L][DO0]VNM([0-9A-Z]{9})([0-9A-Z])([0-9A-Z]{12})", row)
        if m and number is None:
            doc, check, full = (g.translate(_FIX_DIGITS) for g in m.groups())
            if full.isdigit():
                number, number_check, doc_read = full, check, doc
                checked = doc.isdigit() and check_digit(doc) == check and full[3:] == doc
            continue
        m2 = re.search(r"([0-9A-Z]{6})([0-9A-Z])([MF<])([0-9A-Z<]{6})([0-9A-Z<])V[A-Z]?NM", row)
        if m2 and born is None:
            yymmdd, check = m2.group(1).translate(_FIX_DIGITS), m2.group(2).translate(_FIX_DIGITS)
            if yymmdd.isdigit():
                born = yymmdd
                born_ok = check_digit(yymmdd) == check
            sex = {"M": "male", "F": "female"}.get(m2.group(3))
            if i + 1 < len(rows) and len(rows[i + 1]) >= 6:
                name, name_doubt = mrz_name(rows[i + 1])
    if number is None and born is None:
        return None
    return MrzFields(number, checked, number_check, doc_read, born, born_ok, sex, name, name_doubt)


# A Vietnamese syllable without its diacritics: onset, one to three vowels, a final consonant.
# Line 3 has no check digit; this is what tells a name read right from one read wrong.
_SYLLABLE = re.compile(r"^(NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPRSTVX])?[AEIOUY]{1,3}"
                       r"(CH|NG|NH|[CMNPT])?$")
# what OCR makes of the filler "<" in a bold monospace face
_FILLER_LOOKALIKES = "KCLE"


def is_syllable(word: str) -> bool:
    return bool(_SYLLABLE.match(word))


def _segment(part: str) -> tuple[list[str], int] | None:
    """`part` cut into Vietnamese syllables, dropping the fewest filler look-alikes between them
    (then the fewest syllables); None when no cut works."""
    n = len(part)
    best: list[tuple[int, int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, 0, [])
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        drops, count, words = here
        options: list[tuple[int, tuple[int, int, list[str]]]] = []
        if part[i] in _FILLER_LOOKALIKES:
            options.append((i + 1, (drops + 1, count, words)))
        for j in range(i + 1, min(n, i + 7) + 1):
            if is_syllable(part[i:j]):
                options.append((j, (drops, count + 1, words + [part[i:j]])))
        for j, cand in options:
            old = best[j]
            if old is None or cand[:2] < old[:2]:
                best[j] = cand
    end = best[n]
    return None if end is None else (end[2], end[0])


def mrz_name(row: str) -> tuple[str | None, bool]:
    """The name of MRZ line 3 (`SURNAME<<GIVEN<NAMES<<<`) as words, and whether it is in doubt:
    a digit where a letter must be, a filler read as a letter, two syllables run together, or a
    word that is no Vietnamese syllable."""
    letters = row.translate(_FIX_LETTERS)
    doubt = letters != row
    words: list[str] = []
    for part in (p for p in letters.split("<") if p):
        if is_syllable(part):
            words.append(part)
            continue
        cut = _segment(part)
        doubt = True
        if cut is None:
            words.append(part)
        elif cut[0]:
            words.extend(cut[0])
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return (" ".join(words) or None), True
    return " ".join(words), doubt


def yymmdd_date(yymmdd: str, century: int) -> date | None:
    """The date YYMMDD names in that century; None when it names none (a 31 February)."""
    try:
        return date(century + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:]))
    except ValueError:
        return None


def birth_date_from(yymmdd: str, century: int | None) -> date | None:
    """YYMMDD with the century told by the number's digit 4 (or, without it, the nearest past)."""
    if century is None:
        century = 2000 if 2000 + int(yymmdd[:2]) <= date.today().year else 1900
    found = yymmdd_date(yymmdd, century)
    return found if found is not None and found <= date.today() else None


# digits a bold monospace face lets OCR confuse
_CONFUSABLE = {"0": "689", "6": "058", "8": "063", "9": "08", "1": "7", "7": "1", "3": "8",
               "5": "6"}


def repair_number(number: str, check: str) -> str | None:
    """The one number, differing from `number` in a single confusable digit of its last nine
    (the document number) at which the check digit holds; None when there is not exactly one.
    The same slip in both copies of line 1 (document number and optional data) is common:
    both copies come from the same glyphs."""
    doc = number[3:]
    found = set()
    for i, ch in enumerate(doc):
        for alt in _CONFUSABLE.get(ch, ""):
            cand = doc[:i] + alt + doc[i + 1:]
            if check_digit(cand) == check:
                found.add(number[:3] + cand)
    return found.pop() if len(found) == 1 else None


def repair_province(number: str, known: set[str] | frozenset[str]) -> str | None:
    """The one number whose first three digits (the province of birth registration, outside
    the check digit) differ from `number`'s in a single confusable digit and are a known
    province code; None when there is not exactly one."""
    head = number[:3]
    found = {head[:i] + alt + head[i + 1:] for i, ch in enumerate(head)
             for alt in _CONFUSABLE.get(ch, "") if head[:i] + alt + head[i + 1:] in known}
    return found.pop() + number[3:] if len(found) == 1 else None


def vote_number(readings: list[MrzFields]) -> str | None:
    """Line 1 holds the last nine digits twice (document number and optional data); two OCR
    readings give four copies. Of the combinations of the digits seen at each position, the one
    whose check digit holds, if exactly one does."""
    copies = []
    checks = set()
    prefix = None
    for r in readings:
        if r.number is None:
            continue
        prefix = prefix or r.number[:3]
        copies.append(r.number[3:])
        if r.doc and r.doc.isdigit():
            copies.append(r.doc)
        if r.number_check and r.number_check.isdigit():
            checks.add(r.number_check)
    if prefix is None or not copies or not checks:
        return None
    options = [sorted({c[i] for c in copies}) for i in range(9)]
    combos = 1
    for o in options:
        combos *= len(o)
    if combos > 4096:
        return None
    found: set[str] = set()
    stack = [""]
    while stack:
        head = stack.pop()
        if len(head) == 9:
            if check_digit(head) in checks:
                found.add(prefix + head)
            continue
        stack.extend(head + d for d in options[len(head)])
    return found.pop() if len(found) == 1 else None
