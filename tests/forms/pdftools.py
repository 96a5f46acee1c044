"""Read rendered PDFs back with the real poppler tools (pdftotext, pdffonts, pdftoppm)."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


def _run(args: list[str]) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def write(tmp: Path, name: str, pdf: bytes) -> Path:
    assert pdf.startswith(b"%PDF-"), "not a PDF"
    path = tmp / name
    path.write_bytes(pdf)
    return path


def text(path: Path, layout: bool = False) -> str:
    """The text of the whole PDF; pages separated by form feeds."""
    return _run(["pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", str(path), "-"])


def flat(s: str) -> str:
    """Whitespace collapsed, so a wrapped line reads as one sentence again."""
    return " ".join(s.split())


def in_order(text: str, phrase: str) -> bool:
    """The phrase's words appear in the text in order, possibly interleaved with other words:
    pdftotext reads side-by-side table cells line by line, mixing neighbouring cells."""
    words = iter(text.split())
    return all(any(w == t for t in words) for w in phrase.split())


def pages(path: Path) -> list[str]:
    return [p for p in text(path).split("\f") if p.strip()]


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool


def fonts(path: Path) -> list[FontRow]:
    out = _run(["pdffonts", str(path)]).splitlines()[2:]
    rows = []
    for line in out:
        # name type... encoding emb sub uni id gen: read the flags from the right
        parts = line.split()
        emb = parts[-5]
        rows.append(FontRow(name=parts[0], type=" ".join(parts[1:-6]), embedded=emb == "yes"))
    return rows


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    x_max: float
    y_min: float
    y_max: float


_PAGE_RE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD_RE = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(path: Path) -> tuple[list[tuple[float, float]], list[Word]]:
    """Page sizes and every word's box (points, origin top-left), from pdftotext -bbox."""
    html = _run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"])
    sizes: list[tuple[float, float]] = []
    found: list[Word] = []
    for chunk in html.split("<page ")[1:]:
        m = _PAGE_RE.match("<page " + chunk)
        assert m
        sizes.append((float(m.group(1)), float(m.group(2))))
        for w in _WORD_RE.finditer(chunk):
            found.append(Word(len(sizes), w.group(5), float(w.group(1)), float(w.group(3)),
                              float(w.group(2)), float(w.group(4))))
    return sizes, found


def render_png(path: Path, out_prefix: Path, dpi: int) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(out_prefix)], check=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))
