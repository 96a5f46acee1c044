"""Tone changes Tesseract reads but the residual barely shows, or that the two name differently
(compare/fulltext.py, session 9). Pairs from the
benchmark's development seeds, each missed before. Real Tesseract."""
from __future__ import annotations

import pytest

from desk_app.compare import compare_images
from desk_app.compare.fulltext import key
from desk_app.demo.compare_degrade import worn_pair


@pytest.mark.parametrize(("seed", "before", "after"), [
    # both readings sure of a grave where the tilde was; the residual shows the tilde gone and
    # nothing new (the grave is drawn where the tilde was): faded.taken_away
    (15010, "Vĩnh", "Vình"),
    # the pixels name the mark, the reading says which vowel carries it (not "GIÀ", "GIÃ")
    (21030, "GIA", "GÌA"),
    (15002, "GIA", "GĨA"),
])
def test_a_tone_change_with_one_witness_is_caught(seed: int, before: str, after: str) -> None:
    pair = worn_pair(seed, "tone", "held_out")
    assert (pair.before, pair.after) == (before, after)
    result = compare_images(pair.original, pair.copy)
    assert result.verdict == "mismatch"
    assert (key(before), key(after)) in [(key(t.before), key(t.after))
                                         for t in result.text_changes]
