"""The OCR engine behind a small interface: Tesseract 5 through the OCR runner
(desk_app/ocr/tesseract.py, one thread per process; the service runs pages in parallel), and a fake
for wiring tests."""
from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from desk_app.domain.text import nfc
from desk_app.ocr import tesseract
from desk_app.ocr.types import Word
from desk_app.tasks import Cancelled

# Measured by benchmarks/bench_ocr.py on generated Vietnamese administrative pages: see docs.
DEFAULT_LANG = "vie"


class OcrEngine(Protocol):
    name: str

    def recognise(self, image: np.ndarray, dpi: int, cancel: threading.Event | None = None,
                  psm: int = 3) -> list[Word]:
        """Words of an 8-bit grey image, in reading order, boxes in its pixels."""


def words_to_text(words: Sequence[Word]) -> str:
    """Lines joined by newlines, paragraphs separated by a blank line: the page text as stored."""
    out: list[str] = []
    last_line = last_block = None
    for w in words:
        if last_line is None:
            out.append(w.text)
        elif w.line != last_line:
            out.append("\n\n" if w.block != last_block else "\n")
            out.append(w.text)
        else:
            out.append(" " + w.text)
        last_line, last_block = w.line, w.block
    return nfc("".join(out))


class TesseractEngine:
    """Tesseract with a language model, run by the OCR runner; words come back from its TSV."""

    def __init__(self, lang: str = DEFAULT_LANG, binary: str = tesseract.BINARY) -> None:
        self.lang = lang
        self.binary = binary
        version = tesseract.require(lang, binary)
        self.name = f"tesseract-{version}/{lang}"

    def recognise(self, image: np.ndarray, dpi: int, cancel: threading.Event | None = None,
                  psm: int = 3) -> list[Word]:
        return tesseract.words(image, lang=self.lang, psm=psm, dpi=dpi, cancel=cancel,
                               binary=self.binary)


class FakeEngine:
    """Returns fixed words whatever the image: proves wiring without running Tesseract."""

    name = "fake/0"

    def __init__(self, text: str = "Giấy khai sinh Nguyễn Văn An", conf: float = 95.0) -> None:
        self.text = text
        self.conf = conf
        self.calls = 0

    def recognise(self, image: np.ndarray, dpi: int, cancel: threading.Event | None = None,
                  psm: int = 3) -> list[Word]:
        self.calls += 1
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        words = []
        x = 10
        for i, line in enumerate(self.text.splitlines()):
            x = 10
            for token in line.split():
                words.append(Word(token, x, 10 + 40 * i, 20 * len(token), 30, self.conf, i))
                x += 20 * len(token) + 15
        return words
