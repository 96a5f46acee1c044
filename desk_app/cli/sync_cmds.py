"""Sub-commands of the sync area: `central init|add-workstation|publish|set-password|revoke|verify`
for the administrator, `sync [--once]` for the counter."""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from desk_app.domain import vn_format
from desk_app.errors import DeskError

if TYPE_CHECKING:
    from desk_app.sync.central_check import ChainReport

logger = logging.getLogger(__name__)
T = TypeVar("T")

# The text output names tables and problems in Vietnamese; JSON keeps the codes.
TABLE_TEXT = {
    "agencies": "cơ quan", "procedures": "thủ tục", "procedure_components": "thành phần hồ sơ",
    "holidays": "ngày nghỉ", "accounts": "tài khoản", "applicants": "người nộp",
    "dossiers": "hồ sơ", "dossier_components": "thành phần của hồ sơ", "pages": "trang",
    "ocr_results": "kết quả nhận dạng chữ", "generated_documents": "giấy tờ đã in",
    "verification_entries": "mục nhật ký đối chiếu", "page_photos": "ảnh chụp gốc của trang",
}
CHAIN_PROBLEM_TEXT = {
    "gap": "thiếu hoặc thừa mục", "link": "đứt liên kết với mục trước",
    "hash": "nội dung mục bị sửa",
    "head": "cuối chuỗi không khớp đầu chuỗi trung tâm đã lưu (mục cuối hoặc cả chuỗi bị xoá, "
            "hoặc chuỗi bị tính lại)",
    "ops_link": "nhật ký thao tác đứt liên kết", "ops_hash": "thao tác bị sửa",
    "ops_head": "nhật ký thao tác không khớp đầu chuỗi đã lưu (thao tác bị xoá hoặc tính lại)",
}
ROW_TEXT = {"edited": "khác với thao tác đã nhận", "missing": "bị xoá",
            "extra": "không do thao tác nào tạo ra"}


def _problem_text(reason: str) -> str:
    code, _, recorded = reason.partition(":")
    if code == "recorded":  # a break the centre noted when the entries arrived
        from desk_app.cli.verify_cmds import BREAK_TEXT

        return f"đã ghi nhận khi nhận: {BREAK_TEXT.get(recorded, recorded)} [{reason}]"
    if code == "row":  # row:<table>:<why>
        table, _, why = recorded.partition(":")
        return (f"dòng {TABLE_TEXT.get(table, table)} {ROW_TEXT.get(why, why)} [{reason}]")
    return f"{CHAIN_PROBLEM_TEXT.get(reason, reason)} [{reason}]"


class NoCentralUrl(DeskError):
    code = "no_central_url"


def _central_url(args: argparse.Namespace) -> str:
    url = getattr(args, "url", None) or os.environ.get("DESK_APP_CENTRAL_URL")
    if not url:
        raise NoCentralUrl()
    return str(url)


def _cmd_init(args: argparse.Namespace) -> int:
    from db.central.schema import BASE_HBA, init_central

    before, after = _run_central(lambda: init_central(args.url))
    print(f"Cơ sở dữ liệu trung tâm: {before or 'mới'} -> {after}")
    print("Đặt ở đầu pg_hba.conf (chỉ nhận kết nối TLS; mỗi máy trạm thêm một dòng khi "
          "add-workstation):")
    for line in BASE_HBA:
        print(f"  {line}")
    return 0


def _run_central(fn: Callable[[], T]) -> T:
    """Runs an administrative call; database errors become coded errors (no traceback)."""
    import psycopg
    import sqlalchemy.exc

    from desk_app.sync.client import CentralRefused, CentralUnavailable

    def first_line(exc: BaseException) -> str:
        text = str(getattr(exc, "orig", None) or exc).strip()
        return (text.splitlines() or [type(exc).__name__])[0][:200]

    try:
        return fn()
    except (psycopg.OperationalError, sqlalchemy.exc.OperationalError) as exc:
        raise CentralUnavailable(detail=first_line(exc)) from exc
    except (sqlalchemy.exc.ArgumentError, psycopg.ProgrammingError) as exc:
        if isinstance(exc, psycopg.errors.InsufficientPrivilege) or getattr(exc, "sqlstate", None):
            raise CentralRefused(detail=first_line(exc)) from exc
        raise DeskError("invalid_central_url", first_line(exc)) from exc
    except (psycopg.Error, sqlalchemy.exc.DBAPIError) as exc:
        raise CentralRefused(detail=first_line(exc)) from exc


def _cmd_add_workstation(args: argparse.Namespace) -> int:
    from db.central.schema import add_workstation
    from desk_app.bootstrap import open_services

    ws_id, agency, slot, name = args.workstation_id, args.agency, args.slot, args.name
    if ws_id is None:  # this counter's own store
        with open_services() as services:
            ws = services.workstation
            ws_id, agency = ws.id, agency or ws.agency_code
            slot = ws.slot if slot is None else slot
            name = name or ws.name
    if agency is None or slot is None:
        raise DeskError("input_refused", "--agency và --slot là bắt buộc khi có --workstation-id")
    login = _run_central(lambda: add_workstation(
        args.url, ws_id, agency, int(slot), name or "", supervisor=args.supervisor,
        address=args.address))
    print(f"Đã thêm máy trạm {login.workstation_id} (vai trò {login.role}, mật khẩu lưu dạng "
          "SCRAM-SHA-256 tính trên máy này).")
    _print_login(login)
    return 0


def _print_login(login: Any) -> None:
    print("Thêm vào pg_hba.conf trên máy chủ trung tâm (rồi SELECT pg_reload_conf()):")
    for line in login.hba_lines:
        print(f"  {line}")
    print("Đặt trên máy dùng vai trò này (giữ bí mật; sslmode=verify-full kiểm tra chứng chỉ "
          "và tên máy chủ):")
    print(f"  DESK_APP_CENTRAL_URL={login.url}")


def _cmd_add_reader(args: argparse.Namespace) -> int:
    from db.central.schema import add_reader

    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", args.role):
        raise DeskError("input_refused", "tên vai trò chỉ gồm chữ thường không dấu, số và _")
    login = _run_central(lambda: add_reader(args.url, args.role, address=args.address,
                                            supervisor=args.supervisor))
    if args.supervisor:
        from desk_app.supervision.central_source import print_supervisor_login

        print_supervisor_login(login)
        return 0
    print(f"Đã tạo vai trò chỉ đọc {login.role} (báo cáo; không đọc mật khẩu, không đọc ảnh "
          "trang, không ghi).")
    _print_login(login)
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from db.central.schema import publish_reference
    from db.models import Account, Agency, Holiday, Procedure, ProcedureComponent
    from desk_app.bootstrap import open_services

    with open_services() as services, services.ctx.sessions() as s:
        def rows(model: type[Any], cols: list[str]) -> list[dict[str, Any]]:
            return [{c: getattr(o, c) for c in cols} for o in s.scalars(select(model))]

        data = {
            "agencies": rows(Agency, ["code", "name", "level", "parent_code", "address", "phone"]),
            "procedures": rows(Procedure, ["code", "name", "name_folded", "field", "level",
                                           "deciding_agency_code", "processing_days", "fee",
                                           "legal_basis", "centralised", "active"]),
            "procedure_components": rows(ProcedureComponent, [
                "id", "procedure_code", "position", "name", "accepted_forms", "requirement",
                "quantity", "optional", "available_as_data", "colour", "legal_basis",
                "document_kind", "valid_months"]),
            "holidays": rows(Holiday, ["day", "name", "working"]),
            # Accounts go without any hash: passwords are set centrally (set_password).
            "accounts": rows(Account, ["id", "username", "full_name", "role", "agency_code",
                                       "active"]),
        }
    _run_central(lambda: publish_reference(args.url, data))
    print("Đã đưa lên trung tâm: "
          + ", ".join(f"{TABLE_TEXT.get(k, k)} {vn_format.number(len(v))}" for k, v in data.items())
          + ".")
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from desk_app.sync.central_check import verify_central
    from desk_app.sync.client import connect

    def run() -> ChainReport:
        with connect(args.url) as conn:
            return verify_central(conn)

    report = _run_central(run)
    if args.json:
        print(json.dumps({"intact": report.intact, "workstations": report.workstations,
                          "entries": report.entries, "operations": report.operations,
                          "workstations_at_fault": report.workstations_at_fault,
                          "problems": [p.__dict__ for p in report.problems]}, ensure_ascii=False))
    elif report.intact:
        print(f"Chuỗi nhật ký nguyên vẹn: {vn_format.number(report.entries)} mục, "
              f"{vn_format.number(report.workstations)} máy trạm; "
              f"{vn_format.number(report.operations)} thao tác khớp đầu chuỗi và dữ liệu hiện tại.")
    else:
        first = report.problems[0]
        print(f"Chuỗi nhật ký bị phá vỡ tại mục {first.entry_id or '-'} (máy trạm "
              f"{first.workstation_id}, vị trí {first.chain_index}, {_problem_text(first.reason)}); "
              f"tổng {vn_format.number(len(report.problems))} lỗi.")
        for ws in report.workstations_at_fault:
            mine = [p for p in report.problems if p.workstation_id == ws]
            print(f"  máy trạm {ws}: {vn_format.number(len(mine))} lỗi, đầu tiên: "
                  f"{mine[0].entry_id or '-'} ({_problem_text(mine[0].reason)})")
    return 0 if report.intact else 1


def _cmd_set_password(args: argparse.Namespace) -> int:
    import getpass

    from db.central.schema import set_password

    password = os.environ.get("DESK_APP_PASSWORD") or getpass.getpass("Mật khẩu mới: ")
    if len(password) < 8:
        raise DeskError("input_refused", "mật khẩu cần ít nhất 8 ký tự")
    try:
        _run_central(lambda: set_password(args.url, args.username, password))
    except LookupError as exc:
        raise DeskError("not_found", f"tài khoản {args.username}") from exc
    print(f"Đã đặt mật khẩu cho {args.username} (chỉ lưu trên máy chủ trung tâm).")
    return 0


def _cmd_revoke(args: argparse.Namespace) -> int:
    from db.central.schema import revoke_account

    _run_central(lambda: revoke_account(args.url, args.account_id, args.reason))
    print("Đã thu hồi tài khoản; các quầy sẽ xoá mã đăng nhập ngoại tuyến ở lần đồng bộ sau.")
    return 0


def _cmd_sync(args: argparse.Namespace) -> int:
    from desk_app.bootstrap import open_services
    from desk_app.sync.client import SyncRunner

    url = _central_url(args)
    with open_services() as services:
        client = services.sync_client(url, batch_ops=args.batch)
        if not args.once:
            stop = threading.Event()
            try:
                SyncRunner(client, interval=args.interval).run(stop)
            except KeyboardInterrupt:
                stop.set()
            return 0
        report = client.run_once()
        from desk_app.sync.status import attention_items

        attention = attention_items(services.ctx)
        n = vn_format.number
        print(f"Đã gửi {n(report.applied)} thao tác ({n(report.duplicates)} trùng lặp bỏ qua), "
              f"{n(report.images)} ảnh ({vn_format.megabytes(report.image_bytes)}); "
              f"còn chờ {n(report.pending_left)}; cần xử lý {n(len(attention))}.")
        for item in attention[:20]:
            # the reason is the centre's own message, shown as it came
            print(f"  cần xử lý: #{item.seq} {TABLE_TEXT.get(item.entity, item.entity)} "
                  f"{item.entity_id}: {item.reason}")
        return 0 if report.pending_left == 0 and not attention else 1


def _url(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", required=True, metavar="URL",
                   help="URL PostgreSQL của một vai trò được phép làm việc này (bắt buộc)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = sub.add_parser("central", help="cơ sở dữ liệu trung tâm (PostgreSQL)")
    csub = central.add_subparsers(dest="central_command", metavar="VIỆC", required=True,
                                  title="việc")
    p = csub.add_parser("init", help="tạo hoặc nâng cấp lược đồ và vai trò trung tâm")
    p.add_argument("--url", required=True, metavar="URL",
                   help="URL PostgreSQL của chủ sở hữu/người nâng cấp (bắt buộc)")
    p.set_defaults(func=_cmd_init)
    p = csub.add_parser("add-workstation", help="thêm một máy trạm (vai trò đăng nhập riêng)")
    _url(p)
    p.add_argument("--workstation-id", metavar="MÃ", help="mặc định: máy trạm của kho dữ liệu này")
    p.add_argument("--agency", metavar="MÃ", help="mã cơ quan tiếp nhận")
    p.add_argument("--slot", type=int, metavar="SỐ", help="khe mã hồ sơ (0-9) của máy trạm")
    p.add_argument("--name", metavar="TÊN", help="tên quầy")
    p.add_argument("--supervisor", action="store_true",
                   help="máy của người giám sát (được gửi ghi chú giám sát)")
    p.add_argument("--address", default="samenet", metavar="ĐỊA_CHỈ",
                   help="địa chỉ/mạng của máy trạm cho dòng pg_hba.conf (mặc định samenet)")
    p.set_defaults(func=_cmd_add_workstation)
    p = csub.add_parser("add-reader", help="tạo vai trò chỉ đọc cho báo cáo")
    _url(p)
    p.add_argument("role", metavar="VAI_TRÒ", help="tên vai trò đăng nhập (chữ thường, số, _)")
    p.add_argument("--address", default="samenet", metavar="ĐỊA_CHỈ",
                   help="địa chỉ/mạng được phép cho dòng pg_hba.conf (mặc định samenet)")
    p.add_argument("--supervisor", action="store_true",
                   help="vai trò của lãnh đạo giám sát: đọc mọi quầy, kiểm tra chuỗi, ghi chú "
                   "giám sát ở trung tâm")
    p.set_defaults(func=_cmd_add_reader)
    p = csub.add_parser("publish", help="đưa danh mục, ngày nghỉ, tài khoản lên trung tâm")
    _url(p)
    p.set_defaults(func=_cmd_publish)
    p = csub.add_parser("set-password", help="đặt mật khẩu một tài khoản (lưu bcrypt chi phí 12 ở trung tâm)")
    _url(p)
    p.add_argument("username", metavar="TÀI_KHOẢN", help="tên đăng nhập của tài khoản")
    p.set_defaults(func=_cmd_set_password)
    p = csub.add_parser("revoke", help="thu hồi một tài khoản (xoá đăng nhập ngoại tuyến ở các quầy)")
    _url(p)
    p.add_argument("account_id", metavar="MÃ_TÀI_KHOẢN", help="mã (id) của tài khoản")
    p.add_argument("--reason", default="", metavar="LÝ_DO", help="lý do thu hồi")
    p.set_defaults(func=_cmd_revoke)
    p = csub.add_parser("verify", help="kiểm tra chuỗi băm nhật ký trên trung tâm")
    _url(p)
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=_cmd_verify)

    p = sub.add_parser("sync", help="đồng bộ với máy chủ trung tâm (DESK_APP_CENTRAL_URL)")
    p.add_argument("--once", action="store_true", help="một lượt đầy đủ rồi thoát")
    p.add_argument("--url", metavar="URL", help="thay cho DESK_APP_CENTRAL_URL")
    p.add_argument("--interval", type=float, default=30.0, metavar="GIÂY",
                   help="số giây giữa hai lượt (mặc định 30)")
    p.add_argument("--batch", type=int, default=200, metavar="SỐ",
                   help="số thao tác mỗi lô (mặc định 200)")
    p.set_defaults(func=_cmd_sync)
