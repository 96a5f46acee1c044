"""`desk-app idcard IMAGE --json`: the JSON shape, and bad files refused in Vietnamese."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.demo.id_cards import make_sample


def test_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample, photo = make_sample(31, layout="2024", with_qr=True)
    path = tmp_path / "the.jpg"
    photo.save(path, "JPEG", quality=90)
    assert main(["idcard", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"number", "name", "birth_date", "sex", "residence", "source", "warnings"} <= set(data)
    assert data["source"] == "qr"
    assert data["number"] == sample.person.number
    assert data["birth_date"] == sample.person.birth_date.strftime("%d/%m/%Y")
    assert data["sex"] in ("male", "female")
    assert isinstance(data["warnings"], list)


@pytest.mark.parametrize("content,word", [(b"", "rỗng"), (b"not an image at all", "không được hỗ trợ"),
                                          (b"\xff\xd8\xff\xe0" + b"\0" * 200, "hỏng")])
def test_bad_file_exits_non_zero_in_vietnamese(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               content: bytes, word: str) -> None:
    path = tmp_path / "card.jpg"
    path.write_bytes(content)
    assert main(["idcard", str(path), "--json"]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert word in captured.err and "Traceback" not in captured.err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["idcard", str(tmp_path / "none.jpg")]) == 2
    assert "Không tìm thấy tệp" in capsys.readouterr().err


def test_number_and_name_never_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    sample, photo = make_sample(2018, with_qr=False)
    path = tmp_path / "card.jpg"
    photo.save(path, "JPEG", quality=90)
    with caplog.at_level("DEBUG"):
        assert main(["-v", "idcard", str(path)]) == 0
    out = capsys.readouterr().out
    assert sample.person.number in out
    assert sample.person.number not in caplog.text
    assert sample.person.name.upper() not in caplog.text.upper()
