"""OCR benchmark: character error rate of `desk-app ocr` on generated scans of Vietnamese
administrative prose (clean 300 dpi, and hard: sideways / upside down, 150-200 dpi, skewed, unevenly
lit, JPEG), next to raw `tesseract -l vie` on the same pages; the `vie` model against the `Vietnamese`
script model; and the wall time of `desk-app ocr` against raw Tesseract run one thread per page,
two pages at a time. Medians over pages (and over repeated timing rounds).

    /work/venv/bin/python benchmarks/bench_ocr.py [--clean N] [--hard N] [--rounds R]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from desk_app.demo.ocr_pages import degrade, make_page, png_bytes  # noqa: E402

PY = sys.executable
ENV = dict(os.environ, OMP_THREAD_LIMIT="1", PYTHONPATH=str(ROOT))


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cer(ref: str, hyp: str) -> float:
    r, h = norm(ref), norm(hyp)
    return Levenshtein.distance(r, h) / max(1, len(r))


def raw_tesseract(files: list[Path], lang: str) -> tuple[list[str], float]:
    def one(f: Path) -> str:
        return subprocess.run(["tesseract", str(f), "stdout", "-l", lang], capture_output=True,
                              text=True, env=ENV, check=True).stdout
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        texts = list(pool.map(one, files))
    return texts, time.perf_counter() - start


def desk_ocr(files: list[Path], lang: str = "vie") -> tuple[list[str], float]:
    start = time.perf_counter()
    out = subprocess.run([PY, "-m", "desk_app", "ocr", "--json", "--lang", lang,
                          *map(str, files)], capture_output=True, text=True, env=ENV, cwd=ROOT,
                         check=True).stdout
    elapsed = time.perf_counter() - start
    return [item["text"] for item in json.loads(out)], elapsed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clean", type=int, default=8)
    ap.add_argument("--hard", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        d = Path(tmp)
        clean, hard, truth_c, truth_h, kinds = [], [], [], [], []
        for i in range(args.clean):
            page = make_page(100 + i)
            f = d / f"clean-{i}.png"
            f.write_bytes(png_bytes(page.image, 300))
            clean.append(f)
            truth_c.append(page.text)
        for i in range(args.hard):
            page = make_page(200 + i)
            data, info = degrade(page, 300 + i)
            f = d / f"hard-{i}.jpg"
            f.write_bytes(data)
            hard.append(f)
            truth_h.append(page.text)
            kinds.append(info)
        chars_c = sum(len(norm(t)) for t in truth_c)
        chars_h = sum(len(norm(t)) for t in truth_h)
        print(f"pages: {len(clean)} clean 300 dpi ({chars_c} chars), {len(hard)} hard ({chars_h} chars)")
        for info in kinds:
            print(f"  hard page: {info}")

        rows = []
        for label, files, truth in (("clean", clean, truth_c), ("hard", hard, truth_h)):
            ours, _ = desk_ocr(files, "vie")
            raw_vie, t_vie = raw_tesseract(files, "vie")
            raw_viet, t_viet = raw_tesseract(files, "Vietnamese")
            print(f"  {label}: raw tesseract wall time, 2 at a time: -l vie {t_vie:.2f} s, "
                  f"-l Vietnamese {t_viet:.2f} s (ratio {t_viet / t_vie:.2f})")
            ours_viet, _ = desk_ocr(files, "Vietnamese")
            c = lambda texts, truth=truth: [cer(t, h) for t, h in zip(truth, texts, strict=False)]  # noqa: E731
            res = {"ours": c(ours), "raw": c(raw_vie), "raw_Vietnamese": c(raw_viet),
                   "ours_Vietnamese": c(ours_viet)}
            pooled = {k: sum(v[i] * len(norm(truth[i])) for i in range(len(truth)))
                      / sum(len(norm(t)) for t in truth) for k, v in res.items()}
            rows.append((label, res, pooled))
        print("\nCharacter error rate (pooled over all characters; median per page in brackets)")
        print(f"{'set':6} {'desk-app ocr (vie)':>22} {'raw tesseract -l vie':>22} {'ratio':>7}"
              f" {'desk-app (Vietnamese)':>22} {'raw -l Vietnamese':>20}")
        for label, res, pooled in rows:
            ratio = pooled["ours"] / pooled["raw"] if pooled["raw"] else float("nan")
            print(f"{label:6} {pooled['ours']:>10.3%} [{statistics.median(res['ours']):.3%}]"
                  f" {pooled['raw']:>10.3%} [{statistics.median(res['raw']):.3%}] {ratio:>7.3f}"
                  f" {pooled['ours_Vietnamese']:>10.3%} [{statistics.median(res['ours_Vietnamese']):.3%}]"
                  f" {pooled['raw_Vietnamese']:>10.3%}")
            for i, v in enumerate(res["ours"]):
                if v > 0.02:
                    print(f"  {label} page {i}: desk-app CER {v:.2%} (raw {res['raw'][i]:.2%})")

        print("\nSpeed on the clean pages (wall time, whole batch, same run, alternating order)")
        ratios, t_ours, t_raw = [], [], []
        for r in range(args.rounds):
            if r % 2:
                _, a = desk_ocr(clean)
                _, b = raw_tesseract(clean, "vie")
            else:
                _, b = raw_tesseract(clean, "vie")
                _, a = desk_ocr(clean)
            t_ours.append(a)
            t_raw.append(b)
            ratios.append(a / b)
            print(f"  round {r + 1}: desk-app ocr {a:.2f} s, raw tesseract x2 {b:.2f} s, ratio {a / b:.3f}")
        print(f"median: desk-app ocr {statistics.median(t_ours):.2f} s, raw tesseract -l vie "
              f"(OMP_THREAD_LIMIT=1, 2 at a time) {statistics.median(t_raw):.2f} s, "
              f"ratio {statistics.median(ratios):.3f} (bar: <= 1.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
