"""The digitised PDF of compact masters (issue 16): a text page kept bi-level goes in as CCITT G4,
a palette PNG master as an indexed image of its own deflated data (lossless, the seal still red),
a lossless WebP master (no PDF filter takes WebP) re-encoded; the text layer reads back the same
with pdftotext on each, and the file stays PDF/A-2b in its metadata."""
from __future__ import annotations

import random
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
from PIL import Image, ImageDraw
from sqlalchemy import select

from db.models import OcrResult, Page
from desk_app.capture.service import prepare_image
from desk_app.cli import main
from desk_app.demo.compare_pairs import scan_original
from desk_app.demo.ocr_pages import make_page
from desk_app.domain.types import ColourMode
from tests.digitise.conftest import make_dossier


def _cer(a: str, b: str) -> float:
    import difflib

    a, b = " ".join(a.split()), " ".join(b.split())
    return 1.0 - difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio()


def _sealed(img: Image.Image) -> Image.Image:
    rgb = img.convert("RGB")
    ImageDraw.Draw(rgb).ellipse((1500, 2700, 2100, 3300), outline=(200, 20, 20), width=28)
    return rgb


def _scanned(img: Image.Image, seed: int) -> Image.Image:
    bgr = np.ascontiguousarray(np.asarray(img.convert("RGB"))[:, :, ::-1])
    return Image.fromarray(np.ascontiguousarray(scan_original(bgr, random.Random(seed))[:, :, ::-1]))


def test_compact_masters_in_the_pdf(ctx: Any, tmp_path: Path) -> None:
    src = [make_page(seed, paragraphs=1) for seed in (6, 7, 8)]
    few = src[1].image.point(lambda v: v // 8 * 8)  # 32 greys and the seal's red: a palette page
    kept = [
        prepare_image(_scanned(src[0].image, 6).convert("L"), 300, ColourMode.GREY),  # text page
        prepare_image(_sealed(few), 300, ColourMode.COLOUR),
        prepare_image(_scanned(_sealed(src[2].image), 8), 300, ColourMode.COLOUR),  # a scan
    ]
    assert [(k.colour_mode, k.mime) for k in kept] == [
        ("bw", "image/tiff"), ("colour", "image/png"), ("colour", "image/webp")]
    make_dossier(ctx, [k.data for k in kept], code="H31.12.05-261126-0016")
    out = tmp_path / "d.pdf"
    assert main(["digitize", "H31.12.05-261126-0016", "-o", str(out), "-q"]) == 0

    with pikepdf.open(out) as pdf:
        images = [next(iter(p.get_images().values())) for p in pdf.pages]
        assert [str(x.Filter) for x in images] == ["/CCITTFaxDecode", "/FlateDecode", "/DCTDecode"]
        assert len(images[0].read_raw_bytes()) < 1.5 * len(kept[0].data)
        space = images[1].ColorSpace
        assert str(space[0]) == "/Indexed" and str(space[1]) == "/DeviceRGB"
        assert len(images[1].read_raw_bytes()) < len(kept[1].data)  # its own rows, no re-encoding
        # the indexed page decodes to the master's pixels exactly
        back = np.asarray(pikepdf.PdfImage(images[1]).as_pil_image().convert("RGB"))
        assert np.array_equal(back, np.asarray(_sealed(few)))
        assert str(images[2].ColorSpace) == "/DeviceRGB"
        with pdf.open_metadata() as xmp:
            assert xmp["pdfaid:part"] == "2" and xmp["pdfaid:conformance"] == "B"
        assert "/OutputIntents" in pdf.Root

    with ctx.sessions() as s:
        ids = [p.id for p in s.scalars(select(Page).order_by(Page.position))]
        results = {r.page_id: r.text for r in s.scalars(select(OcrResult))}
    for n, pid in enumerate(ids, start=1):
        text = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert _cer(results[pid], text) <= 0.005, n
        assert _cer(src[n - 1].text, text) <= 0.02, n

    subprocess.run(["pdftoppm", "-f", "2", "-l", "2", "-r", "40", "-png", "-singlefile", str(out),
                    str(tmp_path / "p2")], check=True)
    px = np.asarray(Image.open(tmp_path / "p2.png").convert("RGB"))
    assert int(((px[..., 0] > 150) & (px[..., 1] < 90) & (px[..., 2] < 90)).sum()) > 50
