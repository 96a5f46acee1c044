"""Fonts and styles shared by the supervision PDFs (reportlab). A TrueType face with Vietnamese glyphs
is embedded: the one shipped in resources/fonts when present, else the system's Liberation Serif
(metric-compatible with Times New Roman, the face of Vietnamese official documents)."""
from __future__ import annotations

import logging
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app import paths
from desk_app.errors import ToolMissing

logger = logging.getLogger(__name__)

FONT = "DeskSerif"
FONT_BOLD = "DeskSerif-Bold"
_FACES = {FONT: "LiberationSerif-Regular.ttf", FONT_BOLD: "LiberationSerif-Bold.ttf"}
_SYSTEM_DIRS = (
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("C:/Windows/Fonts"),
)


def _find(file_name: str) -> Path:
    try:
        shipped = paths.resource("fonts", file_name)
        if shipped.is_file():
            return shipped
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - broken install
        pass
    for folder in _SYSTEM_DIRS:
        if (folder / file_name).is_file():
            return folder / file_name
    raise ToolMissing("font_missing", file_name)


def register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in _FACES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(_find(file_name))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8,
                                    leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                                alignment=1, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=13,
                                   alignment=1, spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=11,
                                  leading=14, spaceBefore=8, spaceAfter=4),
    }


def escape(text: str) -> str:
    """Text for a reportlab Paragraph (which reads a small XML dialect)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
