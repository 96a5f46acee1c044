"""A text change's side that no Vietnamese text could hold is read again (compare/plausible.py),
and a copy side read with no tone mark takes the dot below its pixels show (fulltext._dot_below).
The two pairs are from the benchmark's development seeds (9001–9060, session 7): the engine found
the change at the right word but named the copy's side "Trïnh" and "03/19/1966". Real Tesseract."""
from __future__ import annotations

import pytest

from desk_app.compare import compare_images
from desk_app.compare.fulltext import key
from desk_app.compare.plausible import plausible, plausible_word
from desk_app.demo.compare_degrade import worn_pair


@pytest.mark.parametrize("word", ["Nguyễn", "ĐOÀN", "Quyền", "gì", "Thuỷ", "khuỷu", "Đắk", "Lắk",
                                  "UBND", "CCCD", "số:", "03/10/1966", "012345678901", "(Kinh),"])
def test_vietnamese_words_dates_and_numbers_are_plausible(word: str) -> None:
    assert plausible_word(word)


@pytest.mark.parametrize("word", ["Trïnh", "Tëst", "Trìnhé", "TrÌnh", "03/19/1966", "32/01/2000",
                                  "19GG", "Xyzw", "ñam"])
def test_other_alphabets_two_tones_bad_dates_are_not(word: str) -> None:
    assert not plausible_word(word)
    assert not plausible(f"ông {word}")


@pytest.mark.parametrize(("seed", "kind", "before", "after"), [
    (9002, "tone", "Trịnh", "Trĩnh"),
    (9018, "digit", "03/10/1961", "03/10/1966"),
    # the dot below the copy's pixels show, which Tesseract lost ("MY"; seeds 11001, pair 2)
    (11002, "tone", "MỸ", "MỴ"),
    # an ID number read with a digit lost: its length is fixed, so it is read again
    (13004, "digit", "028073920574", "028073920504"),
    (7152, "digit", "086179339611", "086179336611"),
])
def test_a_misread_side_of_a_change_is_named_right(seed: int, kind: str, before: str,
                                                      after: str) -> None:
    pair = worn_pair(seed, kind, "held_out")
    assert (pair.before, pair.after) == (before, after)
    result = compare_images(pair.original, pair.copy)
    assert result.verdict == "mismatch"
    assert [(key(t.before), key(t.after)) for t in result.text_changes] == [
        (key(before), key(after))]


def test_an_id_number_with_a_digit_more_or_less_than_the_other_side_is_not_plausible() -> None:
    from desk_app.compare.plausible import plausible_beside

    assert plausible_beside("028073920504", "028073920574")
    assert not plausible_beside("02073920504", "028073920574")
    assert not plausible_beside("số 0280739205041", "số 028073920574")
    assert plausible_beside("2017", "17")  # short numbers: counts and years, not judged
