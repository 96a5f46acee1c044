"""Sub-commands about dossiers: demo-data, dossiers list, receipt, import."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.domain import vn_format

DEFAULT_LIMIT = 200  # a screenful or a few; `--limit 0` or further pages for more

if TYPE_CHECKING:
    from desk_app.bootstrap import Services


# The text output says statuses with the client's words (desk_app/labels.py); JSON keeps the codes:
# they are the contract.


@contextmanager
def _services() -> Iterator[Services]:
    # Imported on use: opening the store pulls in SQLAlchemy and Alembic, which `--help` and the
    # other areas' commands should not pay for.
    from desk_app.bootstrap import open_services

    with open_services() as services:
        yield services


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo-data", help="điền kho dữ liệu mẫu: danh mục, tài khoản, hồ sơ")
    p.add_argument("--dossiers", type=int, default=20, metavar="SỐ",
                   help="số hồ sơ mẫu (mặc định 20)")
    p.add_argument("--seed", type=int, default=2026, metavar="SỐ",
                   help="hạt giống ngẫu nhiên: cùng số cho cùng dữ liệu (mặc định 2026)")
    p.set_defaults(func=_demo_data)

    p = sub.add_parser("dossiers", help="danh sách hồ sơ")
    dsub = p.add_subparsers(dest="dossiers_command", required=True, metavar="VIỆC", title="việc")
    lp = dsub.add_parser("list", help="liệt kê hồ sơ")
    lp.add_argument("--json", action="store_true",
                    help="in ra JSON (trạng thái ở dạng mã: received, supplement_requested, ...)")
    lp.add_argument("--search", default="", metavar="CHỮ",
                    help="tìm theo mã, tên (không dấu cũng được)")
    lp.add_argument("--limit", type=_count, default=DEFAULT_LIMIT, metavar="SỐ",
                    help=f"số hồ sơ mỗi trang (mặc định {DEFAULT_LIMIT}; 0 = tất cả)")
    lp.add_argument("--offset", type=_count, default=0, metavar="SỐ",
                    help="bỏ qua bấy nhiêu hồ sơ đầu danh sách")
    lp.add_argument("--cursor", metavar="VỊ_TRÍ",
                    help="tiếp tục sau vị trí mà lần liệt kê trước in ra (nhanh hơn --offset)")
    lp.add_argument("--day", type=_day, metavar="NGÀY",
                    help="chỉ hồ sơ tiếp nhận trong ngày này (dd/mm/yyyy hoặc yyyy-mm-dd)")
    lp.add_argument("--status", metavar="MÃ",
                    help="chỉ hồ sơ ở trạng thái này (received, supplement_requested, ...)")
    lp.add_argument("--procedure", metavar="MÃ_THỦ_TỤC", help="chỉ hồ sơ của thủ tục này")
    lp.add_argument("--officer", metavar="TÊN_ĐĂNG_NHẬP",
                    help="chỉ hồ sơ do cán bộ này tiếp nhận")
    lp.set_defaults(func=_list)

    p = sub.add_parser("receipt", help="in Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="TỆP.pdf",
                   help="tệp PDF sẽ ghi (bắt buộc)")
    p.set_defaults(func=_receipt)

    p = sub.add_parser("import", help="thêm trang (ảnh, PDF) vào hồ sơ")
    p.add_argument("--dossier", required=True, metavar="MÃ_HỒ_SƠ", help="mã hồ sơ (bắt buộc)")
    p.add_argument("files", nargs="+", type=Path, metavar="TỆP",
                   help="tệp ảnh (JPEG, PNG, TIFF, WebP, BMP) hoặc PDF, theo thứ tự trang")
    p.set_defaults(func=_import)


def _demo_data(args: argparse.Namespace) -> int:
    from desk_app.demo.dossiers import create_demo_data
    from desk_app.demo_store import claim_for_demo

    with _services() as services:
        claim_for_demo(services.ctx)  # a real counter's store is refused before any write
        codes = create_demo_data(services.ctx, args.dossiers, seed=args.seed)
    print(f"Đã tạo {vn_format.number(len(codes))} hồ sơ mẫu, danh mục thủ tục và tài khoản mẫu trong "
          f"{services.ctx.home}")
    return 0


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"giá trị không hợp lệ: {value}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"giá trị không hợp lệ: {value} (phải từ 0 trở lên)")
    return n


def _day(value: str) -> dt.date:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ngày không hợp lệ: {value} (dùng dd/mm/yyyy)")


def _list_connection() -> sqlite3.Connection:
    """A plain read-only connection: listing needs no SQLAlchemy. A new store, or one behind the
    migrations, is first opened (and upgraded) the ordinary way."""
    from db.fast_read import connect_at_head
    from desk_app import paths

    store = paths.home() / "store.sqlite3"
    conn = connect_at_head(store)
    if conn is None:
        with _services():
            pass
        conn = connect_at_head(store)
    if conn is None:
        from desk_app.errors import StoreError

        raise StoreError("store_error", str(store))
    return conn


def _list(args: argparse.Namespace) -> int:
    from desk_app.dossier_list import ListFilter, iter_rows, list_sql, make_cursor
    conn = _list_connection()
    try:
        officer_id = None
        if args.officer:
            row = conn.execute("SELECT id FROM accounts WHERE username = ?",
                               (args.officer.strip(),)).fetchone()
            officer_id = row[0] if row else "?"
        flt = ListFilter(day=args.day, query=args.search, status=args.status,
                         officer_id=officer_id, procedure_code=args.procedure)
        limit = args.limit or None
        # one row more than asked says whether there is a next page
        built = list_sql(flt, None if limit is None else limit + 1, args.offset, args.cursor)
        cursor = conn.execute(*built) if built else iter(())
        # JSON needs no datetime objects: the stored times are turned into ISO text directly
        rows = cursor if args.json else iter_rows(cursor)
        last = _print_rows(rows, limit, args.json)
    finally:
        conn.close()
    if last is not None:
        when = last[6] if isinstance(last[6], dt.datetime) else dt.datetime.fromisoformat(last[6])
        print(f"Còn hồ sơ nữa; trang sau: --cursor '{make_cursor(when, last[1])}'",
              file=sys.stderr)
    return 0


def _iso(stored: str | None) -> str | None:
    """A stored time ("2026-12-04 08:00:00.000000") as datetime.isoformat() writes it."""
    if not stored:
        return None
    text = stored.replace(" ", "T", 1)
    return text.removesuffix(".000000")


def _print_rows(rows: Iterator[tuple[Any, ...]], limit: int | None,
                as_json: bool) -> tuple[Any, ...] | None:
    """Writes the rows as they are read (memory stays flat however many there are); returns the
    last row printed when more rows follow it."""
    out = sys.stdout
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    if as_json:
        out.write("[")
    previous: tuple[Any, ...] | None = None
    for n, r in enumerate(rows):
        if limit is not None and n == limit:
            if as_json:
                out.write("\n]\n")
            return previous
        if as_json:
            out.write(("\n" if n == 0 else ",\n") + dumps({
                "code": r[1], "procedure": r[3], "procedure_code": r[2], "applicant": r[4],
                "status": r[5], "received_at": _iso(r[6]), "due_at": _iso(r[7]),
                "pages": r[8],
                # the dossier's life after reception (docs/lifecycle.md)
                "channel": r[9], "new_due_at": _iso(r[12]), "resolved_at": _iso(r[10]),
                "returned_at": _iso(r[11]), "timeliness": r[13],
                "electronic_result": None if r[14] is None else bool(r[14]),
            }))
        else:
            from desk_app.labels import STATUS_TEXT

            due = vn_format.datetime(r[7]) or "-"
            status = STATUS_TEXT.get(r[5], r[5])
            out.write(f"{r[1]}  {vn_format.datetime(r[6])}  hẹn {due}  {status:<15}  "
                      f"{r[4]} — {r[3]} ({vn_format.number(r[8])} trang)\n")
        previous = r
    if as_json:
        out.write("\n]\n" if previous is not None else "]\n")
    return None


def _receipt(args: argparse.Namespace) -> int:
    with _services() as services:
        from desk_app.domain.types import DocumentKind

        pdf = services.reception.document_pdf(args.code, DocumentKind.RECEIPT)
    _write(args.output, pdf)
    print(f"Đã lưu giấy tiếp nhận vào {args.output}")
    return 0


def _import(args: argparse.Namespace) -> int:
    with _services() as services:
        added = services.reception.add_pages(args.dossier, args.files)
    print(f"Đã thêm {vn_format.number(added)} trang vào hồ sơ {args.dossier}")
    return 0


def _write(path: Path, data: bytes) -> None:
    from desk_app.safe_output import write_output

    write_output(path, data)
