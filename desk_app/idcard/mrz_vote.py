"""The MRZ voted across its readings by its check digits.

Every reading of the zone (plain, thresholded, at other scales) slips on different glyphs: under
glare one reads a 0 as 9 in the birth date, another in the number's province code. No single
reading then passes its checks, and mending one reading with look-alike digits runs out of its
budget. Here each position takes the digits that any reading gave there, and the combination is
kept that passes every check at once: the document number's check digit, the birth date's and
the expiry's, the composite check digit of line 2, a known province code, digit 4 against the
sex and digits 5-6 against the year of birth, a real birth date not in the future. Every digit
kept was read by Tesseract somewhere (a value the zone prints twice is voted over both copies:
the document number and the number's last nine digits, the year of birth and the number's
digits 5-6, the birth date's month and day and the expiry's, since a card runs to a
birthday), but for at most one look-alike (0/6/8/9, 1/7, 3/8, 5/6,
2/7) that no reading gave. When several combinations pass, the one the readings support most
(the count of readings giving each of its digits) is taken if it stands alone at the top. It is
given without doubt only when it passes alone, nothing was invented and the combinations tried
were few (each mod-10 check lets a wrong combination through one time in ten); otherwise it is
the likelier value, shown as doubtful.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from desk_app.idcard.mrz import check_digit, yymmdd_date
from desk_app.idcard.mrz_solve import LOOKALIKE

_AS_DIGIT = str.maketrans({"O": "0", "D": "0", "Q": "0", "U": "0", "I": "1", "L": "1", "T": "7",
                           "Z": "2", "S": "5", "B": "8", "G": "6"})
# line 1 anchored on its right: the 12-digit number runs up to the fillers, so a digit dropped
# or doubled in the document number does not shift it
_LINE1 = re.compile(r"[DO0]VNM([0-9A-Z]*?)([0-9A-Z])([0-9A-Z]{12})(?:[<KCLE]|$)")
_LINE2 = re.compile(r"([0-9A-Z]{6})([0-9A-Z])([MF])([0-9A-Z<]{6})([0-9A-Z<])V[A-Z]?N[MW]"
                    r"[<KCLE]*([0-9A-Z])$")
MAX_TRIED = 4096  # combinations of one field beyond which the readings are too far apart
SURE_TRIED = 16  # at most this many combinations tried in all: the answer is given without doubt


@dataclass(frozen=True)
class Voted:
    number: str
    birth_yymmdd: str
    sure: bool


@dataclass
class _Slots:
    """Per position, the characters the readings gave (as digits where a letter stands for one)."""
    prefix: list[Counter[str]]
    tail: list[Counter[str]]
    check: set[str]
    born: list[Counter[str]]
    born_check: set[str]
    sex: Counter[str]
    exp: list[Counter[str]]
    exp_check: set[str]
    composite: set[str]


def _digits(text: str) -> str:
    return text.translate(_AS_DIGIT)


def _slots(readings: Iterable[list[str]]) -> _Slots | None:
    s = _Slots([Counter() for _ in range(3)], [Counter() for _ in range(9)], set(),
               [Counter() for _ in range(6)], set(), Counter(), [Counter() for _ in range(6)],
               set(), set())
    lines1 = lines2 = 0
    for texts in readings:
        rows = [re.sub(r"[^A-Z0-9<]", "", t.upper().replace(" ", "").replace("«", "<<"))
                for t in texts]
        m1 = next((m for m in map(_LINE1.search, rows) if m), None)
        if m1 is not None and _digits(m1.group(3)).isdigit() \
                and _copies_agree(_digits(m1.group(1)), _digits(m1.group(3))[3:]):
            lines1 += 1
            doc, check, full = (_digits(g) for g in m1.groups())
            for k in range(3):
                s.prefix[k][full[k]] += 1
            for k in range(9):
                s.tail[k][full[3 + k]] += 1
                if len(doc) == 9 and doc[k].isdigit():
                    s.tail[k][doc[k]] += 1
            if check.isdigit():
                s.check.add(check)
            # digits 5-6 of the number are the year of birth: another copy of it
            for k in range(2):
                s.born[k][full[4 + k]] += 1
        m2 = next((m for m in map(_LINE2.search, rows) if m), None)
        if m2 is not None:
            born, born_check, sex, exp, exp_check, composite = m2.groups()
            born = _digits(born)
            if not born.isdigit():
                continue
            lines2 += 1
            for k in range(6):
                s.born[k][born[k]] += 1
            s.born_check.add(_digits(born_check))
            s.sex[sex] += 1
            if exp.strip("<KCLE"):
                exp = _digits(exp)
                for k in range(6):
                    s.exp[k][exp[k]] += 1
                # a card is valid until a birthday (the 25th, 40th or 60th): the expiry's
                # month and day are the birth date's, one more copy of each
                for k in range(2, 6):
                    s.exp[k][born[k]] += 1
                    s.born[k][exp[k]] += 1
                s.exp_check.add(_digits(exp_check))
            else:
                s.exp_check.add("<")
            s.composite.add(_digits(composite))
    if lines1 < 2 or lines2 < 2:
        return None  # one reading alone is the look-alike solver's
    return s


def _copies_agree(doc: str, tail: str) -> bool:
    """The line's two copies of the document number line up: a digit read twice or dropped in
    the first copy is allowed (the second, anchored on the fillers, is then where it should
    be), but not one in the second copy, which would shift it."""
    if len(doc) == 9:
        return True
    if len(doc) == 10:
        shorter = [doc[:k] + doc[k + 1:] for k in range(10)]
    elif len(doc) == 8:
        shorter = [doc[:k] + tail[k] + doc[k:] for k in range(9)]
    else:
        return False
    return any(sum(a != b for a, b in zip(d, tail, strict=True)) <= 1 for d in shorter)


def _count(slots: list[Counter[str]]) -> int:
    n = 1
    for options in slots:
        n *= max(len(options), 1)
    return n


def _product(slots: list[Counter[str]], budget: int = 0) -> Iterable[tuple[str, int, int]]:
    """Strings of one character per slot: (string, look-alikes invented, support)."""
    if not slots:
        yield "", 0, 0
        return
    options = [(ch, 0, n) for ch, n in slots[0].items()]
    if budget:
        seen = set(slots[0])
        options += [(alt, 1, 0) for ch in seen for alt in LOOKALIKE.get(ch, "") if alt not in seen]
    for ch, cost, n in options:
        for rest, more, support in _product(slots[1:], budget - cost):
            yield ch + rest, cost + more, n + support


def vote_td1(readings: list[list[str]], known_provinces: Collection[str],
             today: date | None = None) -> Voted | None:
    """The number and birth date that the readings' digits, position by position, make pass
    every check of the zone; None when none does, or several with the same support."""
    s = _slots(readings)
    if s is None or not s.sex or not s.composite:
        return None
    sizes = [_count(s.tail), _count(s.prefix), _count(s.born), _count(s.exp)]
    if max(sizes) > MAX_TRIED or any(not o for o in s.tail + s.prefix + s.born):
        return None
    today = today or date.today()
    sex = s.sex.most_common(1)[0][0]
    tails = [t for t in _product(s.tail, 1) if check_digit(t[0]) in s.check]
    prefixes = [p for p in _product(s.prefix, 1) if p[0] in known_provinces]
    births = [b for b in _product(s.born, 1) if check_digit(b[0]) in s.born_check]
    if "<" in s.exp_check or not all(s.exp):
        expiries = [("<<<<<<<", 0)] if "<" in s.exp_check else []
    else:
        expiries = [(e + check_digit(e), c) for e, c, _n in _product(s.exp, 1)
                    if check_digit(e) in s.exp_check]
    winners: dict[tuple[str, str], tuple[int, int]] = {}  # -> (invented, support)
    for tail, c_tail, n_tail in tails:
        d4 = int(tail[0])
        if d4 > 3 or (sex == "M") == (d4 % 2 == 1):
            continue
        century = 1900 if d4 < 2 else 2000
        for born, c_born, n_born in births:
            real = yymmdd_date(born, century)
            if born[:2] != tail[1:3] or real is None or real > today or c_tail + c_born > 1:
                continue
            for prefix, c_pre, n_pre in prefixes:
                line1 = f"{tail}{check_digit(tail)}{prefix}{tail}<<<"
                for exp, c_exp in expiries:
                    if exp[0] != "<" and exp[2:6] != born[2:6] and born[2:6] != "0229":
                        continue
                    cost = c_tail + c_born + c_pre + c_exp
                    body = born + check_digit(born) + exp + "<" * 11
                    if cost <= 1 and check_digit(line1 + body) in s.composite:
                        key = (prefix + tail, born)
                        winners[key] = min(winners.get(key, (9, 0)), (cost, -(n_tail + n_born + n_pre)))
    if not winners:
        return None
    ranked = sorted(winners.items(), key=lambda kv: (kv[1][1], kv[1][0]))
    if len(ranked) > 1 and ranked[1][1][1] == ranked[0][1][1]:
        return None  # the readings support two answers alike: the checks cannot tell
    (number, born), (invented, _support) = ranked[0]
    tried = sizes[0] * sizes[1] * sizes[2] * sizes[3]
    sure = (len(ranked) == 1 and not invented and tried <= SURE_TRIED
            and len(s.check) == len(s.born_check) == len(s.composite) == 1)
    return Voted(number, born, sure)
