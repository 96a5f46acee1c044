"""Benchmark of copy-vs-original comparison through the CLI, beside a previous engine.

The pairs are generated for this benchmark with the held-out vocabulary (names and places the engine
was never tuned on) and seeds far from the tests' (desk_app/demo/compare_degrade.py): half faithful
copies worn the way real ones are (rotation with blur, scale, JPEG at quality 40, uneven light, a
fold's shadow, a halftone screen, toner specks; a red seal and a signature on every page), half
altered in one word: a single tone mark (40 % of them), a digit of the ID number or birth date, or a
word of the address. Every pair goes through `desk-app compare ORIGINAL COPY --json` in a fresh
process, timed from outside, once with this checkout and once with the previous engine (another
checkout, given with --previous; the figures are measured in the same run so noise cancels).

An altered pair counts as caught "as a text change" when one of the JSON's text_changes names the
altered word on both sides (NFC, diacritics significant, case and punctuation ignored).

    python benchmarks/bench_compare.py [--pairs 60] [--seed 5001] [--previous ../previous]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import cv2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desk_app.compare.fulltext import key  # noqa: E402
from desk_app.demo.compare_degrade import worn_set  # noqa: E402


def run_cli(checkout: Path, original: Path, copy: Path) -> tuple[dict[str, Any], float]:
    env = dict(os.environ, PYTHONPATH=str(checkout), OMP_THREAD_LIMIT="1")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desk_app", "compare", str(original), str(copy),
                           "--json"], capture_output=True, text=True, env=env, cwd=checkout,
                          timeout=300, check=False)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{checkout}: exit {done.returncode}: {done.stderr[-400:]}")
    return json.loads(done.stdout), wall


def caught_as_text(out: dict[str, Any], before: str, after: str) -> bool:
    want_b, want_a = key(before), key(after)
    return any(want_b in key(t["before"]) and want_a in key(t["after"])
               for t in out.get("text_changes", []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pairs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=5001)
    parser.add_argument("--previous", type=Path, default=Path("../previous"),
                        help="checkout of the previous engine, e.g. made with `git worktree add ../previous COMMIT` (its desk_app is run)")
    parser.add_argument("--no-previous", action="store_true")
    args = parser.parse_args(argv)
    engines = {"this": ROOT}
    if not args.no_previous:
        if not (args.previous / "desk_app" / "compare").is_dir():
            parser.error(f"{args.previous} holds no desk_app/compare")
        engines["previous"] = args.previous.resolve()

    t_gen = time.perf_counter()
    pairs = worn_set(args.pairs, args.seed, "held_out")
    kinds: dict[str, int] = {}
    for p in pairs:
        kinds[p.alteration or "faithful"] = kinds.get(p.alteration or "faithful", 0) + 1
    print(f"generated {len(pairs)} pairs {kinds} in {time.perf_counter() - t_gen:.1f} s; copy "
          f"{pairs[0].copy.shape[1]}x{pairs[0].copy.shape[0]} px (A4, 200 dpi)")
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as tmp:
        folder = Path(tmp)
        for k, pair in enumerate(pairs):
            original, copy = folder / f"{k}-chinh.png", folder / f"{k}-chup.png"
            cv2.imwrite(str(original), pair.original)
            cv2.imwrite(str(copy), pair.copy)
            row: dict[str, Any] = {"kind": pair.alteration or "faithful",
                                   "altered": pair.alteration is not None}
            line = f"  {k + 1:2d} {row['kind']:8s} {pair.before!r:>16} -> {pair.after!r:16}"
            for name, checkout in engines.items():
                out, wall = run_cli(checkout, original, copy)
                flagged = out["verdict"] != "match"
                text = pair.alteration is not None and caught_as_text(out, pair.before,
                                                                     pair.after)
                row[name] = {"flagged": flagged, "text": text, "wall": wall,
                             "doubts": len(out.get("doubts", []))}
                line += f" | {name}: {out['verdict']:8s} text={'y' if text else '-'} {wall:.2f}s"
            rows.append(row)
            print(line, flush=True)

    altered = [r for r in rows if r["altered"]]
    faithful = [r for r in rows if not r["altered"]]
    tone = [r for r in altered if r["kind"] == "tone"]

    def share(sel: list[dict[str, Any]], name: str, what: str) -> float:
        return sum(bool(r[name][what]) for r in sel) / max(1, len(sel))

    figures = [
        ("altered flagged as a text change", "text", altered, ">= 0.99"),
        ("  of which tone-mark changes", "text", tone, ""),
        ("altered flagged (any evidence)", "flagged", altered, ""),
        ("faithful flagged", "flagged", faithful, "<= 0.02"),
    ]
    print()
    header = f"{'figure':36s}" + "".join(f"{n:>12s}" for n in engines) + "   goal"
    print(header)
    for label, what, sel, goal in figures:
        print(f"{label:36s}" + "".join(f"{share(sel, n, what):12.3f}" for n in engines)
              + f"   {goal}")
    medians = {n: statistics.median(r[n]["wall"] for r in rows) for n in engines}
    print(f"{'median seconds per pair (CLI)':36s}" + "".join(f"{medians[n]:12.2f}" for n in engines)
          + "   <= 1.5")
    print(f"{'median doubts per faithful pair':36s}"
          + "".join(f"{statistics.median(r[n]['doubts'] for r in faithful):12.1f}"
                    for n in engines))
    if "previous" in engines:
        print(f"time ratio this/previous: {medians['this'] / medians['previous']:.2f}")
    print(f"pairs: {len(altered)} altered ({len(tone)} single tone-mark changes), "
          f"{len(faithful)} faithful")
    ok = (share(altered, "this", "text") >= 0.99 and share(faithful, "this", "flagged") <= 0.02
          and medians["this"] <= 1.5)
    print("RESULT:", "all goals met" if ok else "goals NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
