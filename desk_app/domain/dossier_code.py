"""Dossier codes (mã hồ sơ), versioned by the day the dossier was received.

Rules (docs/domain.md#dossier-codes):

* ``TT01_2018`` (Circular 01/2018/TT-VPCP Art. 19, up to 2025-06-30):
  ``AGENCYCODE-YYMMDD-XXXX``, e.g. ``000.17.22.H56-210531-0001``.
* ``TT03_2025`` (Circular 03/2025/TT-VPCP Art. 13, from 2025-07-01): same shape with the new
  agency code, e.g. ``H15.50.05.13-261008-0975``.
* ``TT03_2025_CENTRAL`` (Art. 13(3) as amended by Circular 04/2025, from 2026-01-25, nationally
  centralised services): ``DECIDINGAGENCY-YYMMDD-AAXXXX``, AA = 2 digits of the operating agency.

Serials never collide between counters of one agency working offline: each workstation has a slot
k in 0..9 set by the administrator (setting ``workstation_slot``), and the n-th dossier of the day
at slot k gets serial ``k*1000 + n`` with n in 1..999. Two slots' ranges are disjoint and a
workstation's own counter only grows, so no two codes are equal as long as no two counters of the
agency share a slot.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from db import outbox
from desk_app.errors import InputRefused

logger = logging.getLogger(__name__)

MAX_AGENCY_CODE = 35
SLOTS = range(10)
PER_SLOT = 999  # n in 1..999 per slot per day

_AGENCY_RE = re.compile(r"^[A-Z0-9]+(?:\.[A-Z0-9]+)*$")
_OPERATING_RE = re.compile(r"^[0-9]{2}$")
_CODE_RE = re.compile(r"^(?P<agency>[A-Z0-9.]+)-(?P<day>[0-9]{6})-(?P<serial>[0-9]{4,})$")


@dataclass(frozen=True)
class CodeRule:
    """One version of the dossier-code rule. `effective_from` is the first reception day it
    applies to; `centralised` rules apply only to nationally centralised services."""

    name: str
    effective_from: date
    centralised: bool
    legal_basis: str
    serial_digits: int = 4
    operating_prefix: bool = False  # AA: the 2-digit operating agency before the serial


TT01_2018 = CodeRule(
    name="TT01_2018", effective_from=date(2018, 5, 1), centralised=False,
    legal_basis="Thông tư 01/2018/TT-VPCP, Điều 19",
)
TT03_2025 = CodeRule(
    name="TT03_2025", effective_from=date(2025, 7, 1), centralised=False,
    legal_basis="Thông tư 03/2025/TT-VPCP, Điều 13",
)
TT03_2025_CENTRAL = CodeRule(
    name="TT03_2025_CENTRAL", effective_from=date(2026, 1, 25), centralised=True,
    legal_basis="Thông tư 03/2025/TT-VPCP, Điều 13 khoản 3 (sửa đổi bởi Thông tư 04/2025/TT-VPCP)",
    operating_prefix=True,
)


@dataclass(frozen=True)
class ParsedCode:
    agency_code: str  # the receiving agency, or the deciding agency for centralised codes
    day: date
    serial: int  # the day's serial without the operating-agency prefix
    operating_agency: str | None  # AA of centralised codes
    rule: str  # the rule version the code's shape and date fit

    @property
    def slot(self) -> int:
        return self.serial // 1000


def rule_for(day: date, centralised: bool = False) -> CodeRule:
    """The rule in force for a dossier received on `day`."""
    if centralised and day >= TT03_2025_CENTRAL.effective_from:
        return TT03_2025_CENTRAL
    if day >= TT03_2025.effective_from:
        return TT03_2025
    return TT01_2018


def validate_agency_code(code: str) -> str:
    """Returns the code if it is a valid agency electronic code (QĐ 20/2020 as amended by
    QĐ 09/2025: up to 35 characters of A-Z, 0-9 and dots, no empty segment); raises
    InputRefused("invalid_agency_code") otherwise."""
    if not isinstance(code, str) or not code or len(code) > MAX_AGENCY_CODE \
            or not _AGENCY_RE.fullmatch(code):
        raise InputRefused("invalid_agency_code", repr(code)[:60])
    return code


def format_code(
    rule: CodeRule,
    agency_code: str,
    day: date,
    serial: int,
    operating_agency: str | None = None,
) -> str:
    """The code text. For a centralised rule `agency_code` is the deciding agency and
    `operating_agency` the 2-digit AA part (required)."""
    validate_agency_code(agency_code)
    if serial < 1:
        raise ValueError("serial must be >= 1")
    digits = f"{serial:0{rule.serial_digits}d}"
    if rule.operating_prefix:
        if operating_agency is None or not _OPERATING_RE.fullmatch(operating_agency):
            raise InputRefused("invalid_operating_agency", repr(operating_agency)[:20])
        digits = operating_agency + digits
    elif operating_agency is not None:
        raise ValueError(f"rule {rule.name} has no operating-agency part")
    return f"{agency_code}-{day:%y%m%d}-{digits}"


def parse_code(code: str, centralised: bool | None = None) -> ParsedCode:
    """Splits a code into its parts; raises ValueError for anything that is not a code.

    The two 2025 shapes cannot be told apart by their text alone when the serial part has 6
    digits (AA + 4 digits, or a long plain serial). Pass `centralised` when known; otherwise a
    6-digit serial part on or after 2026-01-25 is read as AA + serial."""
    m = _CODE_RE.fullmatch(code.strip()) if isinstance(code, str) else None
    if not m:
        raise ValueError("not a dossier code")
    agency = m["agency"]
    try:
        validate_agency_code(agency)
    except InputRefused as exc:
        raise ValueError("bad agency code in dossier code") from exc
    day_text = m["day"]
    try:
        day = datetime.strptime(day_text, "%y%m%d").date()
    except ValueError as exc:
        raise ValueError("bad date in dossier code") from exc
    serial_text = m["serial"]
    central_shape = len(serial_text) >= 6 and day >= TT03_2025_CENTRAL.effective_from
    if centralised is None:
        centralised = central_shape and len(serial_text) == 6
    if centralised:
        if len(serial_text) < 6:
            raise ValueError("centralised code needs AA + at least 4 digits")
        operating: str | None = serial_text[:2]
        serial = int(serial_text[2:])
    else:
        operating = None
        serial = int(serial_text)
    if serial < 1:
        raise ValueError("serial 0 is not used")
    rule = rule_for(day, centralised)
    if centralised and not rule.centralised:
        raise ValueError("centralised code before its rule came into force")
    return ParsedCode(agency, day, serial, operating, rule.name)


def slot_serial(slot: int, n: int) -> int:
    """Serial of the n-th dossier of the day at workstation slot `slot`: slot*1000 + n.
    Raises InputRefused("serial_exhausted") past 999 dossiers a day at one slot."""
    if slot not in SLOTS:
        raise InputRefused("invalid_workstation_slot", str(slot))
    if n < 1:
        raise ValueError("n must be >= 1")
    if n > PER_SLOT:
        raise InputRefused("serial_exhausted", f"slot {slot}")
    return slot * 1000 + n


def counter_name(agency_code: str, day: date, slot: int) -> str:
    return f"serial:{agency_code}:{day:%y%m%d}:{slot}"


def allocate_code(
    session: Session,
    agency_code: str,
    slot: int,
    received_at: datetime,
    centralised: bool = False,
    operating_agency: str | None = None,
) -> tuple[str, str]:
    """Takes the next serial of this workstation slot for the reception day and returns
    (code, rule name). Runs inside the caller's transaction: if it rolls back, the serial is
    given back with it. For a centralised rule `agency_code` is the deciding agency."""
    validate_agency_code(agency_code)
    if slot not in SLOTS:
        raise InputRefused("invalid_workstation_slot", str(slot))
    day = received_at.date()
    rule = rule_for(day, centralised)
    name = counter_name(agency_code, day, slot)
    n = outbox.next_value(session, name)
    serial = slot_serial(slot, n)  # raises before anything is used; the caller rolls back
    op = operating_agency if rule.operating_prefix else None
    return format_code(rule, agency_code, day, serial, op), rule.name
