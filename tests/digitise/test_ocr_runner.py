"""The OCR runner (desk_app/ocr/tesseract.py): the one module that starts Tesseract; what it reads,
how it fails, and that no image lands in a file."""
from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from desk_app.demo.ocr_pages import FONT, make_page
from desk_app.errors import ToolMissing
from desk_app.messages import message_for
from desk_app.ocr import tesseract

ROOT = Path(__file__).resolve().parents[2]


def _two_lines() -> np.ndarray:
    img = Image.new("L", (1400, 260), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 60)
    draw.text((40, 30), "Nguyễn Văn An", font=font, fill=0)
    draw.text((40, 140), "Hải Phòng", font=font, fill=0)
    return np.asarray(img)


def test_only_the_runner_starts_tesseract() -> None:
    offenders = []
    for package in ("desk_app", "ui", "db"):
        for path in sorted((ROOT / package).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            starts_processes = re.search(r"^\s*(import|from)\s+subprocess\b", source, re.MULTILINE)
            if "pytesseract" in source or (starts_processes and "tesseract" in source.lower()):
                offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == ["desk_app/ocr/tesseract.py"]


def test_words_with_boxes_lines_and_confidences() -> None:
    image = _two_lines()
    words = tesseract.words(image, lang="vie", psm=6, dpi=300)
    assert [w.text for w in words] == ["Nguyễn", "Văn", "An", "Hải", "Phòng"]
    assert [w.line for w in words] == [0, 0, 0, 1, 1]
    assert all(0 <= w.x < w.x + w.w <= image.shape[1] and 0 <= w.y < w.y + w.h <= image.shape[0]
               for w in words)
    assert words[0].y < 100 < words[3].y and all(w.conf > 80 for w in words)
    assert tesseract.text(image, lang="vie", psm=6, dpi=300).split() == [w.text for w in words]


def test_black_and_white_image_with_a_speck_in_its_first_pixels_is_read() -> None:
    # a PBM whose first byte of pixels is a whitespace character (here 0x20: the third pixel
    # black) made Leptonica fail ("read error"): the reading was lost
    image = np.where(_two_lines() < 128, 0, 255).astype(np.uint8)
    image[0, :8] = 255
    image[0, 2] = 0
    words = tesseract.words(image, lang="vie", psm=6, dpi=300)
    assert [w.text for w in words] == ["Nguyễn", "Văn", "An", "Hải", "Phòng"]


def test_tsv_and_osd_are_parsed_once() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t",
        "5\t1\t1\t1\t1\t1\t10\t5\t30\t12\t96.5\tHa\u0309i",  # decomposed: stored NFC
        "5\t1\t1\t1\t1\t2\t45\t5\t30\t12\t91\t ",  # an empty word is no word
        "5\t1\t1\t1\t2\t1\t10\t20\t30\t12\t88\tPhòng",
        "5\t1\t2\t1\t1\t1\t10\t40\t30\t12\t70\tAn",
    ]
    words = tesseract.parse_tsv("\n".join([header, *rows]))
    assert [(w.text, w.line, w.block) for w in words] == [
        ("Hải", 0, 1001), ("Phòng", 1, 1001), ("An", 2, 2001)]
    assert (words[0].x, words[0].y, words[0].w, words[0].h, words[0].conf) == (10, 5, 30, 12, 96.5)
    osd = "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 14.91\n"
    assert tesseract.parse_osd(osd) == tesseract.Osd(90, 14.91)
    assert tesseract.parse_osd("Too few characters. Skipping this page\n") == tesseract.Osd()


def test_missing_binary_and_language_say_which_package() -> None:
    image = _two_lines()
    with pytest.raises(ToolMissing) as exc:
        tesseract.words(image, lang="vie", binary="tesseract-not-installed")
    assert exc.value.code == "tesseract_missing" and "tesseract-ocr" in message_for(exc.value)
    with pytest.raises(ToolMissing) as exc:
        tesseract.words(image, lang="klingon")
    assert exc.value.code == "tesseract_lang_missing" and exc.value.detail == "tesseract-ocr-klingon"


def test_a_run_past_its_time_is_killed() -> None:
    page = np.asarray(make_page(3).image)
    t0 = time.perf_counter()
    with pytest.raises(tesseract.OcrTimedOut):
        tesseract.words(page, lang="vie", timeout=0.2)
    assert time.perf_counter() - t0 < 2


def test_no_image_lands_in_a_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert tesseract.words(_two_lines(), lang="vie", psm=6)
    assert tesseract.osd(np.full((300, 200), 255, np.uint8), dpi=150) == tesseract.Osd()
    assert list(tmp_path.iterdir()) == []


def test_each_caller_keeps_its_failure_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """ID cards read on without a region Tesseract failed on, orientation falls back to "cannot
    tell", a comparison shows its differences without text when Tesseract fails and stops when it
    runs out of time."""
    from desk_app.capture import orientation
    from desk_app.compare.text import ocr_stack
    from desk_app.idcard.ocr_fields import tesseract_tsv

    grey = np.full((60, 200), 255, np.uint8)

    def failing(*_: object) -> tuple[int, bytes, bytes]:
        return 1, b"", b"Error during processing.\n"

    def slow(*_: object) -> tuple[int, bytes, bytes]:
        raise tesseract.OcrTimedOut(detail="tesseract timeout 30 s")

    monkeypatch.setattr(tesseract, "_run", failing)
    assert tesseract_tsv(grey, psm=7) == []
    assert ocr_stack([grey, grey]) == ["", ""]
    assert orientation.osd(grey, 150) == (0, 0.0)
    monkeypatch.setattr(tesseract, "_run", slow)
    assert tesseract_tsv(grey, psm=7) == []
    assert orientation.osd(grey, 150) == (0, 0.0)
    with pytest.raises(tesseract.OcrTimedOut):
        ocr_stack([grey, grey])
