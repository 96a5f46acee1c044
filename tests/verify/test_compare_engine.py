"""The comparison engine on generated counter-like pairs, with real Tesseract `vie` for text changes."""
from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from desk_app.cli import main as cli_main
from desk_app.compare import compare_files, compare_images, load_image
from desk_app.compare.align import align_pages
from desk_app.compare.engine import ink_map
from desk_app.demo.compare_pairs import make_pair, random_spec, render
from desk_app.errors import InputRefused, NotFound


@pytest.fixture()
def altered_digit(digit_pair):
    return digit_pair


def test_faithful_copy_matches(faithful) -> None:
    result = compare_images(faithful.original, faithful.copy)
    assert result.verdict == "match"
    assert result.regions == [] and result.text_changes == []
    assert result.aligned
    assert result.timings["total"] > 0


def test_changed_digit_is_found_and_read(altered_digit) -> None:
    pair = altered_digit
    result = compare_images(pair.original, pair.copy)
    assert result.verdict == "mismatch"
    x, y, w, h = pair.truth
    assert any(r.contains(x + w / 2, y + h / 2) for r in result.regions)
    # Real Tesseract reads both versions of the number around the changed digit.
    assert (pair.before, pair.after) in [(t.before, t.after) for t in result.text_changes]
    change = next(t for t in result.text_changes if t.after == pair.after)
    cx, cy = x + w / 2, y + h / 2
    rx, ry, rw, rh = change.region
    assert rx <= cx <= rx + rw and ry <= cy <= ry + rh


def test_removed_stamp_is_found_without_ocr() -> None:
    pair = make_pair(503, "stamp_removed")
    result = compare_images(pair.original, pair.copy, ocr=False)
    assert result.verdict == "mismatch"
    x, y, w, h = pair.truth
    assert any(r.contains(x + w / 2, y + h / 2) for r in result.regions)
    assert "ocr" not in result.timings


def test_unrelated_page_cannot_be_aligned(faithful) -> None:
    rng = np.random.default_rng(3)
    noise = (rng.random((1200, 900)) * 255).astype(np.uint8)
    result = compare_images(faithful.original, noise, ocr=False)
    assert result.verdict == "mismatch"
    assert not result.aligned
    assert result.regions[0].w == 900 and result.regions[0].h == 1200


def test_alignment_recovers_a_known_transform() -> None:
    page, _ = render(random_spec(7))
    grey = cv2.cvtColor(np.asarray(page), cv2.COLOR_RGB2GRAY)
    h, w = grey.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), 2.2, 1.03)
    m[:, 2] += (31, -17)
    moved = cv2.warpAffine(grey, m, (w, h), borderValue=250)
    alignment = align_pages(ink_map(grey), ink_map(moved))
    assert alignment.ok
    pts = np.float32([[200, 300], [1400, 300], [800, 1200], [300, 2100]]).reshape(-1, 1, 2)
    got = cv2.perspectiveTransform(pts, alignment.homography).reshape(-1, 2)
    want = cv2.transform(pts, m).reshape(-1, 2)
    assert np.abs(got - want).max() < 1.0


def test_cli_compare_json(tmp_path: Path, altered_digit, capsys) -> None:
    orig, copy = tmp_path / "ban-chinh.png", tmp_path / "ban-chup.jpg"
    cv2.imwrite(str(orig), altered_digit.original)
    cv2.imwrite(str(copy), altered_digit.copy, [cv2.IMWRITE_JPEG_QUALITY, 90])
    code = cli_main(["compare", str(orig), str(copy), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["verdict"] == "mismatch"
    assert set(out) >= {"verdict", "regions", "text_changes", "score"}
    assert {"x", "y", "w", "h", "score"} <= set(out["regions"][0])
    assert any(t["after"] == altered_digit.after and {"x", "y", "w", "h"} <= set(t)
               for t in out["text_changes"])


@pytest.mark.parametrize("content, code", [
    (b"", "empty_file"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "corrupt_image"),
    (b"%PDF-1.4 not an image", "unsupported_format"),
])
def test_bad_images_are_refused(tmp_path: Path, faithful, capsys, content: bytes, code: str) -> None:
    good = tmp_path / "ok.png"
    cv2.imwrite(str(good), faithful.copy)
    bad = tmp_path / "hong.png"
    bad.write_bytes(content)
    with pytest.raises(InputRefused) as info:
        compare_files(good, bad)
    assert info.value.code == code
    exit_code = cli_main(["compare", str(good), str(bad), "--json"])
    err = capsys.readouterr().err
    assert exit_code != 0
    assert err.startswith("Lỗi: ") and "Traceback" not in err


def test_missing_file_is_named(tmp_path: Path, capsys) -> None:
    with pytest.raises(NotFound):
        load_image(tmp_path / "khong-co.png")
    assert cli_main(["compare", str(tmp_path / "a.png"), str(tmp_path / "b.png")]) != 0
    assert "Không tìm thấy" in capsys.readouterr().err


def test_load_image_keeps_grey_and_colour(tmp_path: Path) -> None:
    grey = np.full((40, 30), 200, np.uint8)
    colour = np.zeros((40, 30, 3), np.uint8)
    colour[..., 2] = 255  # red in BGR
    cv2.imwrite(str(tmp_path / "g.png"), grey)
    cv2.imwrite(str(tmp_path / "c.tif"), colour)
    assert load_image(tmp_path / "g.png").shape == (40, 30)
    loaded = load_image((tmp_path / "c.tif").read_bytes())
    assert loaded.shape == (40, 30, 3) and loaded[0, 0].tolist() == [0, 0, 255]


def test_original_at_another_resolution(faithful) -> None:
    """The original photographed or scanned at 1.5x the copy's resolution still lines up."""
    big = cv2.resize(faithful.original, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
    result = compare_images(big, faithful.copy, ocr=False)
    assert result.aligned and result.verdict == "match", result.regions
    assert result.copy_size == (faithful.copy.shape[1], faithful.copy.shape[0])
