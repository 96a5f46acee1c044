"""ID-card capture on generated card photos (QR and OCR paths, cross-checks) and the search that
ignores diacritics and case."""
from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

from benchmarks.synth_card import draw_card, fake_card, photo


def test_idcard_reader_qr_and_ocr() -> None:
    from desk_app.idcard.reader import read_card

    card = fake_card(random.Random(7))
    for layout, with_qr, source in (("cccd2021", True, "qr"), ("cccd2021", False, "ocr")):
        data, _ = photo(draw_card(card, layout, with_qr), 42)
        got = read_card(data).to_json()
        assert got["source"] == source
        assert got["number"] == card.number
        assert got["birth_date"] == card.birth
        assert got["sex"] == card.sex
        # a misread name must come with a warning for the officer
        assert got["name"] == card.name or "name_low_confidence" in got["warnings"]
        if source == "qr":
            assert got["residence"] == card.residence and got["warnings"] == []


def test_idcard_cli_contract(tmp_path: Path, capsys) -> None:
    """The JSON of DESIGN.md's `idcard IMAGE --json`, whichever area provides the command."""
    from desk_app.cli import main

    card = fake_card(random.Random(9))
    data, _ = photo(draw_card(card, "cancuoc2024", True), 44)
    f = tmp_path / "card.jpg"
    f.write_bytes(data)
    assert main(["idcard", str(f), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert {"number", "name", "birth_date", "sex", "residence", "source", "warnings"} <= set(got)
    assert got["number"] == card.number and got["birth_date"] == card.birth
    assert got["source"] == "qr"


def test_idcard_mismatch_is_warned(tmp_path: Path) -> None:
    from desk_app.idcard.reader import read_card

    card = fake_card(random.Random(8))
    year = int(card.birth[-4:])
    wrong = replace(card, birth=card.birth[:6] + str(year - 1))  # digits 5-6 now disagree
    data, _ = photo(draw_card(wrong, "cccd2021", True), 43)
    got = read_card(data)
    assert got.birth_date == wrong.birth
    assert "birth_year_mismatch" in got.warnings


def test_idcard_refuses_a_non_image(tmp_path: Path, capsys) -> None:
    from desk_app.cli import main

    f = tmp_path / "x.jpg"
    f.write_bytes(b"\xff\xd8garbage")
    assert main(["idcard", str(f), "--json"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_search_ignores_diacritics_and_case(ctx, dossier_factory) -> None:
    from db.models import OcrResult, Page
    from desk_app.domain.text import fold
    from desk_app.search import search

    d1 = dossier_factory(ctx, [b"page-one"], code="H31.12.05-261126-0002", name="Nguyễn Văn An")
    dossier_factory(ctx, [b"page-two"], code="H31.12.05-261126-0003", name="Trần Thị Hằng")
    with ctx.sessions.begin() as s:
        for p in s.query(Page).all():
            text = ("Đơn đề nghị của bà Đặng Thị Lý" if p.dossier_id == d1
                    else "Giấy khai sinh của NGUYỄN VĂN AN")
            s.add(OcrResult(page_id=p.id, engine="t", text=text, folded_text=fold(text), words=[]))
    hits = search(ctx, "nguyen van an")
    kinds = sorted((h.kind, h.dossier_code) for h in hits)
    assert kinds == [("applicant", "H31.12.05-261126-0002"), ("page", "H31.12.05-261126-0003")]
    assert [h.dossier_code for h in search(ctx, "DANG thi ly")] == ["H31.12.05-261126-0002"]
    assert search(ctx, "dang thi l")  # a word being typed matches its start
    assert search(ctx, "nguyen xuan an") == []
    assert search(ctx, "   ") == []
