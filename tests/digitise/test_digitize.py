"""The digitised dossier: real Tesseract, a real PDF read back with pdftotext and pdffonts."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
from rapidfuzz.distance import Levenshtein
from sqlalchemy import select

from db.models import GeneratedDocument, OcrResult, Page


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _cer(a: str, b: str) -> float:
    return Levenshtein.distance(_norm(a), _norm(b)) / max(1, len(_norm(a)))


def test_digitize_cli_builds_searchable_pdfa(ctx, dossier, pages, tmp_path: Path, capsys) -> None:
    from desk_app.cli import main

    out = tmp_path / "d.pdf"
    assert main(["digitize", "H31.12.05-261126-0001", "-o", str(out), "-q"]) == 0
    assert "byte/trang" in capsys.readouterr().out
    with ctx.sessions() as s:
        results = {r.page_id: r for r in s.scalars(select(OcrResult))}
        page_ids = [p.id for p in s.scalars(select(Page).order_by(Page.position))]
        assert s.scalars(select(GeneratedDocument)).one().kind == "digitised"
    assert set(results) == set(page_ids)
    for pid, truth in zip(page_ids, pages, strict=True):
        assert _cer(truth.text, results[pid].text) <= 0.01

    # the text layer gives back the stored OCR text, diacritics intact, page by page
    for n, pid in enumerate(page_ids, start=1):
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert _cer(results[pid].text, text) <= 0.005

    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts), fonts
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:identifier"] == "H31.12.05-261126-0001"
        assert "Đăng ký khai sinh" in str(meta["dc:description"])
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"
        assert len(pdf.pages) == 2


def test_correction_reaches_pdf_and_search(ctx, dossier, tmp_path: Path) -> None:
    from desk_app.digitise.service import digitise_dossier
    from desk_app.ocr.store_ops import ocr_pending_pages, save_correction
    from desk_app.search import search

    assert ocr_pending_pages(ctx, dossier) == 2
    assert ocr_pending_pages(ctx, dossier) == 0  # nothing left to do
    with ctx.sessions() as s:
        first = s.scalars(select(Page).order_by(Page.position)).first()
        row = s.scalars(select(OcrResult).where(OcrResult.page_id == first.id)).one()
    corrected = row.text.replace("CỘNG HÒA", "CỘNG HOÀ KHUÊ", 1)
    save_correction(ctx, first.id, corrected)
    hits = search(ctx, "cong hoa khue")
    assert [h.page_id for h in hits if h.kind == "page"] == [first.id]

    out = tmp_path / "c.pdf"
    digitise_dossier(ctx, "H31.12.05-261126-0001", out)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "CỘNG HOÀ KHUÊ" in text
    assert _cer(corrected, text) <= 0.005


def test_unknown_dossier_is_refused(ctx, tmp_path: Path, capsys) -> None:
    from desk_app.cli import main

    assert main(["digitize", "KHONG-CO", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "Không có hồ sơ" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
