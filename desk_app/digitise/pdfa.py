"""Searchable PDF/A-2b: each page image with an invisible text layer (render mode 3) at the word
positions, in an embedded TrueType font that covers Vietnamese (Noto Sans, OFL, shipped in
resources/fonts, embedded with its outlines emptied: the layer is never painted). reportlab lays out the text layer and writes a ToUnicode map for the subset
fonts, so pdftotext gives back the NFC text with its diacritics; pikepdf then puts each page's
image under its text and adds what PDF/A-2b asks for: XMP metadata declaring part 2 / conformance
B (and the dossier's code, procedure and dates) and an sRGB output intent.

The pages stream through: each is encoded as it comes and its pixels are let go, so memory does
not grow with the page count (only the encoded images stay until the file is written). Images go
in their own encoding, never through ASCII85: a JPEG master that needs no turning is embedded as
it is (DCTDecode); a PNG master as its own deflated data (FlateDecode with the PNG predictors)
unless a JPEG of it is smaller (a noisy scan); a bi-level page as CCITT Group 4 (CCITTFaxDecode,
as its G4 master); other pages as JPEG. Grey stays one channel, colour stays colour."""
from __future__ import annotations

import datetime as dt
import io
import logging
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from PIL import Image, ImageChops, ImageCms, TiffImagePlugin
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
# A lossless PNG master up to this size goes in as it is; a larger one (a noisy scan) as JPEG
# when that is smaller.
PNG_AS_IS_BYTES = 300_000


@dataclass
class PdfPage:
    image: Image.Image  # upright page (the frame the word boxes are in)
    dpi: int
    words: Sequence[Word]
    # the stored master's bytes, when `image` is exactly it (no turn, no mark): a JPEG goes in
    # unchanged, a PNG as its own deflated data (unless a JPEG of it is much smaller)
    master: bytes | None = None
    # the words are in the frame of `image` turned by -skew (OCR's deskew): the text layer is
    # turned back onto the image instead of the image being resampled (which would lose the
    # master's own encoding and make a clean page's lossless data larger than a JPEG of it)
    skew: float = 0.0


@dataclass(frozen=True)
class EmbeddedImage:
    """A page image as it goes into the PDF: its encoded bytes and the image dictionary's keys."""

    data: bytes
    filter: str  # "/DCTDecode" or "/CCITTFaxDecode"
    width: int
    height: int
    colour_space: str  # "/DeviceGray", "/DeviceRGB" or "/Indexed" (with `palette`)
    bits: int = 8
    png_colours: int = 0  # FlateDecode data with PNG row predictors, this many colours a pixel
    palette: bytes = b""  # an indexed image's RGB table (a palette PNG master's PLTE)


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
        pdfmetrics.registerFont(TTFont(FONT_NAME, io.BytesIO(glyphless(path))))
    return FONT_NAME


def glyphless(path: Path) -> bytes:
    """The font with every glyph's outline emptied and its hinting and layout tables dropped; its
    character map and advance widths kept. The text layer is never painted (render mode 3), so
    outlines are dead weight: the embedded subsets shrink from about 15 kB to 3 kB a file, and the
    text still extracts and selects exactly as before (same widths, same ToUnicode map). PDF/A
    wants the font program embedded; an empty-outline program is one."""
    from fontTools.ttLib import TTFont as FontFile
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    font = FontFile(str(path))
    glyf = font["glyf"]
    for name in font.getGlyphOrder():
        glyf[name] = Glyph()
    for tag in ("fpgm", "prep", "cvt ", "gasp", "GPOS", "GSUB", "GDEF", "hdmx", "kern", "DSIG"):
        if tag in font:
            del font[tag]
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def _g4(img: Image.Image) -> bytes:
    """The CCITT G4 data of a bi-level image: a one-strip G4 TIFF's strip. Pillow writes a "1"
    image as MinIsBlack, so its coded "black" runs are the white pixels: the image is inverted
    first, and the runs then mean what a PDF reader takes them for (BlackIs1 false)."""
    buf = io.BytesIO()
    ImageChops.invert(img).save(buf, "TIFF", compression="group4", strip_size=2**31 - 1)
    with Image.open(io.BytesIO(buf.getvalue())) as tif:
        assert isinstance(tif, TiffImagePlugin.TiffImageFile)
        offsets, counts = tif.tag_v2[273], tif.tag_v2[279]  # StripOffsets, StripByteCounts
    if len(offsets) != 1:
        raise DeskError("pdf_image", "G4 strip")
    data = buf.getvalue()
    return data[offsets[0]:offsets[0] + counts[0]]


def _png_data(data: bytes) -> EmbeddedImage | None:
    """A PNG's deflated pixel data as a PDF image (FlateDecode with the PNG predictors): the
    master's own bytes, not decoded. None for what a PDF image cannot take as it is (palette,
    alpha, interlace, 16 bits)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    pos, idat, header, plte = 8, [], b"", b""
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = chunk
        elif kind == b"PLTE":
            plte = chunk
        elif kind == b"IDAT":
            idat.append(chunk)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if len(header) < 13 or not idat:
        return None
    width, height, depth, colour_type, _c, _f, interlace = struct.unpack(">IIBBBBB", header[:13])
    if interlace:
        return None
    if colour_type == 3 and plte and len(plte) % 3 == 0:
        # a palette master: indexed, the PNG's own indices and table (any bit depth PNG allows)
        return EmbeddedImage(b"".join(idat), "/FlateDecode", width, height, "/Indexed",
                             bits=depth, png_colours=1, palette=plte)
    colours = {0: 1, 2: 3}.get(colour_type)
    if colours is None or depth != 8:
        return None
    return EmbeddedImage(b"".join(idat), "/FlateDecode", width, height,
                         "/DeviceGray" if colours == 1 else "/DeviceRGB", png_colours=colours)


def _jpeg(img: Image.Image) -> EmbeddedImage:
    if img.mode not in ("L", "RGB"):
        img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    space = "/DeviceGray" if img.mode == "L" else "/DeviceRGB"
    return EmbeddedImage(buf.getvalue(), "/DCTDecode", img.width, img.height, space)


def embedded_image(page: PdfPage) -> EmbeddedImage:
    img = page.image
    master = page.master
    if master is not None and img.format == "JPEG" and img.mode in ("L", "RGB"):
        space = "/DeviceGray" if img.mode == "L" else "/DeviceRGB"
        return EmbeddedImage(master, "/DCTDecode", img.width, img.height, space)
    if img.mode == "1":
        return EmbeddedImage(_g4(img), "/CCITTFaxDecode", img.width, img.height,
                             "/DeviceGray", bits=1)
    png = _png_data(master) if master is not None and img.format == "PNG" else None
    if png is not None and len(png.data) <= PNG_AS_IS_BYTES:
        return png  # a clean page: its lossless master is already small
    jpeg = _jpeg(img)
    return png if png is not None and len(png.data) <= len(jpeg.data) else jpeg


def _place_image(pdf: pikepdf.Pdf, page: pikepdf.Page, image: EmbeddedImage) -> None:
    xobject = pikepdf.Stream(pdf, b"")
    xobject.Type = pikepdf.Name.XObject
    xobject.Subtype = pikepdf.Name.Image
    xobject.Width = image.width
    xobject.Height = image.height
    if image.palette:
        xobject.ColorSpace = pikepdf.Array([pikepdf.Name.Indexed, pikepdf.Name.DeviceRGB,
                                            len(image.palette) // 3 - 1,
                                            pikepdf.String(image.palette)])
    else:
        xobject.ColorSpace = pikepdf.Name(image.colour_space)
    xobject.BitsPerComponent = image.bits
    parms = None
    if image.filter == "/CCITTFaxDecode":
        parms = pikepdf.Dictionary(K=-1, Columns=image.width, Rows=image.height, BlackIs1=False)
    elif image.png_colours:
        parms = pikepdf.Dictionary(Predictor=15, Colors=image.png_colours,
                                   BitsPerComponent=image.bits, Columns=image.width)
    # the bytes are already encoded: written as they are, no ASCII85, no re-encoding
    xobject.write(image.data, filter=pikepdf.Name(image.filter), decode_parms=parms)
    name = page.add_resource(xobject, pikepdf.Name.XObject, prefix="Im")
    box = page.mediabox
    w, h = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
    page.contents_add(pikepdf.Stream(pdf, f"q {w:.4f} 0 0 {h:.4f} 0 0 cm {name} Do Q\n".encode()),
                      prepend=True)


def _draw_text_layer(c: canvas.Canvas, page: PdfPage, page_h: float) -> None:
    font = _font()
    k = 72.0 / page.dpi
    if page.skew:
        # Pillow's rotate(-skew) turned the picture clockwise by skew to make the OCR frame; the
        # words go back counter-clockwise by skew about the page's centre
        cx, cy = page.image.width * k / 2, page_h / 2
        c.translate(cx, cy)
        c.rotate(page.skew)
        c.translate(-cx, -cy)
    lines: dict[int, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    for line_words in lines.values():
        top = min(w.y for w in line_words)
        bottom = max(w.y + w.h for w in line_words)
        height = (bottom - top) * k
        size = max(1.0, height * 0.8)
        baseline = page_h - bottom * k + height * 0.2
        # positions to a hundredth of a point and one font setting a line: the text layer is
        # most of a bi-level page's bytes after its image (docs/storage.md)
        size = round(size, 1)
        t = c.beginText()
        t.setTextRenderMode(3)  # invisible: the image shows, the text is searchable
        t.setFont(font, size)
        for i, w in enumerate(sorted(line_words, key=lambda w: w.x)):
            text = nfc(w.text)
            natural = pdfmetrics.stringWidth(text, font, size)
            scale = max(10.0, min(400.0, 100.0 * (w.w * k) / natural)) if natural else 100.0
            t.setHorizScale(round(scale, 1))
            t.setTextOrigin(round(w.x * k, 2), round(baseline, 2))
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


def build_pdf(pages: Iterable[PdfPage], meta: PdfMeta, out: Path) -> int:
    """Writes the searchable PDF/A-2b; returns its size in bytes. `pages` may be a generator:
    each page is encoded and its text laid out before the next one is asked for."""
    raw = io.BytesIO()
    # The initial font is ours too: reportlab would otherwise reference a non-embedded Helvetica.
    c = canvas.Canvas(raw, invariant=1, pageCompression=1,
                      initialFontName=_font(),  # type: ignore[arg-type]  # stubs: font name typed float
                      initialFontSize=10)
    c.setTitle(meta.title)
    c.setAuthor(meta.author or "desk-app")
    c.setSubject(meta.procedure)
    c.setCreator("desk-app")
    images: list[EmbeddedImage] = []
    for page in pages:
        w_pt = page.image.width * 72.0 / page.dpi
        h_pt = page.image.height * 72.0 / page.dpi
        c.setPageSize((w_pt, h_pt))
        images.append(embedded_image(page))
        _draw_text_layer(c, page, h_pt)
        c.showPage()
        del page  # the pixels go now, not at the end of the loop
    if not images:
        raise DeskError("no_pages")
    c.save()
    raw.seek(0)
    with pikepdf.open(raw) as pdf:
        for pdf_page, image in zip(pdf.pages, images, strict=True):
            _place_image(pdf, pdf_page, image)
        _xmp(pdf, meta)
        _output_intent(pdf)
        pdf.Root.Lang = pikepdf.String("vi-VN")
        tmp = safe_output.temp_beside(out)  # refuses a device, FIFO, folder or link at `out`
        try:
            # objects packed in compressed object streams (PDF 1.5, allowed by PDF/A-2): the
            # text layer's many small objects cost a few kB a page otherwise
            pdf.save(tmp, fix_metadata_version=True, deterministic_id=True,
                     object_stream_mode=pikepdf.ObjectStreamMode.generate,
                     compress_streams=True)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    safe_output.replace_into(tmp, out)
    return out.stat().st_size
