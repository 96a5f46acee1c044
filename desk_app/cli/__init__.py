"""The headless face of `desk-app` (ui/launcher.py opens the desktop client when no sub-command
is given): sub-commands run the same services as the client. Each area keeps its sub-commands in its own module with `register(sub)`."""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from desk_app.cli import logs
from desk_app.cli.vi_argparse import ViArgumentParser
from desk_app.errors import DeskError
from desk_app.messages import message_for

logger = logging.getLogger(__name__)

# Area modules, each exposing register(subparsers). Order is the order in --help.
AREAS = [
    "desk_app.cli.dossier_cmds",
    "desk_app.cli.life_cmds",
    "desk_app.cli.sync_cmds",
    "desk_app.cli.capture_cmds",
    "desk_app.cli.verify_cmds",
    "desk_app.cli.report_cmds",
    "desk_app.cli.digitise_cmds",
    "desk_app.cli.search_cmds",
    "desk_app.cli.idcard_cmds",
    "desk_app.cli.retention_cmds",
    "desk_app.cli.catalog_cmds",
    "desk_app.cli.accounts_cmds",
    "desk_app.cli.store_cmds",
    "desk_app.cli.reuse_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, every text in Vietnamese (argparse's own through vi_argparse)."""
    parser = ViArgumentParser(
        prog="desk-app",
        description="Phần mềm tiếp nhận hồ sơ Bộ phận Một cửa. Không có lệnh con: mở ứng dụng.",
        epilog="Xem hướng dẫn của từng lệnh: desk-app LỆNH -h",
    )
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="in nhật ký chi tiết ra màn hình (đặt trước lệnh con)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", title="lệnh")
    for name in AREAS:
        importlib.import_module(name).register(sub)
    _describe(parser)
    return parser


def _describe(parser: argparse.ArgumentParser) -> None:
    """A sub-command's own `-h` opens with the line its parent lists it with, when it has no longer
    description of its own."""
    for action in parser._actions:  # argparse keeps sub-commands only in private fields
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, child in action.choices.items():
                if child.description is None:
                    child.description = helps.get(name)
                _describe(child)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    with logs.routed(verbose=args.verbose):
        return _run(parser, args)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except DeskError as exc:
        print(f"Lỗi: {message_for(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã huỷ.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `desk-app dossiers list | head`
        sys.stderr.close()
        return 0
    except OSError as exc:
        logger.debug("I/O failure", exc_info=True)
        print(f"Lỗi: {message_for(_os_error(exc))}", file=sys.stderr)
        return 2
    except Exception:
        logger.debug("unexpected failure", exc_info=True)
        print("Lỗi không mong đợi; không có gì bị thay đổi. Chạy lại với -v để xem chi tiết.",
              file=sys.stderr)
        return 1


def _os_error(exc: OSError) -> DeskError:
    import errno

    from desk_app.errors import StoreError

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError("disk_full", "")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError("store_error", exc.filename or "")
    return StoreError("store_error", "")
