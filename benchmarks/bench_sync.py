"""Push throughput of `desk-app sync` beside raw psycopg executemany and COPY of the same
operations and images into the same PostgreSQL server, in the same run: the sides take turns in
every round (a busy moment of the machine falls on all of them), medians of 5 rounds.

    PYTHONPATH=. python benchmarks/bench_sync.py [--dossiers 150] [--image-kb 60] [--runs 5]

Starts its own throw-away PostgreSQL (TLS, SCRAM; as the `postgres` user when run as root); every
side connects the same way (same server, same TLS, same user). The raw baselines only store rows:
"raw executemany" and "raw COPY" into plain tables from memory (the issue's reference); "raw
executemany, files" the same with the images read from the page store's files as they are sent;
"raw into centre tables" the same rows straight into the centre's own tables (their indexes and
foreign keys), with no check, log or chain. The project's push reads the page files, has every image hashed by the centre, deduplicates every operation by id, checks who owns
what, applies it to the typed tables, checks the log chain, chains the operations and marks the
local outbox. "operations/s" counts the time from the images' end to the outbox marked (the
sync_push calls and the local marks); "images MB/s" the lookup of missing images and their
upload; "total" everything, reading the outbox included. Where the time goes inside:
benchmarks/profile_sync.py."""
from __future__ import annotations

import argparse
import json
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
from psycopg.types.json import Jsonb  # noqa: E402
from sqlalchemy import text  # noqa: E402

from db.central.schema import init_central  # noqa: E402
from desk_app.context import open_context  # noqa: E402
from desk_app.sync.client import SyncClient  # noqa: E402
from tests.pg_server import PgServer  # noqa: E402
from tests.sync.factory import make_dossiers  # noqa: E402

RAW_DDL = """
DROP TABLE IF EXISTS raw_ops, raw_images;
CREATE TABLE raw_ops (op_id text PRIMARY KEY, seq bigint, entity text, entity_id text, payload jsonb);
CREATE TABLE raw_images (sha256 text PRIMARY KEY, data bytea);
"""


def load_work(ctx: Any) -> tuple[list[tuple[Any, ...]], list[tuple[str, bytes]]]:
    with ctx.engine.connect() as c:
        rows = c.execute(text(
            "SELECT op_id, seq, entity, entity_id, payload FROM outbox ORDER BY seq")).all()
        shas = sorted({r[0] for r in c.execute(text("SELECT sha256 FROM pages"))})
    ops = [(r[0], r[1], r[2], r[3], json.loads(r[4]) if isinstance(r[4], str) else r[4])
           for r in rows]
    return ops, [(s, ctx.pages.get(s)) for s in shas]


def fresh_db(server: PgServer, name: str, central: bool) -> str:
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}" + (" TEMPLATE bench_template" if central else ""))
    return server.url(name)


Timing = tuple[float, float, float]  # (total, images, operations) in seconds


def outbox_snapshot(ctx: Any) -> list[dict[str, Any]]:
    """The outbox as queued: a confirmed push drops each payload, so every run puts it back."""
    with ctx.engine.connect() as c:
        return [{"s": r[0], "p": r[1], "h": r[2]} for r in c.execute(text(
            "SELECT seq, payload, payload_sha256 FROM outbox"))]


def run_project(server: PgServer, ctx: Any, queued: list[dict[str, Any]], i: int) -> Timing:
    url = fresh_db(server, f"bench_c{i}", central=True)
    with ctx.engine.begin() as c:
        c.execute(text("UPDATE outbox SET state = 'pending', sent_at = NULL, attempts = 0, "
                       "payload = :p, payload_sha256 = :h WHERE seq = :s"), queued)
    t0 = time.perf_counter()
    report = SyncClient(ctx, url).run_once(pull=False)
    elapsed = time.perf_counter() - t0
    assert report.pending_left == 0 and report.refused == 0, report
    return elapsed, report.image_seconds, report.op_seconds


def run_central_only(server: PgServer, ws: Any, ops: list[Any], images: list[tuple[str, bytes]],
                     i: int) -> Timing:
    """The centre's side alone: sync_put_image via pipeline and sync_push per batch of 200,
    from memory (no local store, no files): the protocol's own cost."""
    url = fresh_db(server, f"bench_s{i}", central=True)
    with psycopg.connect(url) as conn:
        conn.execute("SELECT sync_register(%s, %s, %s, %s)", (ws.id, ws.name, ws.agency_code, ws.slot))
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("SELECT sync_put_image(%s, %s::bytea)", images)
        conn.commit()
        t1 = time.perf_counter()
        for k in range(0, len(ops), 200):
            batch = [{"op_id": o[0], "seq": o[1], "entity": o[2], "entity_id": o[3],
                      "payload": o[4]} for o in ops[k:k + 200]]
            rows = conn.execute("SELECT * FROM sync_push(%s, %s)", (ws.id, Jsonb(batch))).fetchall()
            assert all(r[1] == "applied" for r in rows)
            conn.commit()
        t2 = time.perf_counter()
    return t2 - t0, t1 - t0, t2 - t1


def run_typed(server: PgServer, ws: Any, ops: list[Any], images: list[tuple[str, bytes]],
              i: int) -> Timing:
    """The same rows written straight into the centre's own tables (their indexes, foreign keys
    and TOAST), one INSERT per row in one pipelined executemany per table, no check, no log, no
    chain: what landing the data costs before anything the push adds."""
    url = fresh_db(server, f"bench_t{i}", central=True)
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for o in ops:
        by_table.setdefault(o[2], []).append((Jsonb({**o[4], "src_workstation": ws.id}),))
    with psycopg.connect(url) as conn:
        conn.execute("SELECT sync_register(%s, %s, %s, %s)", (ws.id, ws.name, ws.agency_code, ws.slot))
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO page_images (sha256, byte_size, data, uploaded_by) "
                            "VALUES (%s, %s, %b, current_user)",
                            [(s, len(d), d) for s, d in images])
            conn.commit()
            t1 = time.perf_counter()
            for table, rows in by_table.items():  # in the batch's order: parents first
                cur.executemany(f"INSERT INTO {table} SELECT * FROM "
                                f"jsonb_populate_record(NULL::{table}, %s)", rows)
        conn.commit()
        t2 = time.perf_counter()
    return t2 - t0, t1 - t0, t2 - t1


def run_executemany(url: str, ops: list[Any], images: list[tuple[str, bytes]],
                    read: Any = None) -> Timing:
    """With `read`, the images' bytes are read from the page store's files as they are sent,
    as any uploader of these pages must (the push does); without it, from memory."""
    with psycopg.connect(url) as conn:
        conn.execute(RAW_DDL)
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO raw_images VALUES (%s, %s)",
                            ((s, read(s)) for s, _ in images) if read else images)
            conn.commit()
            t1 = time.perf_counter()
            cur.executemany("INSERT INTO raw_ops VALUES (%s, %s, %s, %s, %s)",
                            [(o[0], o[1], o[2], o[3], Jsonb(o[4])) for o in ops])
        conn.commit()
        t2 = time.perf_counter()
        return t2 - t0, t1 - t0, t2 - t1


def run_copy(url: str, ops: list[Any], images: list[tuple[str, bytes]]) -> Timing:
    with psycopg.connect(url) as conn:
        conn.execute(RAW_DDL)
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor() as cur:
            with cur.copy("COPY raw_images (sha256, data) FROM STDIN (FORMAT BINARY)") as cp:
                cp.set_types(["text", "bytea"])
                for row in images:
                    cp.write_row(row)
            conn.commit()
            t1 = time.perf_counter()
            with cur.copy("COPY raw_ops FROM STDIN") as cp:
                for o in ops:
                    cp.write_row((o[0], o[1], o[2], o[3], json.dumps(o[4])))
        conn.commit()
        t2 = time.perf_counter()
        return t2 - t0, t1 - t0, t2 - t1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=150)
    ap.add_argument("--image-kb", type=int, default=60)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    server = PgServer().init()
    server.start()
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench_template")
        init_central(server.url("bench_template"))
        home = Path(tempfile.mkdtemp(prefix="desk-bench-"))
        ctx = open_context(home)
        make_dossiers(ctx, args.dossiers, pages=3, entries=2, image_size=args.image_kb * 1024,
                      rng=random.Random(7))
        ops, images = load_work(ctx)
        mb = sum(len(d) for _, d in images) / 1e6
        raw_url = fresh_db(server, "bench_raw", central=False)
        queued = outbox_snapshot(ctx)
        project: list[Timing] = []
        central: list[Timing] = []
        execmany: list[Timing] = []
        copy: list[Timing] = []
        typed: list[Timing] = []
        from_files: list[Timing] = []
        # Interleaved, so that a busy moment of the machine falls on every side alike.
        for i in range(args.runs):
            project.append(run_project(server, ctx, queued, i))
            execmany.append(run_executemany(raw_url, ops, images))
            from_files.append(run_executemany(raw_url, ops, images, ctx.pages.get))
            central.append(run_central_only(server, ctx.workstation, ops, images, i))
            copy.append(run_copy(raw_url, ops, images))
            typed.append(run_typed(server, ctx.workstation, ops, images, i))
        ctx.close()
        shutil.rmtree(home, ignore_errors=True)
    finally:
        server.cleanup()
    print(f"work: {len(ops)} operations, {len(images)} page images, {mb:.1f} MB; "
          f"medians of {args.runs} runs, same server, same run")
    print("desk-app push: operations/s over the sync_push calls and the outbox marks, images "
          "MB/s over the lookup and upload, total s also reading the outbox")
    med: dict[str, Timing] = {}
    print(f"{'':24s} {'total s':>8s} {'operations/s':>13s} {'images MB/s':>12s}")
    for name, runs in (("desk-app push", project), ("  centre side only", central),
                       ("raw executemany", execmany),
                       ("raw executemany, files", from_files), ("raw COPY", copy),
                       ("raw into centre tables", typed)):
        t = med[name] = tuple(statistics.median(r[k] for r in runs) for k in range(3))  # type: ignore[assignment]
        print(f"{name:24s} {t[0]:8.3f} {len(ops) / t[2]:13.0f} {mb / t[1]:12.1f}")
    for mine in ("desk-app push", "  centre side only"):
        p = med[mine]
        for base in ("raw executemany", "raw executemany, files", "raw COPY",
                     "raw into centre tables"):
            b = med[base]
            print(f"ratio {mine.strip()} / {base}: operations/s {b[2] / p[2]:.2f}, "
                  f"images MB/s {b[1] / p[1]:.2f}, total {b[0] / p[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
