"""Citizen identity numbers: structure decoding and plausibility warnings."""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app import paths
from desk_app.domain.id_number import (
    BIRTH_YEAR_MISMATCH,
    CENTURY_MISMATCH,
    NOT_12_DIGITS,
    SEX_MISMATCH,
    UNKNOWN_PROVINCE,
    check_id_number,
    decode_id_number,
    provinces,
)

# Made-up numbers with a real structure (031 = Hải Phòng, 0 = male 1900s, 95 = 1995).
MALE_1995_HP = "031095001234"
FEMALE_2003_HN = "001303004567"


def test_province_table_has_the_63_provinces() -> None:
    table = provinces()
    assert len(table) == 63
    assert table["001"] == "Hà Nội"
    assert table["031"] == "Hải Phòng"
    assert table["079"] == "Thành phố Hồ Chí Minh"
    assert table["096"] == "Cà Mau"
    doc = json.loads(paths.resource("catalog", "cccd_provinces.json").read_text(encoding="utf-8"))
    assert "07/2016/TT-BCA" in doc["source"]
    assert all(len(code) == 3 and code.isdigit() for code in table)


def test_decode() -> None:
    info = decode_id_number(MALE_1995_HP)
    assert (info.province_code, info.sex, info.century, info.birth_year_2digits) == ("031", "male", 1900, 95)
    assert info.birth_year == 1995
    info = decode_id_number(FEMALE_2003_HN)
    assert (info.province_code, info.sex, info.birth_year) == ("001", "female", 2003)


@pytest.mark.parametrize(("digit", "sex", "century"), [
    ("0", "male", 1900), ("1", "female", 1900), ("2", "male", 2000), ("3", "female", 2000),
    ("4", "male", 2100), ("5", "female", 2100), ("6", "male", 2200), ("7", "female", 2200),
    ("8", "male", 1800), ("9", "female", 1800),
])
def test_fourth_digit_gives_sex_and_century(digit: str, sex: str, century: int) -> None:
    info = decode_id_number(f"079{digit}45000001")
    assert (info.sex, info.century) == (sex, century)


def test_a_consistent_number_has_no_warnings() -> None:
    assert check_id_number(MALE_1995_HP, date(1995, 4, 30), "Nam") == []
    assert check_id_number(FEMALE_2003_HN, date(2003, 1, 2), "Nữ") == []
    assert check_id_number(FEMALE_2003_HN, date(2003, 1, 2), "female") == []
    assert check_id_number("031 095 001 234") == []  # spaces as printed are tolerated


@pytest.mark.parametrize("number", ["", "03109500123", "0310950012345", "03109500123A", "０３１０９５００１２３４", "031-095-001234"])
def test_not_12_digits(number: str) -> None:
    assert check_id_number(number) == [NOT_12_DIGITS]
    with pytest.raises(ValueError):
        decode_id_number(number)


def test_unknown_province() -> None:
    assert check_id_number("003095001234") == [UNKNOWN_PROVINCE]  # 003 is not used
    assert check_id_number("099095001234") == [UNKNOWN_PROVINCE]


def test_sex_mismatch() -> None:
    assert check_id_number(MALE_1995_HP, sex="Nữ") == [SEX_MISMATCH]
    assert check_id_number(FEMALE_2003_HN, sex="male") == [SEX_MISMATCH]
    assert check_id_number(MALE_1995_HP, sex="không rõ") == []  # unknown text: no claim made


def test_century_and_year_mismatch() -> None:
    assert check_id_number(MALE_1995_HP, date(2095, 4, 30)) == [CENTURY_MISMATCH]
    assert check_id_number(MALE_1995_HP, date(1996, 4, 30)) == [BIRTH_YEAR_MISMATCH]
    assert check_id_number(MALE_1995_HP, date(2005, 1, 1), "Nữ") == [
        SEX_MISMATCH, CENTURY_MISMATCH, BIRTH_YEAR_MISMATCH]


@given(
    province=st.sampled_from(sorted(provinces())),
    birth=st.dates(date(1900, 1, 1), date(2099, 12, 31)),
    sex=st.sampled_from(["male", "female"]),
    serial=st.integers(0, 999_999),
)
def test_numbers_built_from_the_rule_always_pass(province: str, birth: date, sex: str, serial: int) -> None:
    digit = (birth.year // 100 - 19) * 2 + (sex == "female")
    number = f"{province}{digit}{birth.year % 100:02d}{serial:06d}"
    assert check_id_number(number, birth, sex) == []
    info = decode_id_number(number)
    assert info.birth_year == birth.year and info.sex == sex
