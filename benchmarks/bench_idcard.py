"""ID-card capture on generated photos of cards lying on a desk (both layouts, rotation up to 25
degrees, perspective, glare, uneven light, blur, noise, JPEG; half with the QR).

For each photo: `read_id_card` (the project), raw `tesseract -l vie` on the whole photo with a
regex for 12 digits and a date (baseline 1), and one plain `pyzbar.decode` on the photo
(baseline 2). Prints per-field accuracy, the count of wrong values given without a warning (must
be 0) and the median seconds per card.

    /work/venv/bin/python benchmarks/bench_idcard.py [--count 50] [--jobs 2] [--seed 1000]
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
from desk_app.idcard.ocr_fields import DATE_RE, find_number
from desk_app.idcard.qr import plain_decode
from desk_app.idcard.reader import read_id_card

FIELDS = ("number", "birth_date", "name", "sex")


def _raw_tesseract(photo_png: bytes) -> dict[str, object]:
    proc = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie"], input=photo_png,
                          capture_output=True, check=False, timeout=120)
    text = proc.stdout.decode("utf-8", "replace")
    m = DATE_RE.search(text)
    return {"number": find_number(text), "birth_date": m.group(0).replace(" ", "") if m else None}


def _one(seed: int, side: str = "front") -> dict[str, object]:
    sample, photo = make_sample(seed, side=side)
    truth = sample.truth()
    t0 = time.perf_counter()
    result = read_id_card(photo)
    elapsed = time.perf_counter() - t0
    got = result.to_json()
    row: dict[str, object] = {"seed": seed, "layout": sample.layout, "qr": sample.with_qr,
                              "seconds": elapsed, "source": result.source,
                              "warnings": result.warnings}
    for f in FIELDS + ("residence",):
        ok = got[f] == truth[f]
        row[f"{f}_ok"] = ok
        row[f"{f}_silent_wrong"] = (got[f] is not None and not ok and not result.doubted(f))
    grey = cv2.cvtColor(np.array(photo), cv2.COLOR_RGB2GRAY)
    t0 = time.perf_counter()
    ok, png = cv2.imencode(".png", grey)
    raw = _raw_tesseract(png.tobytes())
    row["raw_seconds"] = time.perf_counter() - t0
    raw_date = raw["birth_date"]
    row["raw_number_ok"] = raw["number"] == truth["number"]
    row["raw_birth_ok"] = _same_date(raw_date, truth["birth_date"])
    t0 = time.perf_counter()
    qr = plain_decode(grey)
    row["zbar_seconds"] = time.perf_counter() - t0
    row["zbar_number_ok"] = qr is not None and qr.number == truth["number"]
    row["zbar_birth_ok"] = qr is not None and qr.birth_date is not None and \
        qr.birth_date.strftime("%d/%m/%Y") == truth["birth_date"]
    return row


def _same_date(text: object, truth: object) -> bool:
    if not isinstance(text, str):
        return False
    parts = [p for p in text.replace(".", "/").replace("-", "/").split("/") if p]
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0])).strftime("%d/%m/%Y") == truth
    except (ValueError, IndexError):
        return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--backs", type=int, default=10, help="back-side photos (MRZ), reported apart")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    seeds = range(args.seed, args.seed + args.count)
    started = time.perf_counter()
    back_seeds = range(args.seed + args.count, args.seed + args.count + args.backs)
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(_one, seeds))
        backs = list(pool.map(_one, back_seeds, ["back"] * len(back_seeds)))
    wall = time.perf_counter() - started
    n = len(rows)

    def pct(key: str, subset: list[dict[str, object]] | None = None) -> str:
        rs = rows if subset is None else subset
        return f"{100.0 * sum(bool(r[key]) for r in rs) / max(len(rs), 1):5.1f}%"

    if args.verbose:
        for r in rows + backs:
            bad = [f for f in FIELDS + ("residence",) if not r[f"{f}_ok"]]
            print(f"seed {r['seed']} {r['layout']} qr={r['qr']} src={r['source']} "
                  f"{r['seconds']:.2f}s wrong={bad} warnings={r['warnings']}")
    with_qr = [r for r in rows if r["qr"]]
    without = [r for r in rows if not r["qr"]]
    print(f"ID-card capture benchmark: {n} generated desk photos "
          f"({len(with_qr)} with QR, {len(without)} without; layouts 2021/2024), "
          f"wall {wall:.0f} s with {args.jobs} processes")
    print(f"{'':28}{'number':>9}{'birth date':>12}{'name':>9}{'sex':>9}{'residence':>11}")
    print(f"{'desk-app idcard (all)':28}{pct('number_ok'):>9}{pct('birth_date_ok'):>12}"
          f"{pct('name_ok'):>9}{pct('sex_ok'):>9}{pct('residence_ok'):>11}")
    for label, subset in (("  cards with QR", with_qr), ("  cards without QR (OCR)", without)):
        print(f"{label:28}{pct('number_ok', subset):>9}{pct('birth_date_ok', subset):>12}"
              f"{pct('name_ok', subset):>9}{pct('sex_ok', subset):>9}{pct('residence_ok', subset):>11}")
    print(f"{'raw tesseract -l vie':28}{pct('raw_number_ok'):>9}{pct('raw_birth_ok'):>12}")
    print(f"{'plain pyzbar.decode':28}{pct('zbar_number_ok'):>9}{pct('zbar_birth_ok'):>12}")
    silent = sum(bool(r[f"{f}_silent_wrong"]) for r in rows for f in FIELDS)
    silent_res = sum(bool(r["residence_silent_wrong"]) for r in rows)
    print(f"wrong values without a warning (number, birth date, name, sex): {silent} "
          f"(residence: {silent_res})")
    if backs:
        silent_back = sum(bool(r[f"{f}_silent_wrong"]) for r in backs for f in FIELDS)
        print(f"{'back side (MRZ)':28}{pct('number_ok', backs):>9}{pct('birth_date_ok', backs):>12}"
              f"{'-':>9}{pct('sex_ok', backs):>9}   ({len(backs)} photos; MRZ names have no "
              f"diacritics, always warned; wrong without warning: {silent_back})")
    warned = sum(bool(r["warnings"]) for r in rows)
    print(f"cards with at least one warning: {warned}/{n}; read from QR: "
          f"{sum(r['source'] == 'qr' for r in rows)}/{n}")
    med = statistics.median(float(r["seconds"]) for r in rows)  # type: ignore[arg-type]
    med_raw = statistics.median(float(r["raw_seconds"]) for r in rows)  # type: ignore[arg-type]
    med_zbar = statistics.median(float(r["zbar_seconds"]) for r in rows)  # type: ignore[arg-type]
    print(f"median seconds per card: desk-app {med:.2f}, raw tesseract {med_raw:.2f} "
          f"(ratio {med / med_raw:.2f}), plain zbar {med_zbar:.3f}")
    acc_num = sum(bool(r["number_ok"]) for r in rows) / n
    acc_raw = sum(bool(r["raw_number_ok"]) for r in rows) / n
    print(f"number accuracy ratio desk-app / raw tesseract: "
          f"{acc_num / acc_raw if acc_raw else float('inf'):.1f}x")
    return 0 if silent == 0 and not any(
        r[f"{f}_silent_wrong"] for r in backs for f in FIELDS) else 1


if __name__ == "__main__":
    raise SystemExit(main())
