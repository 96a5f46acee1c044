"""Plausibility checks of a citizen identity number (số định danh cá nhân, printed on the CCCD).

Structure (Decree 137/2015/NĐ-CP Art. 13, Circular 07/2016/TT-BCA Art. 7;
docs/domain.md#the-citizen-identity-card):
12 digits, no check digit. Digits 1-3: the province (or country) where the birth was
registered; digit 4: sex and century (0/1 = male/female born 1900-1999, 2/3 = 2000-2099,
4/5 = 2100-2199, 6/7 = 2200-2299, 8/9 = 1800-1899; even = male); digits 5-6: the last two digits
of the birth year; digits 7-12: a random serial.

The checks return warning codes, never raise: the officer decides. No function here logs the
number.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from desk_app import paths
from desk_app.domain.text import fold

logger = logging.getLogger(__name__)

NOT_12_DIGITS = "not_12_digits"
UNKNOWN_PROVINCE = "unknown_province"
SEX_MISMATCH = "sex_mismatch"
CENTURY_MISMATCH = "century_mismatch"
BIRTH_YEAR_MISMATCH = "birth_year_mismatch"

# digit 4 // 2 -> first year of the century
_CENTURY_START = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}


@dataclass(frozen=True)
class IdInfo:
    province_code: str  # "001" .. "096" (or a country code for births registered abroad)
    sex: str  # "male" / "female"
    century: int  # first year of the century of birth: 1800, 1900, 2000, ...
    birth_year_2digits: int

    @property
    def birth_year(self) -> int:
        return self.century + self.birth_year_2digits


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """3-digit code -> province name, from resources/catalog/cccd_provinces.json."""
    data = json.loads(paths.resource("catalog", "cccd_provinces.json").read_text(encoding="utf-8"))
    return {row["code"]: row["name"] for row in data["provinces"]}


def _digits(number: str) -> str:
    return "".join(number.split()) if isinstance(number, str) else ""


def decode_id_number(number: str) -> IdInfo:
    """The parts of a 12-digit number. Raises ValueError if it is not 12 digits."""
    digits = _digits(number)
    if len(digits) != 12 or not digits.isascii() or not digits.isdigit():
        raise ValueError(NOT_12_DIGITS)
    d4 = int(digits[3])
    return IdInfo(
        province_code=digits[:3],
        sex="male" if d4 % 2 == 0 else "female",
        century=_CENTURY_START[d4 // 2],
        birth_year_2digits=int(digits[4:6]),
    )


def _norm_sex(sex: str | None) -> str | None:
    if sex is None:
        return None
    key = fold(sex)
    if key in {"male", "m", "nam"}:
        return "male"
    if key in {"female", "f", "nu"}:
        return "female"
    return None


def check_id_number(
    number: str, birth_date: date | None = None, sex: str | None = None
) -> list[str]:
    """Warning codes for `number`, cross-checked against the birth date and sex printed on the
    card when given. An empty list means nothing looks wrong (it does not prove the number
    exists). `sex` accepts male/female or Nam/Nữ."""
    try:
        info = decode_id_number(number)
    except ValueError:
        return [NOT_12_DIGITS]
    warnings: list[str] = []
    if info.province_code not in provinces():
        warnings.append(UNKNOWN_PROVINCE)
    wanted_sex = _norm_sex(sex)
    if wanted_sex is not None and wanted_sex != info.sex:
        warnings.append(SEX_MISMATCH)
    if birth_date is not None:
        if birth_date.year // 100 * 100 != info.century:
            warnings.append(CENTURY_MISMATCH)
        if birth_date.year % 100 != info.birth_year_2digits:
            warnings.append(BIRTH_YEAR_MISMATCH)
    return warnings
