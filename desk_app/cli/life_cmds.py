"""Sub-commands of the dossier's life (issue 12): `receive DRAFT.json`, `handover`, `supplement`,
`result`, `apology`, `return`. Each runs the service the desktop client runs
(services.reception, services.lifecycle) as the officer named by `--user` or DESK_APP_USER (password
from DESK_APP_PASSWORD, or asked), at the time of the services' clock (DESK_APP_CLOCK in a demo
store). The draft format is docs/cli.md#the-dossiers-life-after-reception."""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain import vn_format

if TYPE_CHECKING:
    from desk_app.accounts import AccountInfo
    from desk_app.bootstrap import Services
    from desk_app.lifecycle.types import LifeSummary

STATUS_TEXT = {
    "received": "đã tiếp nhận", "supplement_requested": "chờ bổ sung (Mẫu 02)",
    "refused": "từ chối tiếp nhận (Mẫu 03)", "in_progress": "đang giải quyết",
    "resolved": "có kết quả, chờ trả", "returned": "đã trả kết quả",
}
TIMELINESS_TEXT = {"early": "trước hạn", "on_time": "đúng hạn", "late": "quá hạn"}


def _user_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", metavar="TÊN",
                   help="tài khoản cán bộ (hoặc DESK_APP_USER); mật khẩu lấy từ DESK_APP_PASSWORD "
                   "hoặc được hỏi")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("receive", help="tiếp nhận hồ sơ từ tệp nháp JSON như màn hình tiếp nhận")
    p.add_argument("draft", type=Path, metavar="NHÁP.json",
                   help="tệp nháp: thủ tục, kênh, người nộp, thành phần, quyết định (docs/cli.md)")
    p.add_argument("-o", "--output", type=Path, metavar="TỆP.pdf",
                   help="lưu phiếu của quyết định (Mẫu 01, 02 hoặc 03) vào tệp PDF")
    _user_arg(p)
    p.set_defaults(func=_receive)

    p = sub.add_parser("handover", help="ghi bàn giao hồ sơ (một dòng của Mẫu 06)")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--to", required=True, choices=("specialist", "leader", "counter"),
                   metavar="NƠI_NHẬN", help="nơi nhận: specialist (cơ quan chuyên môn), leader "
                   "(lãnh đạo quyết định) hoặc counter (Bộ phận Một cửa)")
    p.add_argument("--receiver", default="", metavar="HỌ_TÊN", help="họ tên người nhận, nếu biết")
    p.add_argument("--note", default="", metavar="CHỮ", help="ghi chú")
    _user_arg(p)
    p.set_defaults(func=_handover)

    p = sub.add_parser("supplement", help="ghi nhận hồ sơ đã bổ sung đủ (sau Mẫu 02)")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--component", action="append", nargs="+", required=True,
                   metavar="MÃ_THÀNH_PHẦN TỆP", help="mã thành phần rồi các tệp trang của nó; "
                   "lặp lại cho từng thành phần")
    _user_arg(p)
    p.set_defaults(func=_supplement)

    p = sub.add_parser("result", help="ghi nhận kết quả giải quyết (quét/nhập trang, số hoá)")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("files", nargs="+", type=Path, metavar="TỆP",
                   help="ảnh hoặc PDF của kết quả, theo thứ tự trang")
    p.add_argument("--electronic", action="store_true", help="kết quả điện tử")
    _user_arg(p)
    p.set_defaults(func=_result)

    p = sub.add_parser("apology", help="lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--new-date", required=True, metavar="YYYY-MM-DD", help="ngày hẹn trả mới")
    p.add_argument("--reason", required=True, metavar="CHỮ", help="lý do chậm trả kết quả")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="TỆP.pdf",
                   help="tệp PDF sẽ ghi (bắt buộc)")
    _user_arg(p)
    p.set_defaults(func=_apology)

    p = sub.add_parser("return", help="trả kết quả cho công dân")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--to", required=True, metavar="HỌ_TÊN", help="họ tên người nhận kết quả")
    p.add_argument("--id-number", metavar="SỐ", help="số định danh cá nhân của người nhận "
                   "(bắt buộc khi trả tại quầy)")
    p.add_argument("--method", choices=("desk", "post", "online"), default="desk",
                   metavar="CÁCH", help="desk (tại quầy, mặc định), post (bưu chính), online")
    p.add_argument("--fees", type=int, metavar="ĐỒNG", help="phí, lệ phí đã thu (đồng)")
    p.add_argument("--authorised", action="store_true",
                   help="người nhận là người được ủy quyền, không phải người nộp")
    _user_arg(p)
    p.set_defaults(func=_return)


@contextmanager
def _session() -> Iterator[Services]:
    from desk_app.bootstrap import open_services

    with open_services() as services:
        yield services


def _officer(services: Services, args: argparse.Namespace) -> AccountInfo:
    from desk_app.errors import InputRefused

    username = args.user or os.environ.get("DESK_APP_USER") or ""
    if not username:
        raise InputRefused("login_required_officer", "")
    password = os.environ.get("DESK_APP_PASSWORD")
    if password is None:
        import getpass

        password = getpass.getpass(f"Mật khẩu của {username}: ")
    return services.accounts.login(username, password)


def _show(args: argparse.Namespace, summary: LifeSummary, done: str) -> None:
    if args.json:
        json.dump(summary.as_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    print(done)
    print(f"  Trạng thái: {STATUS_TEXT.get(summary.status, summary.status)}"
          + (f"; hẹn trả {vn_format.datetime(summary.due_at)}" if summary.due_at else "")
          + (f"; hẹn lại {vn_format.datetime(summary.new_due_at)}" if summary.new_due_at else "")
          + (f"; {TIMELINESS_TEXT[summary.timeliness]}" if summary.timeliness else ""))


# --- receive ---------------------------------------------------------------------------------------


def _receive(args: argparse.Namespace) -> int:
    from desk_app.cli.draft import load_draft

    with _session() as services:
        officer = _officer(services, args)
        draft = load_draft(args.draft, services.reception)
        draft.check_originals()
        received = services.reception.receive(draft.reception, officer)
        draft.record_verifications(services, received.code, officer)
        summary = services.lifecycle.summary(received.code)
        if args.output:
            from desk_app.cli.dossier_cmds import _write
            from desk_app.reception_types import FORM_FOR_DECISION

            kind = FORM_FOR_DECISION[draft.reception.decision]
            _write(args.output, services.reception.document_pdf(summary.code, kind))
    if args.json:  # the dossier's machine form, ISO dates included (LifeSummary.as_json)
        full = summary.as_json()
        json.dump({key: full[key] for key in ("code", "status", "due_at")}, sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
        return 0
    form = {"receive": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)",
            "supplement": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
            "refuse": "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)"}[draft.reception.decision]
    print(f"Hồ sơ {summary.code}: {STATUS_TEXT.get(summary.status, summary.status)}"
          + (f", hẹn trả {vn_format.datetime(summary.due_at)}" if summary.due_at else ""))
    print(f"Đã lập {form}" + (f", lưu vào {args.output}" if args.output else
                              " (in lại: desk-app receive ... -o TỆP.pdf hoặc trên màn hình)"))
    return 0


# --- the dossier's life ----------------------------------------------------------------------------


def _handover(args: argparse.Namespace) -> int:
    with _session() as services:
        officer = _officer(services, args)
        step = services.lifecycle.handover(args.code, args.to, officer, receiver=args.receiver,
                                           note=args.note)
        summary = services.lifecycle.state(args.code).summary
    _show(args, summary, f"Đã ghi bàn giao hồ sơ {args.code}: {step.giver} → {step.receiver} lúc "
          f"{vn_format.datetime(step.at)} ({TIMELINESS_TEXT.get(step.result or '', '')})")
    return 0


def _supplement(args: argparse.Namespace) -> int:
    from desk_app.errors import InputRefused

    pages: dict[str, list[Path]] = {}
    for group in args.component:
        if len(group) < 2:
            raise InputRefused("pages_required", group[0])
        pages.setdefault(group[0], []).extend(Path(f) for f in group[1:])
    with _session() as services:
        officer = _officer(services, args)
        summary = services.lifecycle.complete_supplement(args.code, dict(pages), officer)
    _show(args, summary, f"Hồ sơ {args.code} đã bổ sung đủ; thời hạn giải quyết tính từ lúc này.")
    return 0


def _result(args: argparse.Namespace) -> int:
    with _session() as services:
        officer = _officer(services, args)
        summary = services.lifecycle.record_result(args.code, list(args.files), officer,
                                                   electronic=args.electronic)
    _show(args, summary, f"Đã ghi nhận kết quả hồ sơ {args.code}"
          + (" (kết quả điện tử)" if args.electronic else "") + " và số hoá thành PDF/A.")
    return 0


def _apology(args: argparse.Namespace) -> int:
    from desk_app.cli.dossier_cmds import _write
    from desk_app.cli.report_cmds import parse_date

    new_date = parse_date(args.new_date)
    with _session() as services:
        officer = _officer(services, args)
        pdf = services.lifecycle.apology(args.code, new_date, args.reason, officer)
        _write(args.output, pdf)
        summary = services.lifecycle.state(args.code).summary
    _show(args, summary, f"Đã lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) cho hồ sơ "
          f"{args.code}, hẹn lại ngày {vn_format.date(new_date)}; lưu vào {args.output}")
    return 0


def _return(args: argparse.Namespace) -> int:
    with _session() as services:
        officer = _officer(services, args)
        summary = services.lifecycle.return_result(
            args.code, args.to, officer, id_number=args.id_number, method=args.method,
            fees=args.fees, authorised=args.authorised)
    _show(args, summary, f"Đã trả kết quả hồ sơ {args.code} cho {args.to} lúc "
          f"{vn_format.datetime(summary.returned_at)}.")
    return 0
