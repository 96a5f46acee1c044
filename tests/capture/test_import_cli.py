"""`desk-app import` (the dossier commands) through the Capture loader: 7 pages in order; bad
files refused with a message and a non-zero exit, the dossier unchanged."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen import canvas
from sqlalchemy import select

from db.models import Dossier, Page
from desk_app.cli import main as cli


def _tiff(path: Path) -> Path:
    # Frames of different widths, so their order shows in the stored pages.
    frames = []
    for i, width in enumerate((600, 640, 680)):
        img = Image.new("L", (width, 860), 250)
        from PIL import ImageDraw

        ImageDraw.Draw(img).text((40, 40 + 30 * i), f"TIFF trang {i + 1}", fill=0)
        frames.append(img)
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(300, 300))
    return path


def _pdf(path: Path) -> Path:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, height in enumerate((700, 720, 740, 760)):
        c.setPageSize((500, height))
        c.drawString(72, height - 100, f"PDF page {i + 1}")
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


def _pages(ctx, dossier_id):  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        return [(r.width, r.height) for r in s.scalars(
            select(Page).where(Page.dossier_id == dossier_id, ~Page.deleted).order_by(Page.position))]


def test_import_tiff_and_pdf_adds_seven_pages_in_order(dossier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, _ = dossier
    with ctx.sessions() as s:
        code = s.get(Dossier, dossier_id).code
    assert cli(["import", "--dossier", code, str(_tiff(tmp_path / "a.tiff")), str(_pdf(tmp_path / "b.pdf"))]) == 0
    sizes = _pages(ctx, dossier_id)
    assert len(sizes) == 7
    assert [w for w, _ in sizes[:3]] == [600, 640, 680]
    # PDF pages rasterised at 300 dpi: 500 pt wide = 2083 px; heights grow page by page.
    heights = [h for _, h in sizes[3:]]
    assert heights == sorted(heights) and len(set(heights)) == 4
    assert all(abs(w - 2083) <= 1 for w, _ in sizes[3:])


def test_import_refuses_bad_files_cleanly(dossier, corpus, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, _ = dossier
    with ctx.sessions() as s:
        code = s.get(Dossier, dossier_id).code
    good = _tiff(tmp_path / "good.tiff")
    before = _pages(ctx, dossier_id)
    for key, (path, _code) in corpus.items():
        assert cli(["import", "--dossier", code, str(good), str(path)]) != 0, key
        err = capsys.readouterr().err
        assert err.startswith("Lỗi:") and "Traceback" not in err, key
    assert _pages(ctx, dossier_id) == before
