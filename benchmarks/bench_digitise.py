"""`desk-app digitize` memory and size: a dossier of 10 and one of 30 pages (grey text pages as
lossless PNG masters, every third page bi-level as a G4 TIFF master, every fifth a colour page with
a red seal), digitised by the CLI in a process of its own; printed: wall time, peak memory (RSS,
from /usr/bin/time) and bytes per page, then OCRmyPDF (`--output-type pdfa-2 --optimize 1`, `-l vie`)
on the same 30 pages (its `pdf` output type when Ghostscript, which its PDF/A needs, is not
installed): its bytes per page and peak memory beside ours.
Bars (issue 18): the 30-page run under 400 MB and within 1.3x of the 10-page run.

The dossiers are written straight into a store (rows and page blobs): the digitisation is what is
measured, not the reception. Both runs OCR their pages (as `digitize` does for pages without a
result), one Tesseract at a time (OMP_THREAD_LIMIT=1).

    python benchmarks/bench_digitise.py [--pages 10 30]
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]


def masters(n: int) -> list[bytes]:
    from desk_app.demo.ocr_pages import make_page

    out = []
    for i in range(n):
        page = make_page(100 + i, paragraphs=3).image
        buf = io.BytesIO()
        if i % 5 == 4:
            rgb = page.convert("RGB")
            draw = ImageDraw.Draw(rgb)
            draw.ellipse((1500, 2600, 2000, 3100), outline=(205, 25, 30), width=14)
            rgb.save(buf, "PNG", dpi=(300, 300))
        elif i % 3 == 2:
            page.point(lambda v: 255 if v > 150 else 0).convert("1").save(
                buf, "TIFF", compression="group4", dpi=(300, 300))
        else:
            page.save(buf, "PNG", dpi=(300, 300))
        out.append(buf.getvalue())
    return out


def make_store(home: Path, images: list[bytes]) -> str:
    from db.models import Agency, Applicant, Dossier, Page, Procedure
    from desk_app.context import open_context

    ctx = open_context(home)
    code = "H31.12.05-261204-0001"
    with ctx.sessions.begin() as s:
        if s.get(Agency, "H31.12.05") is None:
            s.add(Agency(code="H31.12.05", name="UBND phường Hồng Bàng"))
        if s.get(Procedure, "1.001193") is None:
            s.add(Procedure(code="1.001193", name="Đăng ký khai sinh"))
        applicant = Applicant(full_name="Nguyễn Văn An", name_folded="nguyen van an")
        s.add(applicant)
        s.flush()
        d = Dossier(code=code, code_rule="tt03-2025", procedure_code="1.001193",
                    applicant_id=applicant.id, received_at=dt.datetime(2026, 12, 4, 9, 30),
                    receiving_agency_code="H31.12.05", workstation_id=ctx.workstation.id)
        s.add(d)
        s.flush()
        for i, data in enumerate(images, start=1):
            mode = Image.open(io.BytesIO(data)).mode
            s.add(Page(dossier_id=d.id, position=i, sha256=ctx.pages.put(data),
                       byte_size=len(data), dpi=300,
                       colour_mode={"1": "bw", "L": "grey"}.get(mode, "colour")))
    ctx.close()
    return code


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], env=env, capture_output=True,
                          text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"{cmd[:4]} failed: {proc.stderr[-2000:]}")
    return time.perf_counter() - t0, int(proc.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, nargs="+", default=[10, 30])
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_THREAD_LIMIT="1")
    runs: dict[int, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.pages:
            home = Path(tmp) / f"home{n}"
            images = masters(n)
            code = make_store(home, images)
            out = Path(tmp) / f"ours{n}.pdf"
            wall, rss = timed([sys.executable, "-m", "desk_app", "digitize", code, "-o", str(out),
                               "-q"], dict(env, DESK_APP_HOME=str(home)))
            runs[n] = (wall, rss, out.stat().st_size)
            print(f"desk-app digitize, {n} pages: {wall:.1f} s, peak {rss:.0f} MB, "
                  f"{out.stat().st_size // n:,} bytes/page (masters {sum(map(len, images)) // n:,}"
                  f" bytes/page)", flush=True)
            last_images, last_out = images, out
        n = args.pages[-1]
        ocrmypdf = shutil.which("ocrmypdf") or str(Path(sys.executable).with_name("ocrmypdf"))
        if not Path(ocrmypdf).exists():
            print("ocrmypdf is not installed: no comparison")
        else:
            import img2pdf

            src = Path(tmp) / "in.pdf"
            src.write_bytes(img2pdf.convert(last_images))
            theirs = Path(tmp) / "ocrmypdf.pdf"
            # its PDF/A output needs Ghostscript; without it, its plain PDF (same optimiser)
            kind = "pdfa-2" if shutil.which("gs") else "pdf"
            wall, rss = timed([ocrmypdf, "-q", "-l", "vie", "--output-type", kind,
                               "--optimize", "1", "--jobs", "1", str(src), str(theirs)], env)
            size = theirs.stat().st_size
            print(f"OCRmyPDF --output-type {kind} --optimize 1, same {n} pages: {wall:.1f} s, "
                  f"peak {rss:.0f} MB, "
                  f"{size // n:,} bytes/page; ours/OCRmyPDF bytes "
                  f"{last_out.stat().st_size / size:.2f}x")
    lo, hi = args.pages[0], args.pages[-1]
    ratio = runs[hi][1] / runs[lo][1]
    print(f"\npeak memory {hi} vs {lo} pages: {runs[hi][1]:.0f} / {runs[lo][1]:.0f} MB = "
          f"{ratio:.2f}x ({'ok' if ratio <= 1.3 else 'OVER'} bar 1.3x); {hi} pages "
          f"{'under' if runs[hi][1] < 400 else 'OVER'} 400 MB")


if __name__ == "__main__":
    main()
