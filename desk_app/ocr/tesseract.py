"""The only place that starts the Tesseract binary; page OCR (`TesseractEngine`), the text check of
a comparison, ID cards and page orientation all come through here, so replacing the engine or
changing how it is called touches this module alone.

How it is called, and why (numbers in docs/architecture.md, "OCR runner"):
- one child process per image with OMP_THREAD_LIMIT=1: on these two-core counters one thread per
  process and pages side by side is faster than Tesseract's own threads;
- the image goes in on stdin as BMP and the result comes back on stdout, so no scan of a citizen's
  document is ever written to a temporary file (PGM on stdin hangs Tesseract 5.3; BMP is the
  cheapest format it reads from a pipe);
- the process is killed when the caller cancels or its time runs out;
- TSV and OSD output are parsed here, once.
"""
from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO

import cv2
import numpy as np

from desk_app.domain.text import nfc
from desk_app.errors import DeskError, ToolMissing
from desk_app.ocr.types import Word
from desk_app.tasks import Cancelled

logger = logging.getLogger(__name__)

BINARY = "tesseract"
LANG_PACKAGES = {"vie": "tesseract-ocr-vie", "Vietnamese": "tesseract-ocr-script-viet",
                 "eng": "tesseract-ocr-eng", "osd": "tesseract-ocr-osd"}
_LANG_ERRORS = ("Failed loading language", "Error opening data file")


class OcrFailed(DeskError):
    """Tesseract ran but gave no result (a non-zero exit)."""

    code = "ocr_failed"


class OcrTimedOut(OcrFailed):
    """Tesseract was killed because it ran past the caller's time limit."""


@dataclass(frozen=True)
class Osd:
    """Tesseract's orientation answer: `rotate` is its "Rotate" (degrees clockwise that turn the
    image upright); a confidence of 0 means it found too little text to tell."""

    rotate: int = 0
    confidence: float = 0.0


def package_for(lang: str) -> str:
    """The Debian/Ubuntu package that carries a language model, named in the error a user sees."""
    return LANG_PACKAGES.get(lang, f"tesseract-ocr-{lang.lower()}")


@functools.lru_cache(maxsize=4)
def installed(binary: str = BINARY) -> tuple[str, frozenset[str]]:
    """(version, installed language models) of a Tesseract binary on the PATH."""
    path = shutil.which(binary)
    if path is None:
        raise ToolMissing("tesseract_missing", "tesseract-ocr")
    out = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
    version = (out.stdout or out.stderr).split()[1] if (out.stdout or out.stderr) else "?"
    langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, check=False)
    names = frozenset(line.strip() for line in langs.stdout.splitlines()[1:] if line.strip())
    return version, names


def require(lang: str, binary: str = BINARY) -> str:
    """Tesseract's version, after checking that it and the language model are installed."""
    version, langs = installed(binary)
    if lang not in langs:
        raise ToolMissing("tesseract_lang_missing", package_for(lang))
    return version


def _args(lang: str | None, psm: int, dpi: int, variables: Mapping[str, str] | None) -> list[str]:
    args = ["-l", lang] if lang else []
    args += ["--psm", str(psm), "--dpi", str(dpi)]
    for name, value in (variables or {}).items():
        args += ["-c", f"{name}={value}"]
    return args


def _bilevel(image: np.ndarray) -> bool:
    """Only black and white: sent as 1-bit PBM, an eighth of the bytes. Tesseract reads its
    standard input slowly: on 200 dpi pages a PBM saved a tenth of its time against a BMP."""
    return (image.ndim == 2 and image.dtype == np.uint8
            and cv2.countNonZero(cv2.inRange(image, 1, 254)) == 0)


def _pbm_readable(image: np.ndarray) -> bool:
    """Leptonica (Tesseract's image reader) fails on a PBM whose first byte of pixels is a
    whitespace character, taking it for the end of the header: such an image goes as a BMP."""
    first = np.zeros(8, np.uint8)
    row = image[0, :8] == 0  # black is 1 in a PBM
    first[:len(row)] = row
    return int(np.packbits(first)[0]) not in (9, 10, 11, 12, 13, 32)


def _run(image: np.ndarray, args: list[str], binary: str, timeout: float | None,
         cancel: threading.Event | None) -> tuple[int, bytes, bytes]:
    """(exit code, stdout, stderr) of one Tesseract run on `image`, fed through its stdin."""
    ok, buf = cv2.imencode(".pbm" if _bilevel(image) and _pbm_readable(image) else ".bmp", image)
    if not ok:
        raise OcrFailed(detail="encode")
    data = buf.tobytes()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        proc = subprocess.Popen([binary, "stdin", "stdout", *args], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    except FileNotFoundError:
        raise ToolMissing("tesseract_missing", "tesseract-ocr") from None
    # Helper threads feed and drain the pipes so this one can watch the cancel flag and the clock.
    # The image goes in one blocking write, not in communicate()'s 4 kB slices: measured 60 ms
    # less per OCR'd page and 120 ms less per OSD call.
    out: list[bytes] = []
    err: list[bytes] = []

    def feed() -> None:
        stdin = proc.stdin
        assert stdin is not None
        # Tesseract may stop reading (failed early, or killed): its exit code tells, not a pipe error
        try:
            stdin.write(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                stdin.close()

    def drain(stream: IO[bytes] | None, into: list[bytes]) -> None:
        assert stream is not None
        into.append(stream.read())

    helpers = [threading.Thread(target=feed, daemon=True),
               threading.Thread(target=drain, args=(proc.stdout, out), daemon=True),
               threading.Thread(target=drain, args=(proc.stderr, err), daemon=True)]
    deadline = None if timeout is None else time.monotonic() + timeout
    with proc:
        for helper in helpers:
            helper.start()
        for helper in helpers:
            while helper.is_alive():
                helper.join(0.1)
                if not helper.is_alive():
                    break
                if cancel is not None and cancel.is_set():
                    _stop(proc, helpers)
                    raise Cancelled()
                if deadline is not None and time.monotonic() >= deadline:
                    _stop(proc, helpers)
                    logger.warning("tesseract timed out after %.0f s", timeout)
                    raise OcrTimedOut(detail=f"tesseract timeout {timeout:.0f} s")
    return proc.returncode, b"".join(out), b"".join(err)


def _stop(proc: subprocess.Popen[bytes], helpers: list[threading.Thread]) -> None:
    proc.kill()
    for helper in helpers:
        helper.join()


def _checked(result: tuple[int, bytes, bytes], lang: str | None) -> bytes:
    returncode, out, err = result
    if returncode == 0:
        return out
    message = err.decode("utf-8", "replace")
    if lang and any(sign in message for sign in _LANG_ERRORS):
        raise ToolMissing("tesseract_lang_missing", package_for(lang))
    logger.warning("tesseract failed (exit %d): %s", returncode, message[-300:])
    raise OcrFailed(detail=f"tesseract exit {returncode}")


def words(image: np.ndarray, *, lang: str, psm: int = 3, dpi: int = 300,
          variables: Mapping[str, str] | None = None, timeout: float | None = None,
          cancel: threading.Event | None = None, binary: str = BINARY) -> list[Word]:
    """The words Tesseract reads in an 8-bit image, in its reading order, with boxes (in the
    image's pixels) and confidences. `variables` are Tesseract config variables
    (e.g. tessedit_char_whitelist). Raises ToolMissing, OcrFailed, OcrTimedOut or Cancelled."""
    out = _checked(_run(image, [*_args(lang, psm, dpi, variables), "tsv"], binary, timeout,
                        cancel), lang)
    return parse_tsv(out.decode("utf-8", "replace"))


def text(image: np.ndarray, *, lang: str, psm: int = 3, dpi: int = 300,
         variables: Mapping[str, str] | None = None, timeout: float | None = None,
         cancel: threading.Event | None = None, binary: str = BINARY) -> str:
    """Tesseract's plain-text output (NFC) for an image."""
    out = _checked(_run(image, _args(lang, psm, dpi, variables), binary, timeout, cancel), lang)
    return nfc(out.decode("utf-8", "replace"))


def osd(image: np.ndarray, *, dpi: int, timeout: float | None = None,
        cancel: threading.Event | None = None, binary: str = BINARY) -> Osd:
    """Orientation and script detection (`--psm 0`). Tesseract exits non-zero on a page with too
    little text; that is an answer ("cannot tell", confidence 0), not a failure."""
    _, out, err = _run(image, _args(None, 0, dpi, None), binary, timeout, cancel)
    return parse_osd((out + err).decode(errors="replace"))


def parse_tsv(tsv: str) -> list[Word]:
    """Word rows (level 5) of Tesseract's TSV; `line` counts the lines of the page in order and
    `block` tells paragraphs apart."""
    found: list[Word] = []
    line_no = -1
    last_key: tuple[str, str, str] | None = None
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = nfc(cols[11]).strip()
        if not word:
            continue
        key = (cols[2], cols[3], cols[4])  # block, paragraph, line
        if key != last_key:
            line_no += 1
            last_key = key
        found.append(Word(text=word, x=int(cols[6]), y=int(cols[7]), w=int(cols[8]),
                          h=int(cols[9]), conf=max(0.0, float(cols[10])), line=line_no,
                          block=int(cols[2]) * 1000 + int(cols[3])))
    return found


_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def parse_osd(output: str) -> Osd:
    rot, conf = _ROTATE.search(output), _CONF.search(output)
    if not rot:
        return Osd()
    return Osd(int(rot.group(1)), float(conf.group(1)) if conf else 0.0)
