"""ID-card reading on generated photos, with the real Tesseract (vie) and the real zbar."""
from __future__ import annotations

import random
from datetime import date

import pytest

from desk_app.demo.id_cards import fake_person, make_sample, photograph, random_params, render_card
from desk_app.idcard.ocr_fields import find_date, find_number, find_sex
from desk_app.idcard.qr import parse_payload
from desk_app.idcard.reader import read_id_card


def _truth_fields(sample) -> dict[str, object]:  # type: ignore[no-untyped-def]
    t = sample.truth()
    return {k: t[k] for k in ("number", "name", "birth_date", "sex", "residence")}


@pytest.mark.parametrize("layout", ["2021", "2024"])
def test_card_with_qr_is_read_from_the_qr_exactly(layout: str) -> None:
    sample, photo = make_sample(31, layout=layout, with_qr=True)
    result = read_id_card(photo)
    assert result.source == "qr"
    got = result.to_json()
    assert {k: got[k] for k in _truth_fields(sample)} == _truth_fields(sample)
    assert result.warnings == []


@pytest.mark.parametrize("layout,seed", [("2021", 2018), ("2024", 2003)])
def test_card_without_qr_ocr_reads_number_and_birth_date(layout: str, seed: int) -> None:
    sample, photo = make_sample(seed, layout=layout, with_qr=False, hard=False)
    result = read_id_card(photo)
    assert result.source == "ocr"
    assert result.number == sample.person.number
    assert result.birth_date == sample.person.birth_date
    assert result.sex == sample.person.sex
    assert not result.doubted("number") and not result.doubted("birth_date")


def test_printed_birth_year_contradicting_the_number_is_warned() -> None:
    sample, photo = make_sample(12, with_qr=False, printed_birth_shift=3)
    result = read_id_card(photo)
    assert result.birth_date == sample.printed_birth
    assert "birth_year_mismatch" in result.warnings
    assert result.doubted("birth_date") and result.doubted("number")


def test_qr_disagreeing_with_the_printed_front_is_warned() -> None:
    # a genuine code on a front whose birth date was altered
    sample, photo = make_sample(11, with_qr=True, printed_birth_shift=3, hard=False)
    result = read_id_card(photo)
    assert result.source == "qr"
    assert result.birth_date == sample.person.birth_date
    assert "qr_ocr_disagree" in result.warnings


def test_upside_down_card_and_bare_scan() -> None:
    rng = random.Random(5)
    person = fake_person(rng)
    card = render_card(person, "2021", with_qr=False)
    scan = read_id_card(card)  # a scan cropped to the card: no desk around it
    assert (scan.number, scan.birth_date) == (person.number, person.birth_date)
    params = random_params(rng, hard=False)
    params.flipped = True
    upside_down = read_id_card(photograph(card, params, rng))
    assert upside_down.number == person.number
    assert upside_down.birth_date == person.birth_date


def test_photo_without_a_card_gives_nothing_but_warnings() -> None:
    from PIL import Image

    result = read_id_card(Image.new("RGB", (800, 600), (120, 90, 60)))
    assert result.number is None and result.birth_date is None
    assert {"id_number_unreadable", "birth_date_unreadable"} <= set(result.warnings)


def test_parsers() -> None:
    assert find_number("số / No.: 0461 55876084") == "046155876084"
    assert find_number("0461558760845") is None
    assert find_date("Date of birth: 26/07/1 951") == date(1951, 7, 26)
    assert find_date("29/41/1954") is None
    assert find_sex("Giới tính / Sex: Nữ Quốc tịch / Nationality: Việt Nam") == "female"
    assert find_sex("Giới tính / Sex: Nam Quốc tịch / Nationality: Việt Nam") == "male"
    assert find_sex("Giới tính / Sex: Quốc tịch / Nationality: Việt Nam") is None
    fields = parse_payload("001089012345|123456789|Nguyễn Văn An|05031989|Nam|Hà Nội|01072021".encode())
    assert fields is not None
    assert (fields.number, fields.name, fields.birth_date, fields.sex) == (
        "001089012345", "NGUYỄN VĂN AN", date(1989, 3, 5), "male")
    assert parse_payload(b"https://example.org") is None


@pytest.mark.parametrize("layout,seed", [("2021", 20), ("2024", 23)])
def test_back_side_is_read_from_the_mrz(layout: str, seed: int) -> None:
    sample, photo = make_sample(seed, layout=layout, side="back", hard=False)
    result = read_id_card(photo)
    assert result.number == sample.person.number
    assert result.birth_date == sample.person.birth_date
    assert result.sex == sample.person.sex
    assert "name_without_diacritics" in result.warnings  # the MRZ has no diacritics
    assert set(result.warnings) <= {"name_without_diacritics", "low_confidence_number"}
    assert result.name is not None and result.name.isascii()


def test_back_side_misread_number_is_in_doubt() -> None:
    # this photo's MRZ reads 0 as 6 in both copies of the number and the check digit cannot
    # decide between two repairs: the number may be wrong, but never silently
    sample, photo = make_sample(4, layout="2021", side="back")
    result = read_id_card(photo)
    assert result.birth_date == sample.person.birth_date
    assert result.number == sample.person.number or result.doubted("number")


def test_mrz_check_digits() -> None:
    from desk_app.idcard.mrz import build_td1, check_digit, parse_td1

    assert check_digit("520727") == "3"  # ICAO 9303 part 3 example
    lines = build_td1("001089012345", date(1989, 3, 5), "female", None, "NGUYEN THI AN")
    fields = parse_td1(lines)
    assert fields is not None and fields.number == "001089012345" and fields.number_checked
    assert fields.birth_yymmdd == "890305" and fields.birth_checked and fields.sex == "female"
    assert fields.name == "NGUYEN THI AN"
    broken = parse_td1([lines[0].replace("0890123", "0890723", 1), lines[1], lines[2]])
    assert broken is not None and not broken.number_checked
