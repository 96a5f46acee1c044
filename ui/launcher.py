"""The `desk-app` command. With no arguments it opens the desktop client; with a sub-command it runs
the headless CLI of desk_app (Qt is then never imported). `desk-app -v` opens the client with its
log on standard error."""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

VERBOSE = (["-v"], ["--verbose"])
# Kept alive here: Qt holds only a borrowed reference to the message handler.
_qt_handler: Callable[..., None] | None = None


def main(argv: Sequence[str] | None = None) -> int:
    from desk_app.store_permissions import private_umask

    private_umask()  # citizens' data: every file this process makes is its user's alone
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args not in VERBOSE:
        from desk_app.cli import main as cli_main

        return cli_main(args)
    from desk_app.cli import logs
    from ui.app import main as gui_main

    with logs.routed(verbose=bool(args)):
        _qt_messages_to_log(verbose=bool(args))
        return gui_main()


def _qt_messages_to_log(verbose: bool) -> None:
    """Qt's own messages (a missing font, XDG_RUNTIME_DIR, ...) are English: they go to the log
    like every other record, not to the officer's terminal. When Qt cannot go on (no display
    plugin, say) one Vietnamese line says where the details are."""
    global _qt_handler
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from desk_app.cli.logs import log_file

    log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, _context: Any, message: str) -> None:
        log.log(levels.get(kind, logging.WARNING), "%s", message)
        if kind == QtMsgType.QtFatalMsg and not verbose:
            print(f"Lỗi: giao diện không khởi động được; chi tiết ghi trong {log_file()}",
                  file=sys.stderr, flush=True)

    _qt_handler = handler
    qInstallMessageHandler(handler)


if __name__ == "__main__":
    raise SystemExit(main())
