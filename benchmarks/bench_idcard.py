"""ID-card capture on generated desk photos of both card generations (2021 chip CCCD, 2024 CĂN
CƯỚC), front and back, every photo with all of a counter's conditions at once: a glare spot, a
tilt of 15 to 25 degrees, low light (exposure 0.45-0.65 with a darkness gradient and the noise of a
raised gain) and a busy background (printed papers, pens, a cup, keyboard keys); fronts half with
the QR. See desk_app/demo/id_cards.py `random_params(hard=True)`.

Held out: the reader was tuned on seeds 1000-1999 (`--seed 1000`); the figures quoted in
docs/idcard.md are from the default seeds 5000 onwards, never looked at while tuning. Seed s is
layout 2021/2024 by s % 2, front with/without QR by (s // 2) % 2, front/back by (s // 4) % 2, so
every 8 consecutive seeds cover each generation and side.

For each photo: `read_id_card` (the project), and raw `tesseract -l vie` on the whole photo with a
regex for 12 digits and a date (the baseline, timed in the same run). Prints, per generation and
side, per-field accuracy and the count of wrong values given without a warning (must be 0), the
share of cards with number and birth date both right, and the median seconds per card beside
raw Tesseract's and their ratio.

    python benchmarks/bench_idcard.py [--count 64] [--jobs 1] [--seed 5000] [--save-failures DIR]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2
import numpy as np

from desk_app.demo.id_cards import make_sample
from desk_app.domain.text import fold
from desk_app.idcard.ocr_fields import DATE_RE, find_number
from desk_app.idcard.reader import read_id_card

FIELDS = ("number", "birth_date", "name", "sex", "residence")


def side_of(seed: int) -> str:
    return ("front", "back")[(seed // 4) % 2]


def _raw_tesseract(photo_png: bytes) -> dict[str, object]:
    proc = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie"], input=photo_png,
                          capture_output=True, check=False, timeout=120)
    text = proc.stdout.decode("utf-8", "replace")
    m = DATE_RE.search(text)
    return {"number": find_number(text), "birth_date": m.group(0).replace(" ", "") if m else None}


def _one(seed: int, save_dir: str | None = None) -> dict[str, object]:
    side = side_of(seed)
    sample, photo = make_sample(seed, side=side)
    truth = sample.truth()
    if side == "back":
        truth["name"] = fold(str(truth["name"])).upper()  # the MRZ prints it without diacritics
        if sample.layout == "2021":
            truth["residence"] = None  # the 2021 back has no residence
    t0 = time.perf_counter()
    result = read_id_card(photo)
    elapsed = time.perf_counter() - t0
    got = result.to_json()
    row: dict[str, object] = {"seed": seed, "layout": sample.layout, "side": side,
                              "qr": sample.with_qr, "seconds": elapsed, "source": result.source,
                              "warnings": result.warnings}
    for f in FIELDS:
        ok = got[f] == truth[f]
        row[f"{f}_ok"] = ok
        row[f"{f}_silent_wrong"] = (got[f] is not None and not ok and not result.doubted(f))
    if save_dir and not (row["number_ok"] and row["birth_date_ok"]):
        photo.save(Path(save_dir) / f"photo_{seed}.jpg")
    grey = cv2.cvtColor(np.array(photo), cv2.COLOR_RGB2GRAY)
    t0 = time.perf_counter()
    _, png = cv2.imencode(".png", grey)
    raw = _raw_tesseract(png.tobytes())
    row["raw_seconds"] = time.perf_counter() - t0
    row["raw_number_ok"] = raw["number"] == truth["number"]
    row["raw_birth_date_ok"] = _same_date(raw["birth_date"], truth["birth_date"])
    return row


def _same_date(text: object, truth: object) -> bool:
    if not isinstance(text, str):
        return False
    parts = [p for p in text.replace(".", "/").replace("-", "/").split("/") if p]
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0])).strftime("%d/%m/%Y") == truth
    except (ValueError, IndexError):
        return False


def _pct(rows: list[dict[str, object]], key: str) -> str:
    return f"{sum(bool(r[key]) for r in rows)}/{len(rows)}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=64)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=5000,
                        help="first seed (5000: held out; 1000-1999: the tuning range)")
    parser.add_argument("--save-failures", default=None,
                        help="folder for the photos whose number or birth date was not right")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    seeds = list(range(args.seed, args.seed + args.count))
    started = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(_one, seeds, [args.save_failures] * len(seeds)))
    wall = time.perf_counter() - started
    n = len(rows)
    if args.verbose:
        for r in rows:
            bad = [f for f in FIELDS if not r[f"{f}_ok"]]
            print(f"seed {r['seed']} {r['layout']} {r['side']} qr={r['qr']} src={r['source']} "
                  f"{r['seconds']:.2f}s wrong={bad} warnings={r['warnings']}")
    print(f"ID-card benchmark: {n} generated desk photos, seeds {seeds[0]}-{seeds[-1]} "
          f"(glare, tilt 15-25 deg, low light, busy background), wall {wall:.0f} s, "
          f"{args.jobs} process(es)")
    head = "".join(f"{f:>12}" for f in FIELDS)
    print(f"{'generation / side':26}{'photos':>7}{head}{'num+birth':>11}{'silent wrong':>14}")
    groups = [(f"{lay} {side}", [r for r in rows if r["layout"] == lay and r["side"] == side])
              for lay in ("2021", "2024") for side in ("front", "back")]
    for label, subset in groups + [("all", rows)]:
        if not subset:
            continue
        for r in subset:
            r["both_ok"] = bool(r["number_ok"]) and bool(r["birth_date_ok"])
        silent = sum(bool(r[f"{f}_silent_wrong"]) for r in subset for f in FIELDS)
        cells = "".join(f"{_pct(subset, f + '_ok'):>12}" for f in FIELDS)
        print(f"{label:26}{len(subset):>7}{cells}{_pct(subset, 'both_ok'):>11}{silent:>14}")
    print(f"{'raw tesseract -l vie (all)':26}{n:>7}{_pct(rows, 'raw_number_ok'):>12}"
          f"{_pct(rows, 'raw_birth_date_ok'):>12}")
    both = sum(bool(r["both_ok"]) for r in rows)
    silent_all = {f: sum(bool(r[f"{f}_silent_wrong"]) for r in rows) for f in FIELDS}
    print(f"number and birth date both right: {both}/{n} = {100.0 * both / n:.1f}%; "
          f"wrong without a warning: {silent_all}")
    med = statistics.median(float(str(r["seconds"])) for r in rows)
    med_raw = statistics.median(float(str(r["raw_seconds"])) for r in rows)
    print(f"median seconds per card: desk-app {med:.2f}, raw tesseract {med_raw:.2f} "
          f"(ratio {med / med_raw:.2f}x)")
    return 0 if sum(silent_all.values()) == 0 and both >= 0.98 * n else 1


if __name__ == "__main__":
    raise SystemExit(main())
