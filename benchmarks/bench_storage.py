"""Bytes per stored page and per digitised PDF page, by kind of page, beside OCRmyPDF (issue 16).

Three kinds of A4 page at 300 dpi, made by the demo generators and given a scanner's noise (the
noise is what makes a lossless master large):
- colour: a civil-status extract with a red seal and a blue signature (desk_app/demo/compare_pairs,
  drawn at 200 dpi and enlarged to 300 before the scan), its component marked colour;
- grey: a page of administrative prose (desk_app/demo/ocr_pages) with a grey photograph on it;
- text: a page of the same prose and nothing else, its component not marked colour.

For each kind: the scan as the earlier code kept it (a PNG, level 6: the "before" column), the
master desk-app keeps now (desk_app/capture/service.prepare_image: its choice of mode and
encoding), and `desk-app digitize` of a dossier of those masters (OCR included) against OCRmyPDF
on the same scans (img2pdf of the PNGs, `-l vie --optimize 1 --output-type pdf`: its PDF/A output
needs Ghostscript and its levels 2-3 pngquant and jbig2enc, none installed here; level 1 is its
lossless optimisation). The text is read back from both PDFs with pdftotext: ours against the text
the OCR stored (what the text layer must give back) and, where the generator knows the page's
text, both against it (CER). Then GB per counter-year, 50 dossiers x 6 pages x 250 working days.

    python benchmarks/bench_storage.py [--pages 3]
"""
from __future__ import annotations

import argparse
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
PAGES_PER_YEAR = 50 * 6 * 250


def scanned(img: Image.Image, seed: int) -> Image.Image:
    """The generator's page as a colour scanner gives it back (slight turn, noise, JPEG 92)."""
    from desk_app.demo.compare_pairs import scan_original

    bgr = np.ascontiguousarray(np.asarray(img.convert("RGB"))[:, :, ::-1])
    out = scan_original(bgr, random.Random(seed))
    return Image.fromarray(np.ascontiguousarray(out[:, :, ::-1]))


def pages(kind: str, n: int) -> list[tuple[Image.Image, str | None]]:
    """`n` scans of `kind` and the text printed on each (None where not known)."""
    from desk_app.demo.compare_pairs import random_spec, render
    from desk_app.demo.ocr_pages import make_page

    out: list[tuple[Image.Image, str | None]] = []
    for i in range(n):
        seed = 300 + i
        if kind == "colour":
            doc = render(random_spec(seed))[0].resize((2481, 3507), Image.Resampling.LANCZOS)
            out.append((scanned(doc, seed), None))
            continue
        page = make_page(seed, paragraphs=6 if kind == "text" else 3)
        img = page.image
        if kind == "grey":  # a 6 x 8 cm grey photograph under the text
            arr = np.asarray(img).copy()
            yy, xx = np.mgrid[0:945, 0:709]
            tone = 70 + 120 * (0.5 + 0.5 * np.sin(xx / 57.0) * np.cos(yy / 83.0))
            arr[2350:3295, 1450:2159] = tone.astype(np.uint8)
            img = Image.fromarray(arr)
        out.append((scanned(img, seed).convert("L"), page.text))
    return out


def png_before(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(300, 300), compress_level=6)
    return buf.getvalue()


def as_img2pdf(master: bytes) -> bytes:
    """A master as img2pdf takes it: as it is, except WebP, which becomes a PNG of its pixels."""
    if master[:4] != b"RIFF":
        return master
    buf = io.BytesIO()
    Image.open(io.BytesIO(master)).save(buf, "PNG", dpi=(300, 300))
    return buf.getvalue()


def pdftotext(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cer(ref: str, hyp: str) -> float:
    from rapidfuzz.distance import Levenshtein

    r, h = norm(ref), norm(hyp)
    return Levenshtein.distance(r, h) / max(1, len(r))


def stored_texts(home: Path) -> list[str]:
    from sqlalchemy import select

    from db.models import Page
    from desk_app.context import open_context
    from desk_app.ocr.store_ops import effective_text, latest_result

    ctx = open_context(home)
    try:
        with ctx.sessions() as s:
            rows = list(s.scalars(select(Page).order_by(Page.position)))
            return [effective_text(r) if (r := latest_result(s, p.id)) else "" for p in rows]
    finally:
        ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3, help="pages of each kind")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import img2pdf

    from benchmarks.bench_digitise import make_store
    from desk_app.capture.service import prepare_image
    from desk_app.domain.types import ColourMode

    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_THREAD_LIMIT="1")
    ocrmypdf = shutil.which("ocrmypdf") or str(Path(sys.executable).with_name("ocrmypdf"))
    n = args.pages
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("colour", "grey", "text"):
            scans = pages(kind, n)
            asked = ColourMode.COLOUR if kind == "colour" else ColourMode.GREY
            before = [png_before(img) for img, _ in scans]
            kept = [prepare_image(img, 300, asked) for img, _ in scans]
            home = Path(tmp) / kind
            code = make_store(home, [k.data for k in kept])
            ours = Path(tmp) / f"ours-{kind}.pdf"
            subprocess.run([sys.executable, "-m", "desk_app", "digitize", code, "-o", str(ours),
                            "-q"], env=dict(env, DESK_APP_HOME=str(home)), check=True,
                           stdout=subprocess.DEVNULL)
            src = Path(tmp) / f"in-{kind}.pdf"
            src.write_bytes(img2pdf.convert(before))
            theirs = Path(tmp) / f"ocrmypdf-{kind}.pdf"
            subprocess.run([ocrmypdf, "-q", "-l", "vie", "--output-type", "pdf", "--optimize",
                            "1", "--jobs", "1", str(src), str(theirs)], env=env, check=True)
            # and OCRmyPDF on the very pixels we keep (the text page bi-level as G4, the WebP's
            # pixels as a PNG: img2pdf takes no WebP), so the image fidelity is the same as ours
            same = Path(tmp) / f"kept-{kind}.pdf"
            same.write_bytes(img2pdf.convert([as_img2pdf(k.data) for k in kept]))
            theirs_kept = Path(tmp) / f"ocrmypdf-kept-{kind}.pdf"
            subprocess.run([ocrmypdf, "-q", "-l", "vie", "--output-type", "pdf", "--optimize",
                            "1", "--jobs", "1", str(same), str(theirs_kept)], env=env, check=True)
            texts = stored_texts(home)
            back = [cer(texts[i], pdftotext(ours, i + 1)) for i in range(n)]
            truth = [(t, pdftotext(ours, i + 1), pdftotext(theirs, i + 1))
                     for i, (_img, t) in enumerate(scans) if t]
            rows.append({
                "kind": kind, "modes": sorted({k.colour_mode for k in kept}),
                "mimes": sorted({k.mime for k in kept}),
                "before": sum(map(len, before)) / n, "master": sum(len(k.data) for k in kept) / n,
                "pdf": ours.stat().st_size / n, "ocrmypdf": theirs.stat().st_size / n,
                "ocrmypdf_kept": theirs_kept.stat().st_size / n,
                "readback": max(back),
                "cer_ours": (sum(cer(t, o) for t, o, _ in truth) / len(truth)) if truth else None,
                "cer_theirs": (sum(cer(t, h) for t, _, h in truth) / len(truth)) if truth else None,
            })
            r = rows[-1]
            print(f"{kind}: kept as {'/'.join(r['modes'])} {'/'.join(r['mimes'])}", flush=True)

    print(f"\nbytes per page, {n} pages of each kind, A4 at 300 dpi")
    print(f"{'kind':7} {'PNG before':>11} {'master now':>11} {'ratio':>6} | {'our PDF':>9} "
          f"{'OCRmyPDF -O1':>12} {'ratio':>6} {'on masters':>10} {'ratio':>6} | "
          f"{'read-back':>9} {'CER ours':>8} {'CER theirs':>10}")
    for r in rows:
        cer_o = f"{r['cer_ours']:.2%}" if r["cer_ours"] is not None else "-"
        cer_t = f"{r['cer_theirs']:.2%}" if r["cer_theirs"] is not None else "-"
        print(f"{r['kind']:7} {r['before']:>11,.0f} {r['master']:>11,.0f} "
              f"{r['master'] / r['before']:>5.2f}x | {r['pdf']:>9,.0f} {r['ocrmypdf']:>12,.0f} "
              f"{r['pdf'] / r['ocrmypdf']:>5.2f}x {r['ocrmypdf_kept']:>10,.0f} "
              f"{r['pdf'] / r['ocrmypdf_kept']:>5.2f}x | {r['readback']:>9.2%} {cer_o:>8} "
              f"{cer_t:>10}")
    print("OCRmyPDF -O1: on the scans as PNG; on masters: on the pixels desk-app keeps (G4 for "
          "the text page).\nOCRmyPDF -O1 keeps images lossless; our PDF embeds a G4 or palette "
          "master as it is and\nre-encodes a noisy grey or colour page as JPEG q80 when smaller "
          "(the master stays lossless).")
    print("read-back: largest CER between a page's stored OCR text and pdftotext of our PDF; "
          "CER: against the generator's text")
    by = {r["kind"]: r for r in rows}
    mix = {"colour": 1, "grey": 1, "text": 4}  # of 6 pages a dossier (an assumption, see docs)
    print(f"\nper counter-year ({PAGES_PER_YEAR:,} pages: 50 dossiers x 6 pages x 250 days)")
    for label, weights in [*((k, {k: 6}) for k in by), ("mix 1 colour+1 grey+4 text", mix)]:
        def per_page(key: str, w: dict[str, int] = weights) -> float:
            return sum(by[k][key] * c for k, c in w.items()) / 6
        print(f"  {label:28} masters {per_page('master') * PAGES_PER_YEAR / 1e9:6.1f} GB "
              f"(before {per_page('before') * PAGES_PER_YEAR / 1e9:6.1f} GB), PDFs "
              f"{per_page('pdf') * PAGES_PER_YEAR / 1e9:5.1f} GB (OCRmyPDF "
              f"{per_page('ocrmypdf') * PAGES_PER_YEAR / 1e9:5.1f} GB)")


if __name__ == "__main__":
    main()
