"""How to start Tesseract: the project's OCR runner (desk_app/ocr/tesseract.py: BMP on stdin, TSV on
stdout, a helper thread watching cancel and timeout) against pytesseract 0.3 (`image_to_data`, which
saves the image and Tesseract's output as files in the temporary directory), on the same images with
the same options. Reports per call wall time (medians, alternating order), whether both give the
same words, how fast a cancel takes effect, and which files pytesseract writes.

    python benchmarks/bench_ocr_runner.py [--pages 3] [--lines 20] [--rounds 3]

pytesseract is not a dependency of the project (docs/architecture.md, "OCR runner" says why):
`pip install pytesseract` first.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from glob import glob
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # both ways then run Tesseract one thread a process
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desk_app.demo.ocr_pages import degrade, make_page, png_bytes  # noqa: E402
from desk_app.errors import DeskError  # noqa: E402
from desk_app.ocr import tesseract  # noqa: E402
from desk_app.ocr.preprocess import load_grey, prepare  # noqa: E402

try:
    import pytesseract
    import pytesseract.pytesseract as pt_impl
except ImportError:  # pragma: no cover - depends on the machine
    pytesseract = None


def _line_crops(page: np.ndarray, count: int) -> list[np.ndarray]:
    """Single text lines cut from a page with a white margin, like the ID-card and compare crops."""
    ink = (page < 128).sum(axis=1)
    bands, start = [], None
    for y, n in enumerate(ink):
        if n and start is None:
            start = y
        elif not n and start is not None:
            if y - start > 15:
                bands.append((start, y))
            start = None
    crops = []
    for a, b in bands[:count]:
        crops.append(np.ascontiguousarray(page[max(0, a - 12):b + 12, 150:1150]))
    return crops


def _ours(img: np.ndarray, psm: int, dpi: int) -> tuple[float, list[tuple[str, int, int]]]:
    t0 = time.perf_counter()
    found = tesseract.words(img, lang="vie", psm=psm, dpi=dpi)
    return time.perf_counter() - t0, [(w.text, w.x, w.y) for w in found]


def _pytesseract(img: np.ndarray, psm: int, dpi: int) -> tuple[float, list[tuple[str, int, int]]]:
    t0 = time.perf_counter()
    tsv = pytesseract.image_to_data(img, lang="vie", config=f"--psm {psm} --dpi {dpi}")
    found = tesseract.parse_tsv(tsv)
    return time.perf_counter() - t0, [(w.text, w.x, w.y) for w in found]


def _prepared(data: bytes) -> tuple[np.ndarray, int]:
    """A page as the OCR service hands it to Tesseract (turned, deskewed, text rescaled)."""
    page = prepare(*load_grey(data))
    return page.image, page.dpi


def _compare(label: str, images: list[tuple[np.ndarray, int]], psm: int, rounds: int) -> None:
    ours: list[float] = []
    theirs: list[float] = []
    same = 0
    for r in range(rounds):
        for k, (img, dpi) in enumerate(images):
            if (r + k) % 2:
                a, wa = _ours(img, psm, dpi)
                b, wb = _pytesseract(img, psm, dpi)
            else:
                b, wb = _pytesseract(img, psm, dpi)
                a, wa = _ours(img, psm, dpi)
            ours.append(a)
            theirs.append(b)
            same += wa == wb
    mo, mt = statistics.median(ours), statistics.median(theirs)
    print(f"{label:40} runner {mo * 1000:8.1f} ms   pytesseract {mt * 1000:8.1f} ms   "
          f"difference {(mt - mo) * 1000:+7.1f} ms ({mt / mo:.3f}x)   same words {same}/{len(ours)}")


def _files_pytesseract_writes(img: np.ndarray) -> list[str]:
    """The files present in pytesseract's temporary directory just before it deletes them."""
    private = tempfile.mkdtemp(prefix="bench-ocr-runner-")
    seen: list[str] = []
    real_cleanup = pt_impl.cleanup
    old_tempdir = tempfile.tempdir

    def spy(temp_name: str) -> None:
        seen.extend(f"{Path(f).name} ({os.path.getsize(f)} bytes)"
                    for f in sorted(glob(f"{temp_name}*")))
        real_cleanup(temp_name)

    pt_impl.cleanup = spy
    tempfile.tempdir = private
    try:
        pytesseract.image_to_data(img, lang="vie", config="--psm 3 --dpi 300")
    finally:
        pt_impl.cleanup = real_cleanup
        tempfile.tempdir = old_tempdir
        os.rmdir(private)
    return seen


def _cancel_latency(img: np.ndarray) -> float:
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    t0 = time.perf_counter()
    timer.start()
    try:
        tesseract.words(img, lang="vie", psm=3, dpi=300, cancel=cancel)
    except DeskError as exc:
        if exc.code == "cancelled":
            return time.perf_counter() - t0 - 0.3
        raise
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=3)
    ap.add_argument("--lines", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    if pytesseract is None:
        print("pytesseract is not installed: pip install pytesseract, then run again")
        return 1
    print(f"tesseract {tesseract.require('vie')}, pytesseract {pytesseract.__version__}, "
          f"OMP_THREAD_LIMIT={os.environ['OMP_THREAD_LIMIT']}")
    synth = [make_page(seed, 300) for seed in range(args.pages)]
    clean = [_prepared(png_bytes(page.image, 300)) for page in synth]
    hard = [_prepared(degrade(page, seed)[0]) for seed, page in enumerate(synth)]
    lines = [(crop, 300) for crop in _line_crops(np.asarray(synth[0].image), args.lines)]
    h, w = clean[0][0].shape
    _compare(f"clean page as OCR'd {w}x{h}, psm 3 ({len(clean)})", clean, 3, args.rounds)
    h, w = hard[0][0].shape
    _compare(f"hard page as OCR'd {w}x{h}, psm 3 ({len(hard)})", hard, 3, args.rounds)
    lh = int(statistics.median(c.shape[0] for c, _ in lines))
    _compare(f"one line ~1000x{lh}, psm 7 ({len(lines)})", lines, 7, args.rounds)
    pages = [np.asarray(page.image) for page in synth]
    print("cancel to process gone (runner): "
          f"{statistics.median(_cancel_latency(pages[0]) for _ in range(3)) * 1000:.0f} ms; "
          "pytesseract: no cancel, only a timeout fixed at the call")
    print("files pytesseract writes for one page: " + ", ".join(_files_pytesseract_writes(pages[0])))
    print("files the runner writes: none (image on stdin, result on stdout)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
