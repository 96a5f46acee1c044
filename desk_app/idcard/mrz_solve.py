"""Mending an MRZ reading with its own check digits.

The MRZ of a chip card checks itself several times over: the document number has a check digit
and is written twice (as itself and as the last nine digits of the 12-digit number), the birth
date and the expiry have one each, digit 4 of the number repeats the sex and the century, digits
5-6 the year of birth, and a composite check digit covers line 1's data and line 2's dates. OCR
of the bold monospace face confuses a few digits (0/6/8/9, 1/7, 3/8, 5/6) under glare or in low
light. Here every character may be read as one of its look-alikes at a cost of one, and the
readings that pass every check are kept; the number and birth date are taken only when exactly
one reading passes and the composite check digit was read and holds. Anything
else stays doubtful (the caller warns), never guessed.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from datetime import date

from desk_app.domain.id_number import provinces
from desk_app.idcard.mrz import MrzFields, check_digit, yymmdd_date

logger = logging.getLogger(__name__)

MAX_COST = 2  # look-alike substitutions allowed over the whole reading (3 lets chance pass)
LOOKALIKE = {"0": "689", "6": "0589", "8": "0369", "9": "086", "1": "7", "7": "1", "3": "8",
              "5": "6", "2": "7"}
_AS_DIGIT = str.maketrans({"O": "0", "D": "0", "Q": "0", "U": "0", "I": "1", "L": "1", "T": "7",
                           "Z": "2", "S": "5", "B": "8", "G": "6"})
_LINE1 = re.compile(r"[IT1L][DO0]VNM([0-9A-Z]{9})([0-9A-Z])([0-9A-Z]{3,12})")
_LINE2 = re.compile(r"([0-9A-Z]{6})([0-9A-Z])([MF<])([0-9A-Z<]{6})([0-9A-Z<])VNM([<KCLE]*)([0-9A-Z])?$")


@dataclass(frozen=True)
class Solved:
    number: str
    birth_yymmdd: str
    cost: int  # look-alike substitutions made


def _options(read: str) -> list[tuple[str, int]]:
    ch = read.translate(_AS_DIGIT)
    if not ch.isdigit():
        return [(d, 1) for d in "0123456789"] if ch == "<" else []
    return [(ch, 0)] + [(alt, 1) for alt in LOOKALIKE.get(ch, "")]


def _strings(reads: list[str], budget: int) -> Iterator[tuple[str, int]]:
    """Digit strings for `reads` (one character each) within `budget` substitutions."""
    if not reads:
        yield "", 0
        return
    for ch, cost in _options(reads[0]):
        if cost > budget:
            continue
        for rest, more in _strings(reads[1:], budget - cost):
            yield ch + rest, cost + more


def _tails(doc: str, full_tail: str, check: str) -> list[tuple[str, int]]:
    """The document number (the last nine digits, read twice) with its check digit holding; a
    digit differing from either copy costs one per copy."""
    out = []
    per_pos = []
    for a, b in zip(doc, full_tail, strict=True):
        options: dict[str, int] = {}
        for read in (a, b):
            for ch, _c in _options(read):
                options[ch] = (ch != a.translate(_AS_DIGIT)) + (ch != b.translate(_AS_DIGIT))
        per_pos.append(sorted(options.items(), key=lambda kv: kv[1]))
    checks = _options(check)

    def walk(i: int, head: str, cost: int) -> Iterator[tuple[str, int]]:
        if cost > MAX_COST:
            return
        if i == 9:
            yield head, cost
            return
        for ch, c in per_pos[i]:
            yield from walk(i + 1, head + ch, cost + c)

    for tail, cost in walk(0, "", 0):
        for chk, c in checks:
            if cost + c <= MAX_COST and check_digit(tail) == chk:
                out.append((tail, cost + c))
    return out


def _dated(read: str, check: str, budget: int) -> list[tuple[str, int]]:
    """YYMMDD plus its check digit, a real date, within `budget` substitutions."""
    out = []
    for digits, cost in _strings(list(read), budget):
        if yymmdd_date(digits, 2000) is None:
            continue
        for ch, c in _options(check):
            if cost + c <= budget and check_digit(digits) == ch:
                out.append((digits + ch, cost + c))
    return out


def solve_td1(rows: list[str], known_provinces: Collection[str],
              today: date | None = None) -> Solved | None:
    """The one reading of the number and birth date that passes every check at the lowest cost,
    from one OCR reading's rows; None when there is none, more than one, or the composite check
    digit was not read."""
    m1 = next((m for m in map(_LINE1.search, rows) if m), None)
    m2 = next((m for m in map(_LINE2.search, rows) if m), None)
    if m1 is None or m2 is None or not m2.group(7):
        return None
    doc, check, full = m1.groups()
    born_read, born_check, sex, exp_read, exp_check, _fill, composite_read = m2.groups()
    composite = composite_read.translate(_AS_DIGIT)
    if not composite.isdigit():
        return None
    today = today or date.today()
    # a copy of the nine digits cut short by glare: the document number stands for both
    tails = _tails(doc, full[3:] if len(full) == 12 else doc, check)
    prefixes = [(p, c) for p, c in _strings(list(full[:3]), 2) if p in known_provinces]
    births = _dated(born_read, born_check, 2)
    if exp_read == "<<<<<<":
        expiries = [("<<<<<<<", 0)] if exp_check in "<KCLE" else []
    else:
        expiries = _dated(exp_read, exp_check, 1)
    found: list[tuple[int, str, str]] = []
    for tail, c_tail in tails:
        d4 = int(tail[0])
        if d4 > 3 or (sex == "M" and d4 % 2) or (sex == "F" and d4 % 2 == 0):
            continue
        century = 1900 if d4 < 2 else 2000
        for born, c_born in births:
            if c_tail + c_born > MAX_COST or born[:2] != tail[1:3]:
                continue
            try:
                if date(century + int(born[:2]), int(born[2:4]), int(born[4:6])) > today:
                    continue
            except ValueError:
                continue
            for prefix, c_pre in prefixes:
                for exp, c_exp in expiries:
                    cost = c_tail + c_born + c_pre + c_exp
                    if cost > MAX_COST:
                        continue
                    line1 = f"{tail}{check_digit(tail)}{prefix}{tail}<<<"
                    body = born + exp + "<" * 11
                    if check_digit(line1 + body) == composite:
                        found.append((cost, prefix + tail, born[:6]))
    if not found:
        return None
    # Unique among every reading within MAX_COST, not only the cheapest: each check digit
    # passes a wrong reading one time in ten, and a second way through means the checks
    # cannot tell.
    winners = {(n, b) for _c, n, b in found}
    if len(winners) != 1:
        return None
    number, born = winners.pop()
    return Solved(number, born, min(c for c, _n, _b in found))


def solved_fields(fields: MrzFields, readings: list[list[str]]) -> tuple[MrzFields, bool]:
    """A check digit still broken after every reading: each reading mended by look-alike digits
    until all its check digits hold (mrz_solve); taken only where it agrees with what a check
    digit already confirmed. Returns the fields and whether a digit was mended: a mended value
    is the likelier one, still shown as doubtful (a mod-10 check passes a wrong reading one time
    in ten)."""
    if fields.number_checked and fields.birth_checked:
        return fields, False
    known = set(provinces())
    for texts in readings:
        rows = [re.sub(r"[^A-Z0-9<]", "", t.upper().replace(" ", "").replace("«", "<<"))
                for t in texts]
        solved = solve_td1(rows, known)
        if solved is None:
            continue
        if fields.number_checked and fields.number != solved.number:
            continue
        if fields.birth_checked and fields.birth_yymmdd != solved.birth_yymmdd:
            continue
        sure = solved.cost == 0
        logger.debug("MRZ mended with %d look-alike digits", solved.cost)
        return replace(fields, number=solved.number,
                       number_checked=sure or (fields.number_checked
                                               and fields.number == solved.number),
                       birth_yymmdd=solved.birth_yymmdd,
                       birth_checked=sure or fields.birth_checked), not sure
    return fields, False
