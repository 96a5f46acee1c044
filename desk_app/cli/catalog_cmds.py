"""Sub-commands of the unit's reference data: `catalog list|show|diff|import|versions` and
`holidays list|import` (docs/administration.md). With `--central URL` (the owner's URL, or
DESK_APP_CENTRAL_ADMIN_URL) an import goes to the centre, from which every counter pulls it; a
counter that syncs with a centre (DESK_APP_CENTRAL_URL) refuses a local import, which its next
pull would undo."""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.domain import vn_format
from desk_app.errors import DeskError, InputRefused

if TYPE_CHECKING:
    from desk_app.bootstrap import Services

ADMIN_URL_ENV = "DESK_APP_CENTRAL_ADMIN_URL"


@contextmanager
def services() -> Iterator[Services]:
    from desk_app.bootstrap import open_services

    with open_services() as opened:
        yield opened


def central_admin_url(args: argparse.Namespace) -> str | None:
    return getattr(args, "central", None) or os.environ.get(ADMIN_URL_ENV) or None


def refuse_local_on_synced_counter(url: str | None) -> None:
    from desk_app import paths

    if url is None and paths.central_url():
        raise InputRefused("centrally_managed", "")


def confirm(yes: bool, question: str) -> bool:
    """True when the change may go ahead: --yes, or an answer "c"/"có" at a terminal."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise InputRefused("confirmation_required", "")
    answer = input(f"{question} [c/K] ").strip().lower()
    return answer in ("c", "có", "co", "y", "yes")


def run_central(fn: Any) -> Any:
    import psycopg

    from desk_app.sync.client import CentralUnavailable

    try:
        return fn()
    except psycopg.OperationalError as exc:
        raise CentralUnavailable(detail=str(exc).strip().splitlines()[0][:200]) from exc
    except psycopg.Error as exc:
        raise DeskError("central_refused", str(exc).strip().splitlines()[0][:200]) from exc


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1, default=str)
    print()


def _central_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--central", metavar="URL",
                   help=f"địa chỉ quản trị của máy chủ trung tâm (hoặc {ADMIN_URL_ENV}): "
                        "áp dụng ở trung tâm, các quầy tự lấy về khi đồng bộ")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cat = sub.add_parser("catalog", help="danh mục thủ tục hành chính: xem, so sánh, nhập")
    csub = cat.add_subparsers(dest="catalog_command", required=True, metavar="VIỆC", title="việc")
    p = csub.add_parser("list", help="liệt kê các thủ tục đang áp dụng")
    p.add_argument("--json", action="store_true", help="in JSON (dạng dùng được cho catalog import)")
    p.add_argument("--full", action="store_true",
                   help="kèm phí, lệ phí, căn cứ pháp lý, lĩnh vực, cấp, số lượng, quét màu")
    p.add_argument("--csv", action="store_true", help="in CSV đầy đủ (mở bằng bảng tính)")
    p.set_defaults(func=_list)
    p = csub.add_parser("show", help="xem một thủ tục và các thành phần hồ sơ")
    p.add_argument("code", metavar="MÃ_THỦ_TỤC", help="mã thủ tục")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.add_argument("--full", action="store_true", help="kèm phí, lệ phí, căn cứ pháp lý ...")
    p.add_argument("--version", type=int, metavar="SỐ",
                   help="xem theo một phiên bản danh mục cũ (mặc định: phiên bản đang áp dụng)")
    p.set_defaults(func=_show)
    p = csub.add_parser("diff", help="so sánh một tệp danh mục với danh mục hiện hành (không ghi gì)")
    p.add_argument("file", type=Path, metavar="TỆP", help="tệp JSON hoặc CSV")
    p.add_argument("--json", action="store_true", help="in JSON")
    _central_opt(p)
    p.set_defaults(func=_diff)
    p = csub.add_parser("import", help="nhập danh mục từ tệp JSON hoặc CSV (xem trước thay đổi)")
    p.add_argument("file", type=Path, metavar="TỆP", help="tệp JSON hoặc CSV")
    p.add_argument("--yes", action="store_true", help="không hỏi lại trước khi áp dụng")
    p.add_argument("--note", default="", metavar="GHI_CHÚ", help="ghi chú cho phiên bản mới")
    _central_opt(p)
    p.set_defaults(func=_import)
    p = csub.add_parser("versions", help="các phiên bản danh mục đã áp dụng trên quầy này")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(func=_versions)

    hol = sub.add_parser("holidays", help="lịch ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù")
    hsub = hol.add_subparsers(dest="holidays_command", required=True, metavar="VIỆC", title="việc")
    p = hsub.add_parser("list", help="liệt kê ngày nghỉ và ngày làm bù")
    p.add_argument("--year", type=int, metavar="NĂM", help="chỉ một năm")
    p.add_argument("--json", action="store_true", help="in JSON (dạng dùng được cho holidays import)")
    p.add_argument("--csv", action="store_true", help="in CSV")
    p.set_defaults(func=_holidays_list)
    p = hsub.add_parser("import", help="nhập lịch từ tệp JSON hoặc CSV (thay các năm có trong tệp)")
    p.add_argument("file", type=Path, metavar="TỆP", help="tệp JSON hoặc CSV")
    p.add_argument("--yes", action="store_true", help="không hỏi lại trước khi áp dụng")
    _central_opt(p)
    p.set_defaults(func=_holidays_import)


# --- catalog -----------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    from desk_app.catalog_io import to_csv

    with services() as s:
        procs = s.catalog.listing(full=args.full or args.csv)
    if args.csv:
        sys.stdout.write(to_csv(procs))
    elif args.json:
        print_json(procs)
    else:
        for p in procs:
            days = "trong ngày" if p["processing_days"] == 0 else \
                f"{vn_format.number(p['processing_days'])} ngày làm việc"
            print(f"{p['code']:<12} {p['name']} — {days}, "
                  f"{vn_format.number(len(p['components']))} thành phần")
    return 0


def _show(args: argparse.Namespace) -> int:
    with services() as s:
        proc = s.catalog.show(args.code, args.version, full=True)
    if args.json:
        from desk_app.catalog_io import brief

        print_json(proc if args.full else brief(proc))
        return 0
    days = "trong ngày" if proc["processing_days"] == 0 else \
        f"{vn_format.number(proc['processing_days'])} ngày làm việc"
    print(f"{proc['code']} — {proc['name']}\nThời hạn: {days}")
    if proc.get("fee"):
        print(f"Phí, lệ phí: {proc['fee']}")
    if proc.get("legal_basis"):
        print(f"Căn cứ pháp lý: {proc['legal_basis']}")
    for n, c in enumerate(proc["components"], start=1):
        marks = [("chỉ xuất trình" if c["requirement"] == "show" else "nộp")]
        if c["optional"]:
            marks.append("không bắt buộc")
        if c["available_as_data"]:
            marks.append("đã có dữ liệu điện tử")
        print(f"  {n}. [{c['id']}] {c['name']} ({', '.join(marks)}; "
              f"nhận: {', '.join(c['accepted_forms'])})")
    return 0


def _plan(s: Services, args: argparse.Namespace, url: str | None) -> Any:
    if url:
        return run_central(lambda: s.catalog.plan_central(args.file, url))
    return s.catalog.plan(args.file)


def _diff(args: argparse.Namespace) -> int:
    url = central_admin_url(args)
    with services() as s:
        plan = _plan(s, args, url)
    if args.json:
        print_json(plan.diff.as_json())
    else:
        print("\n".join(plan.diff.lines()))
    return 0


def _import(args: argparse.Namespace) -> int:
    url = central_admin_url(args)
    refuse_local_on_synced_counter(url)
    with services() as s:
        plan = _plan(s, args, url)
        print("\n".join(plan.diff.lines()))
        if plan.diff.empty:
            print("Danh mục không thay đổi; không có gì được ghi.")
            return 0
        if not confirm(args.yes, "Áp dụng các thay đổi trên?"):
            print("Đã huỷ; danh mục giữ nguyên.")
            return 1
        if url:
            version = run_central(lambda: s.catalog.apply_central(plan, url))
            print(f"Đã công bố danh mục ở trung tâm (phiên bản trung tâm {version}); "
                  "các quầy nhận được ở lần đồng bộ tới.")
        else:
            version = s.catalog.apply(plan, args.note)
            print(f"Đã áp dụng danh mục phiên bản {version} "
                  f"({vn_format.number(len(plan.procedures))} thủ tục).")
    return 0


def _versions(args: argparse.Namespace) -> int:
    with services() as s:
        rows = s.catalog.versions()
        current = s.catalog.current_version()
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        mark = "*" if r["version"] == current else " "
        print(f"{mark} {r['version']:>4}  {vn_format.datetime(r['created_at'])}  {r['source']:<12} "
              f"{vn_format.number(r['procedures'])} thủ tục  {r['note']}")
    return 0


# --- holidays ----------------------------------------------------------------------------------


def _holidays_list(args: argparse.Namespace) -> int:
    from desk_app.holidays_admin import DAY_OFF, to_csv

    with services() as s:
        rows = s.holidays.rows(args.year)
    if args.csv:
        sys.stdout.write(to_csv(rows))
    elif args.json:
        print_json([r.as_json() for r in rows])
    else:
        for r in rows:
            kind = "nghỉ" if r.kind == DAY_OFF else "làm bù"
            print(f"{vn_format.date(r.day)}  {kind:<7} {r.name}")
    return 0


def _holidays_import(args: argparse.Namespace) -> int:
    url = central_admin_url(args)
    refuse_local_on_synced_counter(url)
    with services() as s:
        if url:
            plan = run_central(lambda: s.holidays.plan_central(args.file, url))
        else:
            plan = s.holidays.plan(args.file)
        print("\n".join(plan.lines()))
        if plan.empty:
            print("Lịch không thay đổi; không có gì được ghi.")
            return 0
        if not confirm(args.yes, "Áp dụng các thay đổi trên?"):
            print("Đã huỷ; lịch giữ nguyên.")
            return 1
        if url:
            run_central(lambda: s.holidays.apply_central(plan, url))
            print("Đã công bố lịch ở trung tâm; các quầy nhận được ở lần đồng bộ tới. "
                  "Hồ sơ đã nhận giữ nguyên ngày hẹn trả.")
        else:
            version = s.holidays.apply(plan)
            print(f"Đã áp dụng lịch phiên bản {version}. Hồ sơ đã nhận giữ nguyên ngày hẹn trả; "
                  "hồ sơ nhận từ nay tính theo lịch mới.")
    return 0
