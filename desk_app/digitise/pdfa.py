"""Searchable PDF/A-2b: each page image with an invisible text layer (render mode 3) at the word
positions, in an embedded TrueType font that covers Vietnamese (Noto Sans, OFL, shipped in
resources/fonts). reportlab lays out the pages and writes a ToUnicode map for the subset fonts, so
pdftotext gives back the NFC text with its diacritics; pikepdf then adds what PDF/A-2b asks for:
XMP metadata declaring part 2 / conformance B (and the dossier's code, procedure and dates) and an
sRGB output intent."""
from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from PIL import Image, ImageCms
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from desk_app import paths, safe_output
from desk_app.domain.text import nfc
from desk_app.errors import DeskError
from desk_app.ocr.types import Word

logger = logging.getLogger(__name__)

FONT_NAME = "DeskNotoSans"
JPEG_QUALITY = 80  # page images: greyscale/colour JPEG keeps an A4 page at a few hundred kB


@dataclass
class PdfPage:
    image: Image.Image  # upright page (the frame the word boxes are in)
    dpi: int
    words: Sequence[Word]


@dataclass
class PdfMeta:
    title: str
    dossier_code: str
    procedure: str  # "code - name"
    received: dt.datetime | None
    digitised: dt.datetime
    agency: str = ""
    author: str = ""
    keywords: list[str] = field(default_factory=list)


def _font() -> str:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        path = paths.resource("fonts", "NotoSans-Regular.ttf")
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
    return FONT_NAME


def _image_reader(img: Image.Image) -> ImageReader:
    if img.mode == "1":
        img = img.convert("L")
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    buf.seek(0)
    return ImageReader(buf)


def _draw_text_layer(c: canvas.Canvas, page: PdfPage, page_h: float) -> None:
    font = _font()
    k = 72.0 / page.dpi
    lines: dict[int, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    for line_words in lines.values():
        top = min(w.y for w in line_words)
        bottom = max(w.y + w.h for w in line_words)
        height = (bottom - top) * k
        size = max(1.0, height * 0.8)
        baseline = page_h - bottom * k + height * 0.2
        t = c.beginText()
        t.setTextRenderMode(3)  # invisible: the image shows, the text is searchable
        for i, w in enumerate(sorted(line_words, key=lambda w: w.x)):
            text = nfc(w.text)
            natural = pdfmetrics.stringWidth(text, font, size)
            t.setFont(font, size)
            t.setHorizScale(max(10.0, min(400.0, 100.0 * (w.w * k) / natural)) if natural else 100.0)
            t.setTextOrigin(w.x * k, baseline)
            # a trailing space (except at the line end) keeps words apart for text extraction
            t.textOut(text + (" " if i < len(line_words) - 1 else ""))
        c.drawText(t)


def _xmp(pdf: pikepdf.Pdf, meta: PdfMeta) -> None:
    def iso(d: dt.datetime) -> str:
        return d.replace(microsecond=0).isoformat()

    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["pdfaid:part"] = "2"
        xmp["pdfaid:conformance"] = "B"
        xmp["dc:title"] = meta.title
        xmp["dc:identifier"] = meta.dossier_code
        xmp["dc:description"] = f"Hồ sơ {meta.dossier_code} — {meta.procedure}"
        xmp["dc:subject"] = [meta.dossier_code, meta.procedure, *meta.keywords]
        xmp["dc:language"] = ["vi"]
        xmp["dc:format"] = "application/pdf"
        if meta.author:
            xmp["dc:creator"] = [meta.author]
        if meta.agency:
            xmp["dc:publisher"] = [meta.agency]
        dates = [iso(meta.received)] if meta.received else []
        xmp["dc:date"] = [*dates, iso(meta.digitised)]
        xmp["xmp:CreateDate"] = iso(meta.digitised)
        xmp["xmp:ModifyDate"] = iso(meta.digitised)
        xmp["xmp:MetadataDate"] = iso(meta.digitised)
        xmp["xmp:CreatorTool"] = "desk-app"
        xmp["pdf:Producer"] = "desk-app (reportlab, pikepdf)"
        xmp["pdf:Keywords"] = "; ".join([meta.dossier_code, meta.procedure, *meta.keywords])


def _output_intent(pdf: pikepdf.Pdf) -> None:
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    stream = pikepdf.Stream(pdf, icc)
    stream["/N"] = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
        Info=pikepdf.String("sRGB IEC61966-2.1"),
        DestOutputProfile=stream,
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])


def build_pdf(pages: Sequence[PdfPage], meta: PdfMeta, out: Path) -> int:
    """Writes the searchable PDF/A-2b; returns its size in bytes."""
    if not pages:
        raise DeskError("no_pages")
    raw = io.BytesIO()
    # The initial font is ours too: reportlab would otherwise reference a non-embedded Helvetica.
    c = canvas.Canvas(raw, invariant=1, pageCompression=1,
                      initialFontName=_font(),  # type: ignore[arg-type]  # stubs: font name typed float
                      initialFontSize=10)
    c.setTitle(meta.title)
    c.setAuthor(meta.author or "desk-app")
    c.setSubject(meta.procedure)
    c.setCreator("desk-app")
    for page in pages:
        w_pt = page.image.width * 72.0 / page.dpi
        h_pt = page.image.height * 72.0 / page.dpi
        c.setPageSize((w_pt, h_pt))
        c.drawImage(_image_reader(page.image), 0, 0, width=w_pt, height=h_pt)
        _draw_text_layer(c, page, h_pt)
        c.showPage()
    c.save()
    raw.seek(0)
    with pikepdf.open(raw) as pdf:
        _xmp(pdf, meta)
        _output_intent(pdf)
        pdf.Root.Lang = pikepdf.String("vi-VN")
        tmp = safe_output.temp_beside(out)  # refuses a device, FIFO, folder or link at `out`
        try:
            pdf.save(tmp, fix_metadata_version=True, deterministic_id=True)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    safe_output.replace_into(tmp, out)
    return out.stat().st_size
