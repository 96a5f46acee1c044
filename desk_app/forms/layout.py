"""Shared layout of the legal forms: fonts, the two-column national header, signature blocks,
Vietnamese date phrases, bordered tables that wrap, the QR code, and the PDF builder.

Every form module builds a list of reportlab flowables from these pieces and hands it to
`build_pdf`; nothing here knows a particular form. Text is NFC-normalised and XML-escaped in
`esc()` before it reaches reportlab, so decomposed input ("Nguye\u0302\u0303n") prints with the
same glyphs as composed input and a stray "<" or "&" in a name cannot break the markup.
"""
from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain import vn_format
from desk_app.domain.text import nfc
from desk_app.domain.types import DeliveryMethod
from desk_app.forms.header_lines import agency_lines
from desk_app.paths import resource

logger = logging.getLogger(__name__)

FONT = "DeskSerif"
FONT_BOLD = "DeskSerif-Bold"
FONT_ITALIC = "DeskSerif-Italic"
FONT_BOLD_ITALIC = "DeskSerif-BoldItalic"

_FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_fonts_lock = threading.Lock()
_fonts_ready = False

# The national header's type size (Decree 30/2020: 12-13 pt); the motto fits its half of the page
# on one line at this size.
HEADER_SIZE = 12.0
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_SUB = "Độc lập - Tự do - Hạnh phúc"


def register_fonts() -> None:
    """Register the shipped Liberation Serif faces once per process. TTFont embeds a subset of
    the glyphs actually used, so a PDF prints the same on any machine."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_ready = True
        logger.debug("form fonts registered")


# --- text ---------------------------------------------------------------------------------

def esc(text: object) -> str:
    """NFC, XML-escaped text for a Paragraph; None prints as nothing."""
    if text is None:
        return ""
    return escape(nfc(str(text)))


# Counts with two digits ("05"), "26/11/2026", "26/11/2026 08:30", "ngày 26 tháng 11 năm 2026",
# "08 giờ 30 phút, ngày ...": the one Vietnamese formatter.
two = vn_format.two_digits
short_date = vn_format.date
short_datetime = vn_format.datetime
vn_date = vn_format.long_date
vn_datetime = vn_format.long_datetime


def dateline(place: str, value: dt.date) -> str:
    """The dateline under the motto: "Hải Phòng, ngày 26 tháng 11 năm 2026"."""
    text = vn_date(value)
    return f"{nfc(place)}, {text}" if place else text[0].upper() + text[1:]


DELIVERY_LABELS: dict[DeliveryMethod, str] = {
    DeliveryMethod.DESK: "Tại Bộ phận Một cửa",
    DeliveryMethod.POST: "Qua dịch vụ bưu chính công ích",
    DeliveryMethod.ONLINE: "Trực tuyến",
}


def delivery_label(method: DeliveryMethod) -> str:
    return DELIVERY_LABELS.get(method, str(method))


# --- styles -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_just: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    center_italic: ParagraphStyle
    header_left: ParagraphStyle
    header_right: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle


def make_styles(size: float = 13.0, cell_size: float | None = None) -> Styles:
    """Paragraph styles at a base size (13 pt is usual for administrative documents; the dense
    ledger uses smaller cells)."""
    register_fonts()
    cs = cell_size if cell_size is not None else size - 1
    lead = size * 1.25
    hs = HEADER_SIZE  # one size on every form, whatever the body's size

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": FONT, "fontSize": size, "leading": lead}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=st("body", alignment=TA_LEFT, spaceAfter=2),
        body_just=st("body_just", alignment=TA_JUSTIFY, spaceAfter=2),
        small=st("small", fontSize=size - 2, leading=(size - 2) * 1.2),
        note=st("note", fontName=FONT_ITALIC, fontSize=size - 3, leading=(size - 3) * 1.25),
        title=st("title", fontName=FONT_BOLD, fontSize=size + 1, leading=(size + 1) * 1.3,
                 alignment=TA_CENTER, spaceBefore=6),
        subtitle=st("subtitle", fontName=FONT_BOLD, alignment=TA_CENTER),
        center=st("center", alignment=TA_CENTER),
        center_bold=st("center_bold", fontName=FONT_BOLD, alignment=TA_CENTER),
        center_italic=st("center_italic", fontName=FONT_ITALIC, alignment=TA_CENTER),
        header_left=st("header_left", fontSize=hs, leading=hs * 1.2, alignment=TA_CENTER),
        header_right=st("header_right", fontName=FONT_BOLD, fontSize=hs, leading=hs * 1.2,
                        alignment=TA_CENTER),
        cell=st("cell", fontSize=cs, leading=cs * 1.2),
        cell_center=st("cell_center", fontSize=cs, leading=cs * 1.2, alignment=TA_CENTER),
        cell_head=st("cell_head", fontName=FONT_BOLD, fontSize=cs, leading=cs * 1.2,
                     alignment=TA_CENTER),
    )


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of already-escaped markup (build it with esc())."""
    return Paragraph(text, style)


def labelled(label: str, value: object, style: ParagraphStyle, bold_value: bool = False) -> Paragraph:
    """"Label: value" with the value escaped; dots when the value is empty, as on paper."""
    shown = esc(value) if value not in (None, "") else "." * 40
    if bold_value and value not in (None, ""):
        shown = f"<b>{shown}</b>"
    return Paragraph(f"{esc(label)}: {shown}", style)


# --- blocks -------------------------------------------------------------------------------

# One table-style command as reportlab takes it: name, first and last cell (column, row), values.
TableCommand: TypeAlias = tuple[str, tuple[int, int], tuple[int, int], *tuple[Any, ...]]

# Plain-string cells (and empty ones under a SPAN) are drawn in the table's own font, which is
# Helvetica unless set: that would put an unembedded font into every PDF.
BASE_TABLE_STYLE: tuple[TableCommand, ...] = (("FONTNAME", (0, 0), (-1, -1), FONT),)

def header_block(
    styles: Styles,
    width: float,
    *,
    superior: str,
    unit: str,
    number_line: str | None,
    date_line: str | None,
) -> Table:
    """The national header: governing body and unit on the left with the document number under
    them; the motto on the right with the dateline under it. Short rules under the unit and the
    motto, as in Decree 30/2020 layouts. The agency names break only between words
    (header_lines), at HEADER_SIZE on every form."""
    left_w = width * 0.45
    left: list[Flowable] = []
    if superior:
        lines = agency_lines(superior, left_w, FONT, styles.header_left.fontSize)
        left.append(p("<br/>".join(esc(x) for x in lines), styles.header_left))
    lines = agency_lines(unit, left_w, FONT_BOLD, styles.header_left.fontSize)
    left.append(p("<b>" + "<br/>".join(esc(x) for x in lines) + "</b>", styles.header_left))
    left.append(HRFlowable(width="35%", thickness=0.6, color=colors.black, spaceBefore=3,
                           spaceAfter=3, hAlign="CENTER"))
    if number_line:
        left.append(p(esc(number_line), styles.header_left))

    right: list[Flowable] = [
        p(esc(MOTTO), styles.header_right),
        p(esc(MOTTO_SUB), styles.header_right),
        HRFlowable(width="55%", thickness=0.6, color=colors.black, spaceBefore=3,
                   spaceAfter=3, hAlign="CENTER"),
    ]
    if date_line:
        right.append(p(f"<i>{esc(date_line)}</i>", styles.header_left))

    table = Table([[left, right]], colWidths=[left_w, width - left_w])
    table.setStyle(TableStyle([
        *BASE_TABLE_STYLE,
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


@dataclass(frozen=True)
class Signer:
    """One signature column: the role in capitals, the hint under it, the printed name."""

    role: str
    name: str = ""
    hint: str = "(Ký và ghi rõ họ tên)"


def signature_block(styles: Styles, width: float, signers: Sequence[Signer | None],
                    space: float = 20 * mm) -> Table:
    """Signature columns side by side with room to sign; None leaves a column empty (a single
    signer sits on the right, as on official letters)."""
    cells: list[list[Flowable]] = []
    for signer in signers:
        if signer is None:
            cells.append([])
            continue
        col: list[Flowable] = [p(f"<b>{esc(signer.role.upper())}</b>", styles.center)]
        if signer.hint:
            col.append(p(f"<i>{esc(signer.hint)}</i>", styles.center))
        col.append(Spacer(1, space))
        if signer.name:
            col.append(p(f"<b>{esc(signer.name)}</b>", styles.center))
        cells.append(col)
    n = max(len(cells), 1)
    table = Table([cells], colWidths=[width / n] * n)
    table.setStyle(TableStyle([*BASE_TABLE_STYLE, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def grid_table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra_style: Sequence[TableCommand] = (),
) -> Table:
    """A bordered table whose cells are Paragraphs, so long text wraps inside its column instead
    of running over the border; the header rows repeat on every page."""
    table = Table([list(r) for r in rows], colWidths=list(col_widths), repeatRows=header_rows)
    style: list[TableCommand] = [
        *BASE_TABLE_STYLE,
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style.append(("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"))
    style.extend(extra_style)
    table.setStyle(TableStyle(style))
    return table


@functools.lru_cache(maxsize=256)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of `text` (level M, 4-module quiet zone included), computed once per code:
    both copies of a receipt and a reprint reuse it."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4, box_size=1)
    qr.add_data(text)
    qr.make(fit=True)
    return tuple(tuple(bool(v) for v in row) for row in qr.get_matrix())


class QrFlowable(Flowable):
    """A QR code drawn as one filled path of dark runs: one path per code instead of a shape
    per module keeps rendering cheap, and no font is involved."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = nfc(text)
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        matrix = qr_matrix(self.text)
        module = self.size / len(matrix)
        path = self.canv.beginPath()
        for r, row in enumerate(matrix):
            y = self.size - (r + 1) * module
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect(start * module, y, (c - start) * module, module)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_code(text: str, size: float = 28 * mm) -> QrFlowable:
    """A QR code of exactly `text`, with the quiet zone the standard asks for, so phone apps and
    pyzbar read it from a 200 dpi scan."""
    return QrFlowable(text, size)


# --- document -----------------------------------------------------------------------------

_FRAME_PADDING = 6.0  # reportlab's default Frame padding, kept


def frame_height(pagesize: tuple[float, float] = A4,
                 margins: tuple[float, float, float, float] = (20 * mm, 15 * mm, 15 * mm, 15 * mm)
                 ) -> float:
    return pagesize[1] - margins[2] - margins[3] - 2 * _FRAME_PADDING


def story_height(story: Sequence[Flowable], width: float) -> float:
    """The height the flowables take stacked in a column of `width` (an upper bound: spacing
    between neighbours is counted in full, where the frame would collapse some)."""
    register_fonts()
    # some flowables measure on a canvas
    scratch = Canvas(io.BytesIO(), initialFontName=FONT)  # type: ignore[arg-type]  # stubs: font name typed float
    total = 0.0
    for f in story:
        if isinstance(f, KeepTogether):
            # its wrap() answers "infinitely tall" on purpose, to force a split decision
            total += story_height(_kept_together(f), width)
            continue
        _, h = f.wrapOn(scratch, width, 1e6)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _kept_together(flowables: KeepTogether) -> list[Flowable]:
    """The flowables a KeepTogether holds, in reportlab's `_content`, which its stubs leave out."""
    content: list[Flowable] = vars(flowables)["_content"]
    return content


def _numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas that writes "Trang x/y" on every page once the page count is known."""

    class NumberedCanvas(Canvas):
        # reportlab's own page state, which its stubs leave out
        _pageNumber: int
        _pagesize: tuple[float, float]
        _startPage: Callable[[], None]

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                text = f"{footer} - Trang {self._pageNumber}/{total}" if footer else \
                    f"Trang {self._pageNumber}/{total}"
                self.drawRightString(self._pagesize[0] - 12 * mm, 7 * mm, nfc(text))
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    pagesize: tuple[float, float] = A4,
    margins: tuple[float, float, float, float] = (20 * mm, 15 * mm, 15 * mm, 15 * mm),
    page_numbers: bool = False,
    footer: str = "",
) -> bytes:
    """Lay out the flowables and return the PDF bytes. margins: left, right, top, bottom."""
    register_fonts()
    buffer = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=nfc(title),
        subject=nfc(subject),
        author="desk-app",
        creator="desk-app",
        # Explicit, or reportlab starts every page in Helvetica and the PDF references an
        # unembedded font.
        initialFontName=FONT,
        initialFontSize=10,
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer) if page_numbers else Canvas)
    return buffer.getvalue()


def frame_width(pagesize: tuple[float, float] = A4,
                margins: tuple[float, float, float, float] = (20 * mm, 15 * mm, 15 * mm, 15 * mm)
                ) -> float:
    """The width flowables get: page minus margins minus the frame's own 6 pt padding on each
    side (a table as wide as the margins would stick out of the text column)."""
    return pagesize[0] - margins[0] - margins[1] - 2 * _FRAME_PADDING


__all__ = [
    "BASE_TABLE_STYLE",
    "FONT",
    "FONT_BOLD",
    "FONT_ITALIC",
    "HEADER_SIZE",
    "MOTTO",
    "MOTTO_SUB",
    "QrFlowable",
    "Signer",
    "Styles",
    "build_pdf",
    "dateline",
    "delivery_label",
    "esc",
    "frame_height",
    "frame_width",
    "grid_table",
    "header_block",
    "labelled",
    "make_styles",
    "p",
    "qr_code",
    "qr_matrix",
    "register_fonts",
    "short_date",
    "short_datetime",
    "signature_block",
    "story_height",
    "two",
    "vn_date",
    "vn_datetime",
]
