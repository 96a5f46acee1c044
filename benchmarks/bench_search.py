"""Search benchmark: diacritic-free queries on a store of 100,000 OCR'd pages (FTS5 over folded
text, desk_app.search) next to the plain way (LIKE over the folded text column), same store, same
run; and the officer's search (`SearchService.find`, `desk-app search` and Ctrl+F: pages by phrase,
with snippets). Medians of repeated queries.

    /work/venv/bin/python benchmarks/bench_search.py [--pages 100000]
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from desk_app.context import open_context  # noqa: E402
from desk_app.demo.ocr_pages import SENTENCES  # noqa: E402
from desk_app.domain.text import fold  # noqa: E402
from desk_app.search import SearchService, search  # noqa: E402

PAGES_PER_DOSSIER = 20
# Applicants' names (invented), in capitals as on an identity card.
FAMILY = ["NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "VŨ", "ĐẶNG", "BÙI", "ĐỖ", "HỒ", "NGÔ", "DƯƠNG"]
MIDDLE = ["VĂN", "THỊ", "ĐỨC", "HỮU", "NGỌC", "MINH", "THU", "QUỐC", "THANH", "XUÂN"]
GIVEN = ["AN", "HÙNG", "HẰNG", "ÁNH", "VIỆT", "DŨNG", "LAN", "TUẤN", "HƯƠNG", "KHÁNH", "YẾN", "PHÚC"]


def build(ctx, pages: int) -> None:  # type: ignore[no-untyped-def]
    """Rows written straight with SQL (the ORM path with its outbox entries is not what is measured);
    the FTS triggers of migration 0002 fill the index as in normal use."""
    rng = random.Random(1)
    path = ctx.home / "store.sqlite3"
    ctx.engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("INSERT OR IGNORE INTO agencies(code,name,level,address,phone) VALUES ('H31.12.05','UBND','commune','','')")
    con.execute("INSERT OR IGNORE INTO procedures(code,name,name_folded,field,level,processing_days,fee,legal_basis,centralised,active)"
                " VALUES ('1.001193','Đăng ký khai sinh','dang ky khai sinh','','commune',0,'','',0,1)")
    dossiers = pages // PAGES_PER_DOSSIER
    names = []
    for d in range(dossiers):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}".title()
        if d == dossiers // 2:
            name = "Nguyễn Văn An"
        names.append(name)
        con.execute("INSERT INTO applicants(id,kind,full_name,name_folded,address,phone,email) VALUES (?,?,?,?,?,?,?)",
                    (f"a{d}", "person", name, fold(name), "", "", ""))
        con.execute("INSERT INTO dossiers(id,code,code_rule,procedure_code,applicant_id,channel,status,received_at,"
                    "receiving_agency_code,workstation_id,sets_count,delivery_method,ledger_book,electronic_result,"
                    "reuse_count,reason,note,search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (f"d{d}", f"H31.12.05-2611{d % 30 + 1:02d}-{d:04d}", "tt03", "1.001193", f"a{d}", "counter",
                     "received", "2026-11-26 09:00:00", "H31.12.05", "ws", 1, "desk", "", 0, 0, "", "", ""))
    rows_p, rows_o = [], []
    for i in range(pages):
        d = i // PAGES_PER_DOSSIER
        text = " ".join(rng.sample(SENTENCES, 5))
        if i % 50 == 0:
            text += f" Người nộp: {names[d]}."
        rows_p.append((f"p{i}", f"d{d}", i % PAGES_PER_DOSSIER + 1, f"{i:064x}"))
        rows_o.append((f"o{i}", f"p{i}", "tesseract/vie", text, fold(text), "[]", 95.0, "2026-11-26 09:00:00"))
    con.executemany("INSERT INTO pages(id,dossier_id,position,sha256,mime,width,height,dpi,colour_mode,byte_size,role,"
                    "label,blank,blurry,deleted,source,created_at) VALUES (?,?,?,?,'image/png',0,0,300,'grey',0,'copy',"
                    "'',0,0,0,'scan','2026-11-26 09:00:00')", rows_p)
    con.executemany("INSERT INTO ocr_results(id,page_id,engine,text,folded_text,words,confidence,created_at)"
                    " VALUES (?,?,?,?,?,?,?,?)", rows_o)
    con.commit()
    con.execute("INSERT INTO ocr_fts(ocr_fts) VALUES ('optimize')")
    con.commit()
    con.close()


def timed(fn, repeat: int = 15) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        ctx = open_context(Path(tmp))
        start = time.perf_counter()
        build(ctx, args.pages)
        ctx = open_context(Path(tmp))
        size = (Path(tmp) / "store.sqlite3").stat().st_size
        print(f"store: {args.pages} OCR'd pages in {args.pages // PAGES_PER_DOSSIER} dossiers, built in "
              f"{time.perf_counter() - start:.0f} s, {size / 1e6:.0f} MB")
        con = sqlite3.connect(Path(tmp) / "store.sqlite3")
        print(f"{'query':28} {'search()':>16} {'hits':>5} {'LIKE scan':>11} {'hits':>5} {'ratio':>7}"
              f" {'find()':>11} {'hits':>5}")
        worst = 0.0
        finder = SearchService(ctx)
        for q in ("nguyen van an", "tran thi thu hang", "dak mil", "ho so", "thong tu 01/2023",
                  "giay chung nhan quyen su dung dat"):
            ms, hits = timed(lambda q=q: search(ctx, q, limit=50))
            like = f"%{fold(q)}%"
            ms_like, rows = timed(lambda like=like: con.execute(
                "SELECT page_id FROM ocr_results WHERE folded_text LIKE ? ORDER BY rowid DESC LIMIT 50",
                (like,)).fetchall(), repeat=3)
            ms_find, found = timed(lambda q=q: finder.find(q, limit=50))
            worst = max(worst, ms, ms_find)
            print(f"{q:28} {ms:>13.2f} ms {len(hits):>5} {ms_like:>8.1f} ms {len(rows):>5} {ms_like / ms:>7.1f}"  # type: ignore[arg-type]
                  f" {ms_find:>8.2f} ms {len(found):>5}")
        print(f"slowest median query: {worst:.2f} ms (bar: <= 100 ms)")
        con.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
