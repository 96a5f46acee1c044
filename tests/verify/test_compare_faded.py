"""A tone mark that faded on a worn copy is a doubt, not a change; one taken away is a change
(compare/faded.py). The faithful pair is seed 15051 (bench_compare's set 15001, pair 51: a copy
at 2.2°, blur 1.4, JPEG 40 and halftone, whose "tháng" kept a fifth of its acute): before, the
engine called it a mismatch. Real Tesseract."""
from __future__ import annotations

import numpy as np
import pytest

from desk_app.compare import compare_images
from desk_app.compare.faded import TAKEN, kept_share, lost_tone, taken_away, taken_mark
from desk_app.compare.fulltext import key
from desk_app.compare.marks import Blob
from desk_app.demo.compare_degrade import worn_pair


@pytest.mark.parametrize(("before", "after", "tone"), [
    ("tháng", "thang", "acute"), ("Hồng", "Hông", "grave"), ("thẩm,", "thâm,", "hook"),
    ("Dũng", "Dung", "tilde"), ("Định", "Đinh", "dot"), ("TÁM", "TAM", "acute"),
    # not a mark only lost: another mark, another letter, two words, a level word
    ("Tám", "Tâm", None), ("Tám", "Tăm", None), ("Tám", "Tai", None), ("20 tháng", "20 thang", None),
    ("Tam", "Tam", None), ("Tam", "Tám", None),
    # an i's mark gives way to its dot, where the mark was: the ink cannot tell them apart
    ("Bình", "Binh", None), ("Kỉm", "Kim", None),
])
def test_a_lost_mark_is_only_the_originals_tone_taken_off(before: str, after: str,
                                                          tone: str | None) -> None:
    assert lost_tone(before, after) == tone


def test_kept_share_measures_the_copys_ink_over_the_marks_footprint() -> None:
    height = 30.0
    orig = np.zeros((40, 60), np.float32)
    orig[14:34, 10:50] = 1.0  # the letters' band
    orig[4:9, 28:33] = 1.0  # a mark above them
    faint = orig.copy()
    faint[4:9, 28:33] = 0.5
    gone = orig.copy()
    gone[4:9, 28:33] = 0.0
    assert kept_share(orig, orig, "acute", height) == pytest.approx(1.0)
    assert kept_share(orig, faint, "acute", height) == pytest.approx(0.5)
    assert kept_share(orig, gone, "acute", height) == pytest.approx(0.0)
    assert kept_share(orig, gone, "dot", height) is None  # no mark below the letters


def test_a_mark_is_taken_when_its_ink_is_gone_and_nothing_new_came() -> None:
    assert taken_mark([], [Blob("hook", TAKEN + 1)]) == "hook"
    assert taken_mark([], [Blob("dot", TAKEN)]) == "dot"
    assert taken_mark([], [Blob("hook", TAKEN - 1)]) is None  # too little ink: a worn edge
    assert taken_mark([], [Blob(None, 20.0)]) is None  # not the size or place of a mark
    assert taken_mark([Blob("dot", 3.1)], [Blob("hook", TAKEN + 1)]) is None  # one came: replaced
    assert taken_mark([], []) is None


@pytest.mark.parametrize(("before", "after", "taken", "stands_out", "expected"), [
    ("Thắng", "Thăng", "hook", False, True),  # lost: the pixels need not stand out
    ("Vĩnh", "Vình", "tilde", True, True),  # replaced where the old mark was
    ("Vĩnh", "Vình", "tilde", False, False),
    ("Vĩnh", "Vình", "hook", True, False),  # the mark gone is not the original's
    ("đệm", "đêm", "dot", True, False),  # a dot below fades as cleanly as it is taken away
    ("Thắng", "Thăng", None, True, False),
    ("Thắng", "Thắng", "hook", True, False),
])
def test_taken_away_needs_the_readings_and_the_pixels_to_agree(
        before: str, after: str, taken: str | None, stands_out: bool, expected: bool) -> None:
    assert taken_away(before, after, taken, stands_out) is expected


@pytest.mark.parametrize("seed", [
    19013,  # held-out seeds 19001, pair 13: "đệm" read "đêm", its dot below faded
    23031,  # held-out seeds 23001, pair 31: a speck over "Nam" looked like a grave to the pixels
])
def test_faithful_copies_that_misled_a_step_of_session_9_are_matches(seed: int) -> None:
    pair = worn_pair(seed, None, "held_out")
    result = compare_images(pair.original, pair.copy)
    assert result.verdict == "match", [(t.before, t.after) for t in result.text_changes]


def test_a_faithful_copy_whose_mark_faded_is_a_match_with_a_doubt() -> None:
    pair = worn_pair(15051, None, "held_out")
    result = compare_images(pair.original, pair.copy)
    assert result.verdict == "match", [(t.before, t.after) for t in result.text_changes]
    faded = [d for d in result.doubts if d.reason == "faded_mark"]
    assert [(key(d.before), key(d.after)) for d in faded] == [("tháng", "thang")]
    # the pixel region of the lost ink is shown as the faded mark's, not flagged
    assert any(r.kind == "faded" and r.overlaps(faded[0].region) for r in result.regions)


@pytest.mark.parametrize(("seed", "father", "changed"), [
    (17101, ("Lê Văn Tám", "Lê Văn Tam"), ("Tám", "Tam")),
    (17125, ("Lê Văn Tám", "Lê Văn Tam"), ("Tám", "Tam")),  # JPEG 40
    (17115, ("Bùi Thị Lý", "Bùi Thị Ly"), ("Lý", "Ly")),
    # marks stacked on a circumflex or breve: called a match before taken_mark (session 9)
    (17107, ("Phạm Thị Hồng", "Phạm Thị Hông"), ("Hồng", "Hông")),
    (17111, ("Đỗ Văn Tuấn", "Đỗ Văn Tuân"), ("Tuấn", "Tuân")),
    (17127, ("Trần Đức Thắng", "Trần Đức Thăng"), ("Thắng", "Thăng")),
])
def test_a_mark_taken_away_is_still_a_change(seed: int, father: tuple[str, str],
                                             changed: tuple[str, str]) -> None:
    pair = worn_pair(seed, None, "held_out", father=father)
    result = compare_images(pair.original, pair.copy)
    assert result.verdict == "mismatch"
    assert (key(changed[0]), key(changed[1])) in [(key(t.before), key(t.after))
                                                  for t in result.text_changes]
