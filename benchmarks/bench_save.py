"""Time to save a 10-page dossier (OCR excluded), beside the bare cost of a durable save.

Project figures:
- save: ReceptionService.save() of a dossier whose 10 pages were captured beforehand (as the client
  does while the officer attaches or scans them): code allocation, due date, applicant, dossier,
  components, 10 page rows, outbox entries, one durable commit. This is the wait after "Tiếp nhận".
- print: the Mẫu 01 receipt rendered and stored afterwards.
- end to end: receive() from 10 PNG files: read + check + clean-up + encode + stage blobs + save +
  print, for reference.
Baseline: raw sqlite3 (WAL, synchronous=FULL) inserting 1 dossier row and 10 page rows and writing
the same 10 page files with fsync + rename — what any durable save of the pages must pay here.
Usage: python benchmarks/bench_save.py [--runs 15]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk_app.accounts import AccountService
from desk_app.context import open_context
from desk_app.domain.types import Role
from desk_app.reception import ReceptionService
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft


def make_pages(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        img = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
        d = ImageDraw.Draw(img)
        for y in range(100, 1700, 30):
            d.text((100, y), f"Trang {i} dòng {y} — Cộng hòa xã hội chủ nghĩa Việt Nam", fill=0)
        p = folder / f"p{i}.png"
        img.save(p)
        paths.append(p)
    return paths


def baseline(folder: Path, pages: list[Path]) -> float:
    db = folder / "raw.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS d (id TEXT PRIMARY KEY, code TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS p (id TEXT PRIMARY KEY, d TEXT, sha TEXT)")
    blobs = folder / "blobs"
    blobs.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    datas = [p.read_bytes() for p in pages]
    did = os.urandom(8).hex()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO d VALUES (?, ?)", (did, did))
    for data in datas:
        sha = hashlib.sha256(data).hexdigest() + os.urandom(2).hex()
        tmp = blobs / f".{sha}"
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, blobs / sha)
        conn.execute("INSERT INTO p VALUES (?, ?, ?)", (os.urandom(8).hex(), did, sha))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ctx = open_context(folder / "home")
        officer = AccountService(ctx).create_account("bench", "Cán bộ đo", Role.OFFICER, "benchmark1")
        svc = ReceptionService(ctx)
        proc = next(p for p in svc.procedures() if len(p.components) >= 2)
        ours, base, saves, prints = [], [], [], []
        pages = make_pages(folder, 10)  # the same files every run
        for run in range(args.runs):
            # Different content each run so the content-addressed store really writes.
            for i, p in enumerate(pages):
                with Image.open(p) as im:
                    im = im.copy()
                ImageDraw.Draw(im).text((20, 20), f"run {run} page {i}", fill=0)
                im.save(p)
            comps = [ComponentInput(c.id, c.name, c.accepted_forms[0] if c.accepted_forms else "original")
                     for c in proc.components]
            comps[0].files = pages
            draft = ReceptionDraft(
                proc.code, PersonInput("Nguyễn Văn An", address="Hải Phòng"), components=comps,
                received_at=dt.datetime.now(),
            )
            base.append(baseline(folder, pages))
            t0 = time.perf_counter()
            svc.receive(draft, officer)
            ours.append(time.perf_counter() - t0)
            staged = svc.prepare_pages(draft)
            t0 = time.perf_counter()
            summary = svc.save(draft, officer, staged)
            saves.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            svc.print_form(summary.code, officer)
            prints.append(time.perf_counter() - t0)
        ctx.close()
    med = lambda xs: statistics.median(xs) * 1000  # noqa: E731
    print(f"runs: {args.runs}, medians")
    print(f"save of a 10-page dossier (pages captured before):  {med(saves):8.1f} ms  (goal ≤ 200 ms)")
    print(f"print + store the Mẫu 01 receipt afterwards:        {med(prints):8.1f} ms")
    print(f"end to end receive() from 10 PNG files:             {med(ours):8.1f} ms")
    print(f"baseline raw sqlite3 + 10 fsynced page files:       {med(base):8.1f} ms")
    print(f"ratio save / baseline: {med(saves) / med(base):.2f}x; "
          f"end to end / baseline: {med(ours) / med(base):.2f}x")


if __name__ == "__main__":
    main()
