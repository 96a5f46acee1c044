"""Capture keeps colour where it matters (issue 18): the colour mode comes from the component's
colour mark or from the page itself (a red seal), for imports as for scans; a page without colour
is not stored three times larger; a bi-level TIFF stays bi-level (CCITT G4)."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw
from sqlalchemy import select

from db.models import Dossier, Page
from desk_app.capture.colour import page_mode
from desk_app.capture.service import DraftPages
from desk_app.cli import main as cli
from desk_app.domain.types import ColourMode
from desk_app.reception import ReceptionService


def _text_page(rng: np.random.Generator) -> Image.Image:
    img = Image.new("L", (1240, 1754), 250)  # A4 at 150 dpi
    draw = ImageDraw.Draw(img)
    for i in range(30):
        draw.text((120, 120 + 45 * i), f"Dòng {i + 1}: Cộng hòa xã hội chủ nghĩa Việt Nam",
                  fill=20)
    noisy = np.asarray(img, dtype=np.int16) + rng.integers(-4, 5, (img.height, img.width))
    return Image.fromarray(noisy.clip(0, 255).astype(np.uint8))


def _rgb_scan_of(grey: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A colourless page as a colour scanner gives it: three slightly different channels."""
    base = np.asarray(grey, dtype=np.int16)[..., None].repeat(3, axis=2)
    jitter = rng.integers(-6, 7, base.shape)
    return Image.fromarray((base + jitter).clip(0, 255).astype(np.uint8), "RGB")


def _with_seal(grey: Image.Image) -> Image.Image:
    rgb = grey.convert("RGB")
    draw = ImageDraw.Draw(rgb)
    draw.ellipse((800, 1300, 1040, 1540), outline=(205, 25, 30), width=10)  # a 40 mm seal ring
    draw.text((860, 1410), "UBND", fill=(205, 25, 30))
    return rgb


def _save(img: Image.Image, path: Path, **kw: Any) -> Path:
    img.save(path, dpi=(150, 150), **kw)
    return path


def _stored(ctx: Any, dossier_id: str) -> list[tuple[Page, Image.Image, bytes]]:
    with ctx.sessions() as s:
        rows = list(s.scalars(select(Page).where(Page.dossier_id == dossier_id)
                              .order_by(Page.position)))
    out = []
    for r in rows:
        data = ctx.pages.get(r.sha256)
        out.append((r, Image.open(io.BytesIO(data)), data))
    return out


def _reds(img: Image.Image) -> int:
    px = np.asarray(img.convert("RGB"), dtype=np.int16)
    return int(((px[..., 0] > 150) & (px[..., 1] < 90) & (px[..., 2] < 90)).sum())


def test_imports_keep_colour_where_it_matters(dossier: Any, tmp_path: Path) -> None:
    ctx, dossier_id, comps = dossier
    rng = np.random.default_rng(18)
    sealed = _save(_with_seal(_text_page(rng)), tmp_path / "sealed.png")
    plain_rgb = _save(_rgb_scan_of(_text_page(rng), rng), tmp_path / "plain.png")
    reception = ReceptionService(ctx)
    with ctx.sessions() as s:
        code = s.get(Dossier, dossier_id).code
    # into the component marked colour (Giấy chứng sinh), then into the grey one
    assert reception.add_pages(code, [sealed], component_id=comps[1]) == 1
    assert reception.add_pages(code, [sealed, plain_rgb], component_id=comps[0]) == 2
    pages = _stored(ctx, dossier_id)
    # no colour on the third page, and only text: kept bi-level (issue 16), not three channels wide
    assert [p.colour_mode for p, _, _ in pages] == ["colour", "colour", "bw"]
    for _, img, _ in pages[:2]:
        assert img.convert("RGB").mode == "RGB" and _reds(img.convert("RGB")) > 100  # still red
    assert pages[2][1].mode == "1"
    assert len(pages[2][2]) < min(len(d) for _, _, d in pages[:2])


def test_a_bilevel_tiff_stays_bilevel_through_import(dossier: Any, tmp_path: Path) -> None:
    ctx, dossier_id, _ = dossier
    rng = np.random.default_rng(5)
    bw = _text_page(rng).point(lambda v: 255 if v > 128 else 0).convert("1")
    tiff = _save(bw, tmp_path / "fax.tif", compression="group4")
    sealed = _save(_with_seal(_text_page(rng)), tmp_path / "sealed.jpg", quality=90)
    with ctx.sessions() as s:
        code = s.get(Dossier, dossier_id).code
    assert cli(["import", "--dossier", code, str(tiff), str(sealed)]) == 0  # no component
    (page, img, data), (seal_page, seal_img, _) = _stored(ctx, dossier_id)
    assert page.colour_mode == "bw" and page.mime == "image/tiff"
    assert img.mode == "1" and img.info.get("compression") == "group4"
    assert len(data) < 1.5 * tiff.stat().st_size  # about the file given, not a grey PNG
    assert seal_page.colour_mode == "colour" and _reds(seal_img) > 100


def test_scanned_pages_follow_the_same_rule(ctx: Any) -> None:
    """A scan (DraftPages, as the scanner window adds pages): colour from the page itself."""
    rng = np.random.default_rng(7)
    draft = DraftPages(ctx.pages, mode=ColourMode.GREY, dpi=150)
    sealed = draft.add_image(_with_seal(_text_page(rng)), 150, source="scan")
    grey = draft.add_image(_rgb_scan_of(_text_page(rng), rng), 150, source="scan")
    assert sealed.colour_mode == "colour" and grey.colour_mode == "bw"  # a text page: bi-level
    assert page_mode(Image.new("1", (64, 64), 1), ColourMode.COLOUR) is ColourMode.BW
    assert page_mode(Image.new("L", (64, 64), 200), ColourMode.COLOUR) is ColourMode.GREY
