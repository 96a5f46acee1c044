"""The desktop client's start: QApplication, translator, the store and the services (built by the
composition root, desk_app/bootstrap.py), then first-run administrator, login and the main window.

The first window (login) shows at once; the store opens on a worker meanwhile (migrations may take a
while), and the dialog takes the account service when it is ready.
Environment hooks for tests and the start-up benchmark: DESK_APP_STARTUP_MARKER=1 prints
`FIRST_WINDOW_SHOWN` on stdout once the first window is on screen; DESK_APP_EXIT_AFTER_FIRST_WINDOW=1
then quits."""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desk_app import paths
from ui import window_fit
from ui.dialogs.login_dialog import LoginDialog
from ui.error_text import show_error
from ui.i18n import Translators, choose_language
from ui.services import ClientServices
from ui.workers import TaskRunner

if TYPE_CHECKING:
    from desk_app.context import AppContext
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)
_T0 = time.perf_counter()
OPEN_STORE_AFTER_MS = 400


def open_client_services(home: Path) -> tuple[AppContext, ClientServices, bool]:
    """Runs on a worker: opens (and migrates) the store and builds the services from the
    composition root (desk_app/bootstrap.py)."""
    from desk_app.bootstrap import build_services
    from desk_app.context import open_context

    ctx = open_context(home)
    root = build_services(ctx)
    return ctx, ClientServices.from_root(root), root.accounts.has_accounts()


class DeskClient(QObject):
    """Holds the client's state: which window is up, who is logged in, the language."""

    main_window_shown = Signal(object)

    def __init__(self, home: Path, language: str, idle_ms: int | None = None) -> None:
        super().__init__()
        self.home = home
        self.runner = TaskRunner(self)
        self.translators = Translators()
        self.translators.install(language)
        self.ctx: AppContext | None = None
        self.services: ClientServices | None = None
        self.account: Any | None = None
        self.window: QWidget | None = None
        self.main_window: MainWindow | None = None
        self.idle_ms = idle_ms
        self.write_guard: Any | None = None

    # --- start-up -------------------------------------------------------------------------------

    def start(self) -> None:
        self._show_login()
        # The store opens once the login window is painted: the worker's imports (SQLAlchemy,
        # the services) hold the GIL most of the time and would hold back the first paint.
        self._opening = False
        if self.window is not None:
            self._paint_hook = _OnFirstPaint(self._open_store)
            self.window.installEventFilter(self._paint_hook)
        QTimer.singleShot(OPEN_STORE_AFTER_MS, self._open_store)  # no paint (hidden): anyway

    def _open_store(self) -> None:
        if self._opening:
            return
        self._opening = True
        self.runner.write(open_client_services, self.home, on_result=self._on_opened,
                          on_error=self._on_open_failed)

    def _on_opened(self, value: tuple[AppContext, ClientServices, bool]) -> None:
        self.ctx, self.services, has_accounts = value
        # From now on the store refuses a write from any thread but the runner's single writer.
        self.write_guard = self.runner.guard_store(self.ctx.engine)
        if has_accounts:
            if isinstance(self.window, LoginDialog):
                self.window.change_password = _change_password(self.services)
                self.window.set_service(self.services.accounts)
                self.window.set_counter_name(self.services.counter_name)
            return
        from ui.dialogs.first_admin_dialog import FirstAdminDialog

        first = FirstAdminDialog(self.services.accounts, self.runner)
        first.created.connect(self._on_logged_in)
        first.rejected.connect(self.quit)
        self._replace_window(first)

    def _on_open_failed(self, exc: BaseException) -> None:
        logger.error("the store could not be opened: %r", exc)
        if isinstance(self.window, LoginDialog):
            self.window.show_failure(exc)
        show_error(self.window, exc)

    def _show_login(self) -> None:
        login = LoginDialog(
            self.services.accounts if self.services else None, self.runner,
            counter_name=self.services.counter_name if self.services else "",
        )
        login.change_password = _change_password(self.services)
        login.logged_in.connect(self._on_logged_in)
        login.rejected.connect(self.quit)
        self._replace_window(login)

    def _replace_window(self, window: QWidget) -> None:
        old = self.window
        self.window = window
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            # disconnect first: closing a dialog emits rejected, which means "quit" to us
            try:
                old.blockSignals(True)
                old.close()
                old.deleteLater()
            except RuntimeError:
                pass

    def _on_logged_in(self, account: Any) -> None:
        self.account = account
        window_fit.remember_for(self.home, account.username, self.runner)
        self._open_main_window()

    def _open_main_window(self, before: MainWindow | None = None) -> None:
        """`before`: the window this one replaces (a language switch): its place on screen,
        maximised or not, and the dossier it had open carry over."""
        # Imported after the login: the main window's modules (its pages, models, dialogs) are
        # not what the first window needs (docs/architecture.md, "Start-up and scale").
        from ui.main_window import MainWindow

        assert self.services is not None and self.account is not None
        window = MainWindow(
            self.services, self.runner, self.account,
            idle_ms=self.idle_ms, language=self.translators.language,
        )
        window.logout_requested.connect(self.logout)
        window.language_requested.connect(self.set_language)
        window.closed.connect(self.quit)
        code = None
        if before is not None:
            window.restoreGeometry(before.saveGeometry())
            window.setWindowState(before.windowState())
            detail = before.details_page.detail
            if before.stack.currentIndex() == before.DETAILS and detail is not None:
                code = detail.summary.code
        self.main_window = window
        self._replace_window(window)
        if code:
            window.open_dossier(code)
        self.main_window_shown.emit(window)

    # --- later ----------------------------------------------------------------------------------

    def logout(self) -> None:
        window_fit.forget()
        self.account = None
        self.main_window = None
        self._show_login()

    def set_language(self, language: str) -> None:
        if language == self.translators.language:
            return
        self.translators.install(language)
        if self.services is not None:
            self.runner.write(self.services.save_setting, "language", language,
                              on_error=lambda e: logger.warning("language not saved: %r", e))
        # rebuilding the window is simpler and safer than retranslating every widget in place
        if self.main_window is not None and self.account is not None:
            self._open_main_window(before=self.main_window)
        elif isinstance(self.window, LoginDialog):
            self._show_login()

    def quit(self) -> None:
        self.runner.cancel_all()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        window_fit.forget()  # the places' writer is this client's runner, which stops here
        self.runner.cancel_all()
        self.runner.wait_done(15_000)
        if self.ctx is not None:
            self.ctx.close()


def _change_password(services: ClientServices | None) -> Any:
    """The officer's own password change the login dialog offers after a reset (ui/admin)."""
    admin = services.admin if services is not None else None
    return admin.change_own_password if admin is not None else None


class _OnFirstPaint(QObject):
    """Calls `then` (on the next turn of the event loop) after the watched window's first paint."""

    def __init__(self, then: Any) -> None:
        super().__init__()
        self.then = then
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.then)
        return False


class _FirstPaintMarker(QObject):
    """Prints the start-up marker when the first window has really been painted (not merely
    asked to show), then optionally quits: the hook of benchmarks/bench_startup.py."""

    def __init__(self, client: DeskClient) -> None:
        super().__init__()
        self.client = client
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"FIRST_WINDOW_SHOWN {time.perf_counter() - _T0:.3f}", flush=True)
        if os.environ.get("DESK_APP_EXIT_AFTER_FIRST_WINDOW") == "1":
            self.client.quit()


def _startup_hooks(client: DeskClient) -> QObject | None:
    if os.environ.get("DESK_APP_STARTUP_MARKER") != "1" or client.window is None:
        return None
    marker = _FirstPaintMarker(client)
    client.window.installEventFilter(marker)
    return marker


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv if argv is not None else sys.argv))
    app.setApplicationName("desk-app")
    app.setApplicationDisplayName("Một cửa")
    app.setQuitOnLastWindowClosed(False)  # dialogs come and go between login and main window
    home = paths.home()
    client = DeskClient(home, choose_language(home))
    client.start()
    marker = _startup_hooks(client)  # noqa: F841 (kept alive while the loop runs)
    code = app.exec()
    client.shutdown()
    return int(code)
