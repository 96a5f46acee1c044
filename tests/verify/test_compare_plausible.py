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
])
def test_a_misread_side_of_a_change_is_named_right(seed: int, kind: str, before: str,
                                                      after: str) -> None:
    pair = worn_pair(seed, kind, "held_out")
    assert (pair.before, pair.after) == (before, after)
    result = compare_images(pair.original, pair.copy)
    assert result.verdict == "mismatch"
    assert [(key(t.before), key(t.after)) for t in result.text_changes] == [
        (key(before), key(after))]
