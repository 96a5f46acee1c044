"""`desk-app report ...`: the supervisor's reports on the command line.

    report verifications [--from D] [--to D] [--flagged] --format pdf|csv|json [-o FILE]
    report indicators [--from D] [--to D] --format pdf|json [-o FILE]
    report officers [--from D] [--to D] [-o FILE]            (per-officer rates, JSON)
    report ledger --from D --to D -o FILE.pdf                 (Mẫu 07)
    report control-sheet CODE -o FILE.pdf                     (Mẫu 06)

Every report needs a supervisor or administrator: `--user NAME` (or DESK_APP_USER) with the password
from DESK_APP_PASSWORD or a prompt; without a user only the OS administrator is let in
(desk_app/supervision/access.py). With `--central` every report reads all the counters at the centre
with the supervisor's own PostgreSQL role (DESK_APP_SUPERVISOR_URL, else DESK_APP_CENTRAL_URL;
password from the password file or a prompt, desk_app/supervision/central_source.py): the centre
is then who decides, and `--user` is checked only when given. Without `--central` a report reads
this counter's store and says so ("chỉ quầy này"). Dates are dd/mm/yyyy or yyyy-mm-dd. Without -o, text formats go to
standard output; PDFs need -o.
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.errors import InputRefused

if TYPE_CHECKING:
    from desk_app.supervision.report_service import ReportService

logger = logging.getLogger(__name__)


def parse_date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise InputRefused("bad_date", text)


def _common(p: argparse.ArgumentParser, period: bool = True) -> None:
    if period:
        p.add_argument("--from", dest="date_from", metavar="NGÀY",
                       help="từ ngày (dd/mm/yyyy hoặc yyyy-mm-dd)")
        p.add_argument("--to", dest="date_to", metavar="NGÀY",
                       help="đến ngày (dd/mm/yyyy hoặc yyyy-mm-dd)")
    p.add_argument("-o", "--output", metavar="TỆP", help="tệp kết quả")
    p.add_argument("--user", metavar="TÊN",
                   help="tài khoản lãnh đạo/quản trị (hoặc DESK_APP_USER); mật khẩu lấy từ "
                   "DESK_APP_PASSWORD hoặc được hỏi")
    p.add_argument("--central", action="store_true",
                   help="đọc mọi quầy ở máy chủ trung tâm bằng vai trò giám sát "
                   "(DESK_APP_SUPERVISOR_URL, nếu không có thì DESK_APP_CENTRAL_URL)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="báo cáo cho lãnh đạo: nhật ký đối chiếu, chỉ số, sổ")
    rsub = report.add_subparsers(dest="report", metavar="BÁO_CÁO", required=True, title="báo cáo")

    p = rsub.add_parser("verifications", help="nhật ký đối chiếu giấy tờ trong kỳ")
    _common(p)
    p.add_argument("--flagged", action="store_true", help="chỉ các lượt có dấu hiệu sai phạm")
    p.add_argument("--format", choices=("pdf", "csv", "json"), required=True,
                   help="dạng tệp (bắt buộc); PDF cần -o")
    p.set_defaults(func=_verifications)

    p = rsub.add_parser("indicators", help="chỉ số số hóa, kết quả điện tử, trực tuyến, ...")
    _common(p)
    p.add_argument("--format", choices=("pdf", "json"), required=True,
                   help="dạng tệp (bắt buộc); PDF cần -o")
    p.set_defaults(func=_indicators)

    p = rsub.add_parser("officers", help="tỷ lệ theo cán bộ so với trung vị của đơn vị (JSON)")
    _common(p)
    p.set_defaults(func=_officers)

    p = rsub.add_parser("ledger", help="Mẫu 07 Sổ theo dõi hồ sơ (PDF)")
    _common(p)
    p.set_defaults(func=_ledger)

    p = rsub.add_parser("control-sheet", help="Mẫu 06 Phiếu kiểm soát quá trình giải quyết (PDF)")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    _common(p, period=False)
    p.set_defaults(func=_control_sheet)


def _period(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    from desk_app.supervision.report_service import check_period

    start = parse_date(args.date_from) if getattr(args, "date_from", None) else None
    end = parse_date(args.date_to) if getattr(args, "date_to", None) else None
    check_period(start, end)
    return start, end


@contextmanager
def _reports(args: argparse.Namespace) -> Iterator[ReportService]:
    """The report service, once the person running the command is let in."""
    from desk_app.bootstrap import open_services

    with open_services() as services:
        if not getattr(args, "central", False):
            services.reports.cli_principal(args.user)
            yield services.reports
            return
        from sqlalchemy.exc import DBAPIError

        from desk_app.supervision.central_source import open_central

        if args.user or os.environ.get("DESK_APP_USER"):
            services.reports.cli_principal(args.user)
        source = open_central(ask=_ask_password)
        try:
            services.reports.use_central(source)
            yield services.reports
        except DBAPIError as exc:
            from desk_app.supervision.central_source import central_error

            raise central_error(exc) from exc
        finally:
            services.reports.use_central(None)
            source.close()


def _ask_password(prompt: str) -> str:
    import getpass

    if not sys.stdin.isatty():
        from desk_app.errors import DeskError

        raise DeskError("central_password_required", "")
    return getpass.getpass(prompt)


def _emit(args: argparse.Namespace, text: str) -> None:
    if args.output:
        from desk_app.supervision.reports import write_atomically

        write_atomically(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _need_output(args: argparse.Namespace) -> Path:
    if not args.output:
        raise InputRefused("output_required", "-o FILE.pdf")
    return Path(args.output)


def _verifications(args: argparse.Namespace) -> int:
    from desk_app.supervision import reports

    start, end = _period(args)
    if args.format == "pdf":
        _need_output(args)
    with _reports(args) as service:
        write = {"json": reports.write_verifications_json,
                 "csv": reports.write_verifications_csv}.get(args.format)
        if write is None:
            service.write_verifications_pdf(Path(args.output), start, end, args.flagged)
            return 0
        rows = service.log_rows(start, end, args.flagged)  # streamed page by page
        names, scope = service.workstation_names(), service.scope
        if args.output:
            with reports.atomic_text(Path(args.output)) as fh:
                write(rows, fh, names, scope)
        else:
            write(rows, sys.stdout, names, scope)
            sys.stdout.flush()
    return 0


def _indicators(args: argparse.Namespace) -> int:
    from desk_app.supervision import reports

    start, end = _period(args)
    if args.format == "pdf":
        _need_output(args)
    with _reports(args) as service:
        ind = service.indicators(start, end)
        if args.format == "json":
            _emit(args, reports.indicators_json(ind, service.scope, service.scope_mark))
        else:
            service.write_indicators_pdf(Path(args.output), ind)
    return 0


def _officers(args: argparse.Namespace) -> int:
    import json

    start, end = _period(args)
    with _reports(args) as service:
        rates = service.officer_rates(start, end)
        data = rates.as_json()
        counters = service.officer_counters()
        for officer in data["officers"]:
            officer["workstations"] = counters.get(officer["officer_id"], [])
        data["scope"], data["scope_text"] = service.scope, service.scope_mark
    _emit(args, json.dumps(data, ensure_ascii=False, indent=1))
    return 0


def _ledger(args: argparse.Namespace) -> int:
    from desk_app.supervision.reports import write_atomically

    start, end = _period(args)
    if start is None or end is None:
        raise InputRefused("period_required", "--from D --to D")
    out = _need_output(args)
    with _reports(args) as service:
        write_atomically(out, service.ledger_pdf(start, end))
    return 0


def _control_sheet(args: argparse.Namespace) -> int:
    from desk_app.supervision.reports import write_atomically

    out = _need_output(args)
    with _reports(args) as service:
        write_atomically(out, service.control_sheet_pdf(args.code))
    return 0
