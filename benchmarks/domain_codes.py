"""Domain figures: cost of allocating a dossier code in the real local store, and of computing a
due date, each next to a baseline measured in the same run. Medians of repeated rounds.

    /work/venv/bin/python benchmarks/domain_codes.py
"""
from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
from sqlalchemy import text

if __package__ in (None, ""):  # run as a script from a source checkout
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk_app.context import open_context
from desk_app.domain.dossier_code import allocate_code
from desk_app.domain.holidays import load_calendar
from desk_app.domain.work_calendar import due_at

ROUNDS = 5
PER_ROUND = 200


def _median_us(samples: list[float]) -> float:
    return statistics.median(samples) * 1e6


def bench_allocation() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Path(tmp))
        received = datetime(2026, 11, 26, 9, 0)
        alloc, bare = [], []
        for r in range(ROUNDS):
            day = received + timedelta(days=r)
            t0 = time.perf_counter()
            for _ in range(PER_ROUND):
                with ctx.sessions.begin() as s:
                    allocate_code(s, "H31.12.05", 1, day)
            alloc.append((time.perf_counter() - t0) / PER_ROUND)
            # Baseline: the same durable transaction doing one trivial write.
            t0 = time.perf_counter()
            for i in range(PER_ROUND):
                with ctx.sessions.begin() as s:
                    s.execute(text("INSERT OR REPLACE INTO settings(key, value) VALUES ('bench', :v)"),
                              {"v": str(i)})
            bare.append((time.perf_counter() - t0) / PER_ROUND)
        ctx.close()
    a, b = _median_us(alloc), _median_us(bare)
    print(f"allocate_code per dossier (own durable transaction): {a:8.1f} us | "
          f"baseline one-row durable transaction: {b:8.1f} us | ratio {a / b:.2f}")


def bench_due_dates() -> None:
    cal = load_calendar()
    start = datetime(2025, 1, 1, 8, 0)
    received = [start + timedelta(hours=7 * i) for i in range(2000)]
    holidays = np.array(sorted(cal.holidays), dtype="datetime64[D]")
    ours, base = [], []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        for r in received:
            due_at(r, 7, cal)
        ours.append((time.perf_counter() - t0) / len(received))
        # Baseline: numpy's business-day offset (no make-up days, no cut-off), one call per dossier.
        t0 = time.perf_counter()
        for r in received:
            np.busday_offset(np.datetime64(r.date(), "D"), 7, roll="forward", holidays=holidays)
        base.append((time.perf_counter() - t0) / len(received))
    a, b = _median_us(ours), _median_us(base)
    print(f"due_at, 7 working days:                              {a:8.1f} us | "
          f"baseline numpy.busday_offset:         {b:8.1f} us | ratio {a / b:.2f}")


if __name__ == "__main__":
    bench_allocation()
    bench_due_dates()
