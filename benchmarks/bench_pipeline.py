"""Page pipeline benchmark on generated pages (Vietnamese text, turned 0/90/180/270, skewed up
to 10°, dark borders, blank sheets, 150-300 dpi), graded against the known truth.

Figures beside baselines measured in the same run:
- orientation: ours vs raw Tesseract OSD (`--psm 0` on the scan at 150 dpi, no deskew);
- residual skew: ours vs doing nothing;
- throughput: the whole pipeline vs a no-op pipeline (grey conversion only);
- bytes per stored page by colour mode (PNG colour / PNG grey / G4 bi-level / JPEG q90).

Run: python benchmarks/bench_pipeline.py [--pages 60] [--seed 1] [--osd-pages 30]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desk_app.capture import orientation  # noqa: E402
from desk_app.capture.encode import MasterFormat, encode_master  # noqa: E402
from desk_app.capture.pipeline import PipelineSettings, process_page  # noqa: E402
from desk_app.domain.types import ColourMode  # noqa: E402
from tests.capture.pagegen import sample, scanned, upright_page  # noqa: E402


def colour_version(grey: Image.Image, rng: random.Random) -> Image.Image:
    """The page as a colour scan: warm paper and a red seal, as on official documents."""
    arr = np.asarray(grey, dtype=np.float32)
    rgb = np.stack([arr, arr * 0.985, arr * 0.94], axis=2).clip(0, 255).astype(np.uint8)
    img = Image.fromarray(rgb, "RGB")
    d = ImageDraw.Draw(img)
    r = int(min(img.size) * 0.09)
    cx, cy = int(img.width * 0.7), int(img.height * 0.8)
    for k in range(3):
        d.ellipse((cx - r + k * 6, cy - r + k * 6, cx + r - k * 6, cy + r - k * 6), outline=(200, 30, 40), width=4)
    return img


def osd_rotation(img: Image.Image, dpi: int) -> tuple[int, float]:
    grey = np.asarray(img.convert("L"))
    scale = 150 / dpi
    import cv2

    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    return orientation.osd(small, min(dpi, 150))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--osd-pages", type=int, default=30, help="pages given to the OSD baseline")
    ap.add_argument("--short-pages", type=int, default=20,
                    help="extra pages with only 1-4 lines of text (the hard case for orientation)")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    rows = []
    noop_times, pipe_times = [], []
    osd_ok = osd_n = 0
    osd_times = []
    sizes: dict[str, list[int]] = {"colour PNG": [], "grey PNG": [], "bw G4": [], "colour JPEG q90": []}
    step_times: dict[str, list[float]] = {}
    gen_time = 0.0
    for i in range(args.pages):
        t = time.perf_counter()
        img, truth = sample(rng)
        gen_time += time.perf_counter() - t

        t = time.perf_counter()
        _ = np.asarray(img.convert("L")).copy()  # the no-op pipeline: grey copy, nothing else
        noop_times.append(time.perf_counter() - t)

        t = time.perf_counter()
        out = process_page(img, PipelineSettings(), dpi=truth.dpi)
        pipe_times.append(time.perf_counter() - t)
        for k, v in out.timings.items():
            step_times.setdefault(k, []).append(v)
        rows.append((truth, out))

        if not truth.blank and osd_n < args.osd_pages:
            t = time.perf_counter()
            turn, _conf = osd_rotation(img, truth.dpi)
            osd_times.append(time.perf_counter() - t)
            osd_n += 1
            osd_ok += int(turn == (-truth.rotation) % 360)

        if not truth.blank and truth.dpi == 300 and len(sizes["grey PNG"]) < 8:
            page = out.image
            colour = colour_version(page, rng)
            sizes["colour PNG"].append(len(encode_master(colour, ColourMode.COLOUR, 300).data))
            sizes["colour JPEG q90"].append(len(encode_master(
                colour, ColourMode.COLOUR, 300, MasterFormat("jpeg", 90)).data))
            sizes["grey PNG"].append(len(encode_master(page, ColourMode.GREY, 300).data))
            sizes["bw G4"].append(len(encode_master(page, ColourMode.BW, 300).data))
        print(f"\r{i + 1}/{args.pages} pages", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)

    text = [(t, o) for t, o in rows if not t.blank]
    right = sum(o.rotation == (-t.rotation) % 360 for t, o in text)
    residual = [abs(t.skew - o.skew) for t, o in text if o.rotation == (-t.rotation) % 360]
    untouched = [abs(t.skew) for t, _ in text]
    blanks = [(t, o) for t, o in rows if t.blank]
    found = sum(o.blank for _, o in blanks)
    false_pos = sum(o.blank for _, o in text)
    methods = {m: sum(o.orientation_method == m for _, o in text) for m in ("own", "osd", "none")}

    own_acc = right / len(text)
    osd_acc = osd_ok / osd_n if osd_n else float("nan")
    med_res = statistics.median(residual)
    med_none = statistics.median(untouched)
    pps = 1 / statistics.median(pipe_times)
    noop_pps = 1 / statistics.median(noop_times)
    osd_med = statistics.median(osd_times) if osd_times else float("nan")
    print(f"pages: {len(rows)} ({len(text)} with text, {len(blanks)} blank), dpi 150/200/300, seed {args.seed}"
          f" (generation {gen_time:.0f} s, not counted)")
    print(f"orientation right: ours {right}/{len(text)} = {own_acc:.1%} | baseline raw Tesseract OSD "
          f"{osd_ok}/{osd_n} = {osd_acc:.1%} | ratio {own_acc / osd_acc:.2f}" if osd_n else "")
    print(f"orientation time per page (median): ours {statistics.median(step_times['orientation']) * 1000:.0f} ms"
          f" (after deskew) | OSD {osd_med * 1000:.0f} ms | ratio {osd_med / statistics.median(step_times['orientation']):.0f}x faster")
    print(f"  methods used on text pages: {methods}")
    print(f"residual skew (median): ours {med_res:.3f}° (max {max(residual):.3f}°) | baseline no deskew "
          f"{med_none:.2f}° | ratio {med_none / med_res:.0f}x smaller")
    print(f"blank pages: found {found}/{len(blanks)}, false positives {false_pos}/{len(text)}")
    print(f"throughput (median per page): pipeline {pps:.2f} pages/s | baseline no-op {noop_pps:.1f} pages/s"
          f" | ratio {pps / noop_pps:.3f}")
    print("  step medians (ms): " + ", ".join(
        f"{k} {statistics.median(v) * 1000:.0f}" for k, v in step_times.items()))
    if args.short_pages:
        short_ok = short_osd_ok = short_kept = 0
        for _ in range(args.short_pages):
            dpi, rot = rng.choice([150, 200, 300]), rng.choice([0, 90, 180, 270])
            img = scanned(upright_page(rng, dpi, lines=rng.randint(1, 4)), rng, rot,
                          rng.uniform(-10, 10), rng.random() < 0.5)
            out = process_page(img, PipelineSettings(), dpi=dpi)
            short_ok += int(out.rotation == (-rot) % 360)
            short_kept += int(out.orientation_method == "none")
            short_osd_ok += int(osd_rotation(img, dpi)[0] == (-rot) % 360)
        n = args.short_pages
        print(f"short pages (1-4 lines): orientation right: ours {short_ok}/{n} = {short_ok / n:.0%}"
              f" ({short_kept} left as scanned: unsure) | raw Tesseract OSD {short_osd_ok}/{n} = "
              f"{short_osd_ok / n:.0%}")
    grey_med = statistics.median(sizes["grey PNG"]) if sizes["grey PNG"] else 1
    for name, values in sizes.items():
        if values:
            med = statistics.median(values)
            print(f"bytes per stored page, A4 300 dpi, {name}: {med / 1024:.0f} kB (median of {len(values)})"
                  f" | ratio to grey PNG {med / grey_med:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
