"""Dossier list benchmark: the SQL time of the main window's first list (today's dossiers) on
stores of 1,000 and 20,000 dossiers (50 a day, 6 pages each), beside a raw sqlite3 query of the
same fields, and their ratio.

The stores are built quickly: one dossier goes through the reception service (demo generator),
then raw inserts copy its rows into the migrated schema, 50 a day back in time.
`--code DIR` runs the list of another checkout (e.g. the code before a change) on the same data.

    python benchmarks/bench_lists.py [--sizes 1000 20000] [--code /path/to/checkout]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

PER_DAY = 50
PAGES = 6
RAW_SQL = """
    SELECT d.*, a.full_name, p.name,
           (SELECT count(*) FROM pages g WHERE g.dossier_id = d.id AND NOT g.deleted)
    FROM dossiers d JOIN applicants a ON a.id = d.applicant_id
    JOIN procedures p ON p.code = d.procedure_code
    WHERE d.received_at >= ? AND d.received_at < ?
    ORDER BY d.received_at DESC, d.code DESC LIMIT 200
"""


def build(home: Path, n: int) -> None:
    from desk_app.context import open_context
    from desk_app.demo.dossiers import create_demo_data

    ctx = open_context(home)
    create_demo_data(ctx, 1, seed=1)
    ctx.close()
    db = sqlite3.connect(home / "store.sqlite3")
    cols = [r[1] for r in db.execute("PRAGMA table_info(dossiers)")]
    pcols = [r[1] for r in db.execute("PRAGMA table_info(pages)")]
    tmpl = dict(zip(cols, db.execute("SELECT * FROM dossiers").fetchone(), strict=True))
    page = dict(zip(pcols, db.execute("SELECT * FROM pages LIMIT 1").fetchone(), strict=True))
    db.execute("DELETE FROM pages")
    now = dt.datetime.now().replace(hour=8, minute=0, second=0, microsecond=0)
    rows, prows = [], []
    for i in range(1, n):  # the template dossier stays: n in all
        row = dict(tmpl, id=str(uuid.uuid4()), code=f"{tmpl['code'][:-6]}{i:06d}",
                   received_at=str(now - dt.timedelta(days=i // PER_DAY, minutes=i % PER_DAY)))
        rows.append([row[c] for c in cols])
        for pos in range(PAGES):
            prows.append([dict(page, id=str(uuid.uuid4()), dossier_id=row["id"],
                               position=pos)[c] for c in pcols])
    for pos in range(PAGES):
        prows.append([dict(page, id=str(uuid.uuid4()), dossier_id=tmpl["id"], position=pos)[c]
                      for c in pcols])
    q = ",".join("?" * len(cols))
    db.executemany(f"INSERT INTO dossiers ({','.join(cols)}) VALUES ({q})", rows)
    q = ",".join("?" * len(pcols))
    db.executemany(f"INSERT INTO pages ({','.join(pcols)}) VALUES ({q})", prows)
    db.commit()
    db.close()


def measure(home: Path, repeat: int = 15) -> tuple[float, float, float, int]:
    from sqlalchemy import event

    from desk_app.context import open_context
    from desk_app.reception import ReceptionService

    ctx = open_context(home)
    reception = ReceptionService(ctx)
    spent: list[float] = []

    def before(conn: Any, *args: Any) -> None:
        conn.info["t0"] = time.perf_counter()

    def after(conn: Any, *args: Any) -> None:
        spent[-1] += time.perf_counter() - conn.info["t0"]

    event.listen(ctx.engine, "before_cursor_execute", before)
    event.listen(ctx.engine, "after_cursor_execute", after)
    today = dt.date.today()
    shown = 0
    calls = []
    for _ in range(repeat):
        spent.append(0.0)
        t0 = time.perf_counter()
        shown = len(reception.list_dossiers(day=today))
        calls.append(time.perf_counter() - t0)
    ctx.close()
    db = sqlite3.connect(home / "store.sqlite3")
    start = dt.datetime.combine(today, dt.time())
    raw = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        db.execute(RAW_SQL, (str(start), str(start + dt.timedelta(days=1)))).fetchall()
        raw.append(time.perf_counter() - t0)
    db.close()
    # SQL = time inside cursor.execute (sqlite3 runs the query there, rows are fetched after);
    # call = the whole list_dossiers call, fetch and objects included.
    return (statistics.median(spent) * 1000, statistics.median(calls) * 1000,
            statistics.median(raw) * 1000, shown)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    ap.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1])
    args = ap.parse_args()
    sys.path.insert(0, str(args.code))
    print(f"code: {args.code}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            t0 = time.perf_counter()
            build(home, n)
            built = time.perf_counter() - t0
            sql, call, raw, shown = measure(home)
            print(f"{n:>7} dossiers (built in {built:.1f} s): today's list {shown} rows: "
                  f"SQL execute {sql:.2f} ms, whole call {call:.2f} ms; raw sqlite3 (same "
                  f"fields, fetched) {raw:.2f} ms; call/raw {call / raw:.1f}x")


if __name__ == "__main__":
    main()
