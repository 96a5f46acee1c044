"""Where a push spends its time: the client under cProfile, the centre under pg_stat_statements
(every statement, also those inside sync_push), for one `desk-app sync` push of generated work.

    PYTHONPATH=. python benchmarks/profile_sync.py [--dossiers 150] [--image-kb 60] [--top 15]

Starts its own throw-away PostgreSQL with pg_stat_statements loaded (track = all)."""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy import text  # noqa: E402

from db.central.schema import init_central  # noqa: E402
from desk_app.context import open_context  # noqa: E402
from desk_app.sync.client import SyncClient  # noqa: E402
from tests.pg_server import PgServer  # noqa: E402
from tests.sync.factory import make_dossiers  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=150)
    ap.add_argument("--image-kb", type=int, default=60)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--batch-ops", type=int, default=0, help="0: the client's default")
    ap.add_argument("--explain-ms", type=int, default=0,
                    help="log the plan of every statement slower than this (auto_explain)")
    args = ap.parse_args()
    batch = {"batch_ops": args.batch_ops} if args.batch_ops else {}
    server = PgServer().init()
    with open(server.data / "postgresql.conf", "a") as conf:
        conf.write("\nshared_preload_libraries = 'pg_stat_statements'\n"
                   "pg_stat_statements.track = all\npg_stat_statements.track_planning = on\n"
                   "track_functions = all\n")
        if args.explain_ms:
            conf.write("session_preload_libraries = 'auto_explain'\n"
                       f"auto_explain.log_min_duration = {args.explain_ms}\n"
                       "auto_explain.log_analyze = on\nauto_explain.log_nested_statements = on\n")
    server.start()
    home = Path(tempfile.mkdtemp(prefix="desk-prof-"))
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE prof")
        url = server.url("prof")
        init_central(url)
        ctx = open_context(home)
        make_dossiers(ctx, args.dossiers, pages=3, entries=2, image_size=args.image_kb * 1024,
                      rng=random.Random(7))
        with ctx.engine.connect() as c:
            n_ops = c.execute(text("SELECT count(*) FROM outbox")).scalar_one()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            conn.execute("SELECT pg_stat_statements_reset()")
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.enable()
        report = SyncClient(ctx, url, **batch).run_once(pull=False)
        prof.disable()
        wall = time.perf_counter() - t0
        ctx.close()
        print(f"push of {n_ops} operations, {report.images} images "
              f"({report.image_bytes / 1e6:.1f} MB) in {report.batches} batches: {wall:.3f} s "
              f"(images {report.image_seconds:.3f} s, operations {report.op_seconds:.3f} s)")
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.top)
        print("\n--- client (cProfile, cumulative) ---")
        print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(args.top)
        print("\n--- client (cProfile, own time) ---")
        print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))
        with psycopg.connect(url, autocommit=True) as conn:
            rows = conn.execute(
                "SELECT total_exec_time, total_plan_time, calls, rows, toplevel, "
                "regexp_replace(left(query, 110), '\\s+', ' ', 'g') FROM pg_stat_statements "
                "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'prof') "
                "ORDER BY total_exec_time DESC LIMIT %s", (args.top,)).fetchall()
        print("\n--- centre (pg_stat_statements: run ms, planning ms, calls, rows, top-level) ---")
        for ms, plan_ms, calls, nrows, top, q in rows:
            print(f"{ms:9.1f} {plan_ms:7.1f} {calls:6d} {nrows:7d} {'top ' if top else 'in  '} {q}")
        if args.explain_ms:
            print("\n--- plans (auto_explain) ---")
            print(server.log_text())
    finally:
        shutil.rmtree(home, ignore_errors=True)
        server.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
