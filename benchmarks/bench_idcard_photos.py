"""ID-card benchmark: `desk-app idcard` on generated photos of cards lying on a desk (both layouts,
rotation up to 25°, perspective, glare, blur, noise, JPEG; half with the QR), next to raw Tesseract
on the photo and a plain QR decode (pyzbar on the photo), on the same photos.

    /work/venv/bin/python benchmarks/bench_idcard_photos.py [--n 52]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.synth_card import make_photos  # noqa: E402

ENV = dict(os.environ, OMP_THREAD_LIMIT="1", PYTHONPATH=str(ROOT))


def raw_tesseract(path: Path) -> tuple[str, str]:
    text = subprocess.run(["tesseract", str(path), "stdout", "-l", "vie"], capture_output=True,
                          text=True, env=ENV).stdout
    number = next(iter(re.findall(r"(?<!\d)\d{12}(?!\d)", text.replace(" ", ""))), "")
    dates = re.findall(r"\d{2}/\d{2}/\d{4}", text)
    birth = ""
    for line in text.splitlines():
        if "sinh" in line.lower() or "birth" in line.lower():
            m = re.search(r"\d{2}/\d{2}/\d{4}", line)
            if m:
                birth = m.group(0)
                break
    return number, birth or (dates[0] if dates else "")


def plain_qr(path: Path) -> tuple[str, str]:
    from pyzbar import pyzbar

    grey = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    for sym in pyzbar.decode(grey):
        parts = sym.data.decode("utf-8", "replace").split("|")
        if len(parts) >= 4 and len(parts[3]) == 8:
            b = parts[3]
            return parts[0], f"{b[:2]}/{b[2:4]}/{b[4:]}"
    return "", ""


def desk_idcard(path: Path) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-m", "desk_app", "idcard", str(path), "--json"],
                         capture_output=True, text=True, env=ENV, cwd=ROOT)
    if out.returncode != 0:
        return {"number": "", "birth_date": "", "warnings": ["exit"], "source": "-"}
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=52)
    args = ap.parse_args()
    photos = make_photos(args.n, seed0=5000)
    with tempfile.TemporaryDirectory(prefix="bench-idcard-") as tmp:
        files = []
        for i, (data, *_rest) in enumerate(photos):
            f = Path(tmp) / f"card-{i:03d}.jpg"
            f.write_bytes(data)
            files.append(f)
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=2) as pool:
            ours = list(pool.map(desk_idcard, files))
        t_ours = time.perf_counter() - start
        with ThreadPoolExecutor(max_workers=2) as pool:
            raw = list(pool.map(raw_tesseract, files))
        qr = [plain_qr(f) for f in files]

    n = len(photos)
    both_ok = {"desk-app idcard": 0, "raw tesseract -l vie": 0, "plain QR decode (pyzbar)": 0}
    silent_wrong = 0
    wrong_with_warning = 0
    by_source: dict[str, int] = {}
    rows = []
    for (data, card, layout, with_qr, info), mine, r, q in zip(photos, ours, raw, qr, strict=True):
        ok = mine["number"] == card.number and mine["birth_date"] == card.birth
        both_ok["desk-app idcard"] += ok
        both_ok["raw tesseract -l vie"] += (r[0] == card.number and r[1] == card.birth)
        both_ok["plain QR decode (pyzbar)"] += (q[0] == card.number and q[1] == card.birth)
        by_source[str(mine["source"])] = by_source.get(str(mine["source"]), 0) + 1
        wrong_fields = [k for k, v in (("number", card.number), ("birth_date", card.birth),
                                       ("name", card.name), ("sex", card.sex))
                        if mine.get(k) and mine.get(k) != v]
        if layout == "cccd2021" and mine.get("residence") and mine["residence"] != card.residence:
            wrong_fields.append("residence")
        if wrong_fields and not mine["warnings"]:
            silent_wrong += 1
        elif wrong_fields:
            wrong_with_warning += 1
        if not ok or wrong_fields:
            rows.append(f"  {layout:11} qr={'yes' if with_qr else 'no ':3} {info} -> source={mine['source']}"
                        f" wrong={wrong_fields} warnings={mine['warnings']}")
    print(f"photos: {n} ({sum(1 for p in photos if p[3])} with QR; layouts cccd2021 / cancuoc2024)")
    print(f"desk-app idcard sources: {by_source}; wall time {t_ours:.1f} s for {n} photos, 2 at a time")
    print("number AND birth date right:")
    for k, v in both_ok.items():
        print(f"  {k:28} {v:3}/{n} = {v / n:.1%}")
    base = max(both_ok["raw tesseract -l vie"], both_ok["plain QR decode (pyzbar)"])
    print(f"  ratio desk-app / best baseline: {both_ok['desk-app idcard'] / max(1, base):.2f}")
    print(f"wrong value without any warning (desk-app): {silent_wrong}; wrong values that carried a warning: {wrong_with_warning}")
    if rows:
        print("photos with a wrong or missing number/date or a wrong field:")
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
