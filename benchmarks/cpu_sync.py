"""CPU time of a push, phase by phase: the counter's process and the centre's backends, beside the
wall time, for `desk-app sync` pushes of generated work (medians of several rounds).

    PYTHONPATH=. python benchmarks/cpu_sync.py [--dossiers 150] [--image-kb 60] [--rounds 7]

On a machine shared with other jobs the wall time of one push moves by a third from one round to
the next, while CPU time barely moves: a change that saves the centre work shows here first. The
centre's CPU is read from /proc/<pid>/schedstat of every server process serving the round's
database (Linux; the throw-away server runs on this machine), before and after each phase;
the counter's from `time.process_time()` (all its threads). "images" is the lookup of missing
images and their upload (both connections), "operations" the sync_push calls and the outbox
marks, as in benchmarks/bench_sync.py."""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy import text  # noqa: E402

from benchmarks.bench_sync import fresh_db, outbox_snapshot  # noqa: E402
from db.central.schema import init_central  # noqa: E402
from desk_app.context import open_context  # noqa: E402
from desk_app.sync.client import SyncClient  # noqa: E402
from tests.pg_server import PgServer  # noqa: E402
from tests.sync.factory import make_dossiers  # noqa: E402

Snap = tuple[float, float, dict[str, int]]  # wall s, client CPU s, centre ns per backend


def centre_ns(dbname: str) -> dict[str, int]:
    """CPU nanoseconds so far of each server process serving `dbname`."""
    out: dict[str, int] = {}
    tag = f" {dbname} ".encode()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes()
            if cmd.startswith(b"postgres: ") and tag in cmd:
                out[proc.name] = int((proc / "schedstat").read_text().split()[0])
        except OSError:  # gone meanwhile
            continue
    return out


class Phases:
    """Wall, client and centre time summed per phase over the batches of one push."""

    def __init__(self, dbname: str) -> None:
        self.dbname = dbname
        self.ms: dict[str, list[float]] = {k: [0.0, 0.0, 0.0] for k in ("images", "operations")}

    def snap(self) -> Snap:
        return time.perf_counter(), time.process_time(), centre_ns(self.dbname)

    def add(self, phase: str, a: Snap, b: Snap) -> None:
        centre = sum(v - a[2].get(pid, 0) for pid, v in b[2].items()) / 1e6
        for k, v in enumerate(((b[0] - a[0]) * 1e3, (b[1] - a[1]) * 1e3, centre)):
            self.ms[phase][k] += v


def timed_client(ctx: Any, url: str, phases: Phases) -> SyncClient:
    class Timed(SyncClient):
        images_done: Snap | None = None

        def _send_images(self, *args: Any) -> Any:
            a = phases.snap()
            try:
                return super()._send_images(*args)
            finally:
                self.images_done = phases.snap()
                phases.add("images", a, self.images_done)

        def _record(self, *args: Any, **kw: Any) -> None:
            super()._record(*args, **kw)
            if self.images_done is not None:
                phases.add("operations", self.images_done, phases.snap())

    return Timed(ctx, url)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=150)
    ap.add_argument("--image-kb", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    server = PgServer().init()
    server.start()
    home = Path(tempfile.mkdtemp(prefix="desk-cpu-"))
    rounds: list[Phases] = []
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench_template")
        init_central(server.url("bench_template"))
        ctx = open_context(home)
        make_dossiers(ctx, args.dossiers, pages=3, entries=2, image_size=args.image_kb * 1024,
                      rng=random.Random(7))
        queued = outbox_snapshot(ctx)
        for i in range(args.rounds):
            url = fresh_db(server, f"bench_c{i}", central=True)
            with ctx.engine.begin() as c:
                c.execute(text("UPDATE outbox SET state = 'pending', sent_at = NULL, "
                               "attempts = 0, payload = :p, payload_sha256 = :h WHERE seq = :s"),
                          queued)
            phases = Phases(f"bench_c{i}")
            report = timed_client(ctx, url, phases).run_once(pull=False)
            assert report.pending_left == 0 and report.refused == 0, report
            rounds.append(phases)
        ctx.close()
    finally:
        shutil.rmtree(home, ignore_errors=True)
        server.cleanup()
    print(f"medians of {args.rounds} pushes, ms per push (all batches):")
    print(f"{'':12s} {'wall':>8s} {'counter CPU':>12s} {'centre CPU':>11s}   centre CPU per round")
    for phase in ("images", "operations"):
        med = [statistics.median(r.ms[phase][k] for r in rounds) for k in range(3)]
        each = " ".join(f"{r.ms[phase][2]:.0f}" for r in rounds)
        print(f"{phase:12s} {med[0]:8.1f} {med[1]:12.1f} {med[2]:11.1f}   {each}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
