"""OCR with the real Tesseract and Vietnamese data on generated pages; the fake engine for wiring."""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from desk_app.demo.ocr_pages import degrade, make_page, png_bytes


def _cer(ref: str, hyp: str) -> float:
    r, h = re.sub(r"\s+", " ", ref).strip(), re.sub(r"\s+", " ", hyp).strip()
    return Levenshtein.distance(r, h) / max(1, len(r))


def test_ocr_cli_json_clean_and_hard(tmp_path: Path, capsys) -> None:
    from desk_app.cli import main

    clean = make_page(21, paragraphs=1)
    hard_page = make_page(22, paragraphs=1)
    hard, info = degrade(hard_page, 3)  # turned, skewed, dark on one side, low dpi, JPEG
    assert info["turn"] in (90, 180, 270)
    (tmp_path / "clean.png").write_bytes(png_bytes(clean.image, 300))
    (tmp_path / "hard.jpg").write_bytes(hard)
    assert main(["ocr", "--json", str(tmp_path / "clean.png"), str(tmp_path / "hard.jpg")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [Path(o["file"]).name for o in out] == ["clean.png", "hard.jpg"]
    assert _cer(clean.text, out[0]["text"]) <= 0.005
    assert _cer(hard_page.text, out[1]["text"]) <= 0.02
    assert out[0]["confidence"] > 85
    assert out[0]["text"] == out[0]["text"].strip() and "Hạnh phúc" in out[0]["text"]


def test_ocr_cli_refuses_bad_input(tmp_path: Path, capsys) -> None:
    from desk_app.cli import main

    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image at all")
    assert main(["ocr", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.png" in err and "Traceback" not in err
    assert main(["ocr", str(tmp_path / "missing.png")]) == 2
    assert "Không tìm thấy tệp" in capsys.readouterr().err


def test_missing_language_names_the_package() -> None:
    from desk_app.errors import ToolMissing
    from desk_app.messages import message_for
    from desk_app.ocr.engine import TesseractEngine

    with pytest.raises(ToolMissing) as exc:
        TesseractEngine("Klingon")
    assert exc.value.detail == "tesseract-ocr-klingon"
    with pytest.raises(ToolMissing) as exc:
        TesseractEngine(binary="tesseract-not-installed")
    assert "tesseract-ocr" in message_for(exc.value)


def test_batch_progress_and_cancel_with_fake_engine() -> None:
    from desk_app.ocr.engine import FakeEngine
    from desk_app.ocr.service import OcrService
    from desk_app.tasks import Cancelled

    page = png_bytes(make_page(1, paragraphs=1).image.resize((600, 850)), 72)
    engine = FakeEngine("Nguyễn Văn An\nHải Phòng")
    service = OcrService(engine, workers=2)
    seen: list[tuple[int, int]] = []
    results = service.recognise_batch([lambda: page] * 3, progress=lambda d, t, m: seen.append((d, t)))
    assert [r.text for r in results] == ["Nguyễn Văn An\nHải Phòng"] * 3  # type: ignore[union-attr]
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        service.recognise_batch([lambda: page] * 3, cancel=cancel)


def test_real_tesseract_is_killed_on_cancel() -> None:
    import numpy as np

    from desk_app.ocr.engine import TesseractEngine
    from desk_app.tasks import Cancelled

    cancel = threading.Event()
    img = np.asarray(make_page(3).image)
    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    with pytest.raises(Cancelled):
        TesseractEngine().recognise(img, 300, cancel)
