"""Benchmark: time to render the Mẫu 01 receipt (two copies, tables, QR, wrapping) against a
baseline measured in the same run: a bare reportlab canvas drawing the very same text lines
(taken from the receipt's own text with pdftotext) in the same embedded font on two pages.

The ratio says what the layout engine (platypus tables, paragraph wrapping, QR) costs on top of
putting the same glyphs on paper. Medians of N runs after a warm-up; fonts are registered once
before timing, as in the running application.

Run: /work/venv/bin/python benchmarks/bench_forms.py [--runs 30]
"""
from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desk_app.demo import form_samples
from desk_app.forms.layout import FONT, qr_matrix, register_fonts
from desk_app.forms.ledger import render_ledger
from desk_app.forms.receipt import render_receipt


def receipt_lines(pdf: bytes) -> list[list[str]]:
    """The receipt's text, page by page, line by line, as pdftotext reads it."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", f.name, "-"],
                             check=True, capture_output=True, text=True).stdout
    return [[ln.strip() for ln in page.splitlines() if ln.strip()]
            for page in out.split("\f") if page.strip()]


def baseline(pages: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, initialFontName=FONT)
    for lines in pages:
        c.setFont(FONT, 12)
        y = A4[1] - 40
        for line in lines:
            c.drawString(50, y, line)
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


def median_ms(fn: Callable[[], bytes], runs: int) -> float:
    fn()  # warm-up: caches, glyph subsets
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    register_fonts()
    data = form_samples.receipt()
    pages = receipt_lines(render_receipt(data))
    n_lines = sum(len(p) for p in pages)

    def project_run() -> bytes:
        qr_matrix.cache_clear()  # every real receipt has a new code: count its QR encoding
        return render_receipt(data)

    project = median_ms(project_run, args.runs)
    base = median_ms(lambda: baseline(pages), args.runs)
    print(f"receipt (Mẫu 01, 2 copies, {len(data.components)} components, QR): "
          f"median {project:.1f} ms over {args.runs} runs")
    print(f"baseline (bare canvas, same font, same {n_lines} text lines, 2 pages): "
          f"median {base:.1f} ms")
    print(f"ratio receipt/baseline: {project / base:.1f}x")

    ledger = form_samples.ledger(120)
    ledger_ms = median_ms(lambda: render_ledger(ledger), max(3, args.runs // 10))
    print(f"ledger (Mẫu 07, 120 rows): median {ledger_ms:.0f} ms "
          f"({ledger_ms / 120:.2f} ms per row)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
