"""The OCR engine behind a small interface: Tesseract 5 run as a subprocess (one thread per process,
OMP_THREAD_LIMIT=1; the service runs pages in parallel), and a fake for wiring tests."""
from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Sequence
from typing import Protocol

import cv2
import numpy as np

from desk_app.domain.text import nfc
from desk_app.errors import DeskError, ToolMissing
from desk_app.ocr.types import Word
from desk_app.tasks import Cancelled

logger = logging.getLogger(__name__)

# Measured by benchmarks/bench_ocr.py on generated Vietnamese administrative pages: see docs.
DEFAULT_LANG = "vie"
LANG_PACKAGES = {"vie": "tesseract-ocr-vie", "Vietnamese": "tesseract-ocr-script-viet",
                 "eng": "tesseract-ocr-eng", "osd": "tesseract-ocr-osd"}


class OcrEngine(Protocol):
    name: str

    def recognise(self, image: np.ndarray, dpi: int, cancel: threading.Event | None = None,
                  psm: int = 3) -> list[Word]:
        """Words of an 8-bit grey image, in reading order, boxes in its pixels."""


@functools.lru_cache(maxsize=4)
def _installed(binary: str) -> tuple[str, frozenset[str]]:
    path = shutil.which(binary)
    if path is None:
        raise ToolMissing("tesseract_missing", "tesseract-ocr")
    out = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    version = (out.stdout or out.stderr).split()[1] if (out.stdout or out.stderr) else "?"
    langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, check=False)
    names = frozenset(line.strip() for line in langs.stdout.splitlines()[1:] if line.strip())
    return version, names


def parse_tsv(tsv: str) -> list[Word]:
    words: list[Word] = []
    line_no = -1
    last_key: tuple[str, str, str] | None = None
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = nfc(cols[11]).strip()
        if not text:
            continue
        key = (cols[2], cols[3], cols[4])  # block, paragraph, line
        if key != last_key:
            line_no += 1
            last_key = key
        words.append(Word(text=text, x=int(cols[6]), y=int(cols[7]), w=int(cols[8]),
                          h=int(cols[9]), conf=max(0.0, float(cols[10])), line=line_no,
                          block=int(cols[2]) * 1000 + int(cols[3])))
    return words


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
    """Tesseract CLI with a language model; the image goes in on stdin as BMP (PGM on stdin hangs Tesseract 5.3), TSV comes back."""

    def __init__(self, lang: str = DEFAULT_LANG, binary: str = "tesseract") -> None:
        self.lang = lang
        self.binary = binary
        version, langs = _installed(binary)
        if lang not in langs:
            package = LANG_PACKAGES.get(lang, f"tesseract-ocr-{lang.lower()}")
            raise ToolMissing("tesseract_lang_missing", package)
        self.name = f"tesseract-{version}/{lang}"

    def recognise(self, image: np.ndarray, dpi: int, cancel: threading.Event | None = None,
                  psm: int = 3) -> list[Word]:
        ok, buf = cv2.imencode(".bmp", image)
        if not ok:
            raise DeskError("ocr_failed", "encode")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        cmd = [self.binary, "stdin", "stdout", "-l", self.lang, "--psm", str(psm),
               "--dpi", str(dpi), "tsv"]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        # communicate() runs in a helper thread so this one can watch the cancel flag; retrying
        # communicate() after a timeout while stdin is still being written deadlocks.
        box: dict[str, bytes] = {}

        def talk() -> None:
            box["out"], box["err"] = proc.communicate(buf.tobytes())

        talker = threading.Thread(target=talk, daemon=True)
        talker.start()
        while talker.is_alive():
            talker.join(0.1)
            if cancel is not None and cancel.is_set() and talker.is_alive():
                proc.kill()
                talker.join()
                raise Cancelled()
        out, err = box.get("out", b""), box.get("err", b"")
        if proc.returncode != 0:
            logger.warning("tesseract failed: %s", err.decode("utf-8", "replace")[-300:])
            raise DeskError("ocr_failed", f"tesseract exit {proc.returncode}")
        return parse_tsv(out.decode("utf-8", "replace"))


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
