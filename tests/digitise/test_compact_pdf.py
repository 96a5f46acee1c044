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


def test_a_deskewed_page_keeps_its_master_and_the_text_lands_on_the_ink(tmp_path: Path) -> None:
    """OCR read the page turned by its skew; the PDF keeps the master's own bytes (no resampled,
    larger copy) and turns the text layer instead: pdftotext's box of the word is on its ink."""
    import datetime as dt
    import io
    import re

    from PIL import ImageFont

    from desk_app import paths
    from desk_app.digitise.pdfa import PdfMeta, PdfPage, build_pdf
    from desk_app.ocr.types import Word

    upright = Image.new("L", (2480, 3508), 255)
    font = ImageFont.truetype(str(paths.resource("fonts", "NotoSans-Regular.ttf")), 80)
    draw = ImageDraw.Draw(upright)
    draw.text((1900, 300), "CHÀO", font=font, fill=0)
    x0, y0, x1, y1 = draw.textbbox((1900, 300), "CHÀO", font=font)
    scan = upright.rotate(3, fillcolor=255)  # the page as scanned: 3° counter-clockwise
    buf = io.BytesIO()
    scan.save(buf, "PNG", dpi=(300, 300))
    master = Image.open(io.BytesIO(buf.getvalue()))
    out = tmp_path / "skew.pdf"
    build_pdf([PdfPage(master, 300, [Word("CHÀO", x0, y0, x1 - x0, y1 - y0, 95.0, 0)],
                       master=buf.getvalue(), skew=3.0)],
              PdfMeta("t", "C", "p", None, dt.datetime(2026, 12, 4)), out)
    with pikepdf.open(out) as pdf:
        (image,) = pdf.pages[0].get_images().values()
        assert str(image.Filter) == "/FlateDecode" and int(image.DecodeParms.Predictor) == 15
    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">CHÀO', bbox)
    assert m is not None
    word = [float(v) * 300 / 72 for v in m.groups()]
    ys, xs = np.nonzero(np.asarray(scan) < 128)
    ink = [xs.min(), ys.min(), xs.max(), ys.max()]
    assert all(abs(a - b) < 15 for a, b in zip(word, ink, strict=True)), (word, ink)
