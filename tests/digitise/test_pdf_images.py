"""The digitised PDF embeds each page in its own encoding: a bi-level page as CCITT G4, a JPEG
master unchanged (DCT), a colour page in colour; no ASCII85 anywhere; the text layer reads back
the same with pdftotext; and the pages render the right way round (black text on white, the red
seal red)."""
from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
from PIL import Image, ImageDraw
from sqlalchemy import select

from db.models import OcrResult, Page
from desk_app.cli import main
from desk_app.demo.ocr_pages import make_page
from tests.digitise.conftest import make_dossier


def _cer(a: str, b: str) -> float:
    import difflib

    a, b = " ".join(a.split()), " ".join(b.split())
    return 1.0 - difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio()


def _g4_tiff(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.point(lambda v: 255 if v > 160 else 0).convert("1").save(
        buf, "TIFF", compression="group4", dpi=(300, 300))
    return buf.getvalue()


def _colour_with_seal(img: Image.Image) -> bytes:
    rgb = img.convert("RGB")
    draw = ImageDraw.Draw(rgb)
    draw.ellipse((1500, 2700, 2100, 3300), outline=(200, 20, 20), width=28)
    buf = io.BytesIO()
    rgb.save(buf, "PNG", dpi=(300, 300))
    return buf.getvalue()


def _jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, dpi=(300, 300))
    return buf.getvalue()


def _render(pdf: Path, n: int, tmp: Path) -> Image.Image:
    stem = tmp / f"p{n}"
    subprocess.run(["pdftoppm", "-f", str(n), "-l", str(n), "-r", "40", "-png", "-singlefile",
                    str(pdf), str(stem)], check=True)
    return Image.open(f"{stem}.png").convert("RGB")


def test_pages_keep_their_encoding_and_their_text(ctx: Any, tmp_path: Path) -> None:
    src = [make_page(seed, paragraphs=1) for seed in (3, 4, 5)]
    jpeg = _jpeg(src[2].image)
    masters = [_g4_tiff(src[0].image), _colour_with_seal(src[1].image), jpeg]
    make_dossier(ctx, masters)
    out = tmp_path / "d.pdf"
    assert main(["digitize", "H31.12.05-261126-0001", "-o", str(out), "-q"]) == 0

    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 3
        images = []
        for page in pdf.pages:
            (xobject,) = page.get_images().values()
            images.append(xobject)
        filters = [str(x.Filter) for x in images]
        # bi-level: CCITT G4; the colour PNG master: its own deflated rows (PNG predictors),
        # not decoded and re-encoded; the JPEG master: DCT
        assert filters == ["/CCITTFaxDecode", "/FlateDecode", "/DCTDecode"]
        assert images[0].BitsPerComponent == 1 and int(images[0].DecodeParms.K) == -1
        assert int(images[1].DecodeParms.Predictor) == 15
        assert len(images[1].read_raw_bytes()) < len(masters[1])
        assert str(images[1].ColorSpace) == "/DeviceRGB"  # the colour master stays colour
        assert str(images[2].ColorSpace) == "/DeviceGray"
        assert images[2].read_raw_bytes() == jpeg  # the JPEG master as it is, not re-encoded
        stream_filters = " ".join(str(obj.get("/Filter", "")) for obj in pdf.objects
                                  if isinstance(obj, pikepdf.Stream))
        assert "ASCII85" not in stream_filters and "/FlateDecode" in stream_filters
        # the G4 page weighs about its master, not a grey JPEG's few hundred kB
        assert len(images[0].read_raw_bytes()) < 1.5 * len(masters[0])

    with ctx.sessions() as s:
        ids = [p.id for p in s.scalars(select(Page).order_by(Page.position))]
        results = {r.page_id: r.text for r in s.scalars(select(OcrResult))}
    for n, pid in enumerate(ids, start=1):
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert _cer(results[pid], text) <= 0.005, n
        assert _cer(src[n - 1].text, text) <= 0.02, n

    bw = _render(out, 1, tmp_path).convert("L")
    hist = bw.histogram()
    white = sum(hist[200:]) / (bw.width * bw.height)
    assert white > 0.85  # black text on white paper, not inverted
    assert sum(hist[:80]) > 0  # and the text is there
    seal = _render(out, 2, tmp_path)
    px = np.asarray(seal)
    reds = int(((px[..., 0] > 150) & (px[..., 1] < 90) & (px[..., 2] < 90)).sum())
    assert reds > 50  # the seal is red in the PDF
