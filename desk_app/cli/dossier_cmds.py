"""Sub-commands about dossiers: demo-data, dossiers list, receipt, import."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain import vn_format

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
    lp.add_argument("--limit", type=int, default=100000, metavar="SỐ",
                    help="số hồ sơ tối đa (mặc định 100000)")
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

    with _services() as services:
        codes = create_demo_data(services.ctx, args.dossiers, seed=args.seed)
    print(f"Đã tạo {vn_format.number(len(codes))} hồ sơ mẫu, danh mục thủ tục và tài khoản mẫu trong "
          f"{services.ctx.home}")
    return 0


def _list(args: argparse.Namespace) -> int:
    with _services() as services:
        rows = services.lifecycle.summaries(query=args.search, limit=args.limit)
    if args.json:
        # the dossier's life (issue 12) adds channel, resolved_at, returned_at, new_due_at,
        # timeliness and electronic_result to the keys
        json.dump([r.as_json() for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in rows:
            due = vn_format.datetime(r.due_at) or "-"
            from desk_app.labels import STATUS_TEXT

            status = STATUS_TEXT.get(r.status, r.status)
            print(f"{r.code}  {vn_format.datetime(r.received_at)}  hẹn {due}  {status:<15}  "
                  f"{r.applicant_name} — {r.procedure_name} ({vn_format.number(r.pages)} trang)")
    return 0


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
    from desk_app.errors import StoreError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise StoreError("write_failed", str(path)) from exc
