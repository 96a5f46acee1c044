"""The client as a whole on a real store: first run asks for an administrator, login, lockout,
the idle lock and the language."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.write_guard import guard_writes
from tests.gui.helpers import show_active, type_text
from tests.single_writer import writes_allowed
from ui.app import DeskClient
from ui.dialogs.first_admin_dialog import FirstAdminDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.i18n import choose_language
from ui.main_window import MainWindow


@pytest.fixture()
def client(home: Path, qapp: Any) -> Any:
    made: list[DeskClient] = []

    def make(language: str = "vi", idle_ms: int | None = None) -> DeskClient:
        c = DeskClient(home, language, idle_ms=idle_ms)
        # The client installs its write guard once the store is open; here with the tests' rule,
        # so that the test's own checks may write on the GUI thread (tests/single_writer.py).
        c.runner.guard_store = (  # type: ignore[method-assign]
            lambda engine: guard_writes(engine, writes_allowed))
        made.append(c)
        return c

    yield make
    for c in made:
        c.runner.cancel_all()
        c.shutdown()
        for w in (c.window, c.main_window):
            if w is not None:
                w.blockSignals(True)
                w.close()
    qapp.processEvents()
    for c in made:
        assert c.write_guard is None or not c.write_guard.violations, (
            "store writes outside the single writer:\n" + "\n".join(c.write_guard.violations))


def test_first_run_asks_for_an_administrator(qtbot: Any, client: Any, home: Path) -> None:
    c = client()
    c.start()
    # the first window is up at once, before the store is open
    assert isinstance(c.window, LoginDialog) and c.window.isVisible()
    qtbot.waitUntil(lambda: isinstance(c.window, FirstAdminDialog), timeout=15_000)
    dialog = c.window
    type_text(dialog.full_name, "Trần Văn Quản")
    dialog.password.setText("matkhau-quantri")  # no digit: the administrator's rule refuses it
    dialog.confirm.setText("matkhau-quantri")
    dialog.create_button.click()
    assert "chữ số" in dialog.status.text()  # nothing created yet
    dialog.password.setText("matkhau-2026")
    dialog.confirm.setText("matkhau-khac")
    dialog.create_button.click()
    assert "không giống nhau" in dialog.status.text()
    dialog.confirm.setText("matkhau-2026")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: c.main_window is not None, timeout=15_000)
    assert c.account.role == "admin"
    assert c.account.full_name == "Trần Văn Quản"
    assert c.services.accounts.has_accounts()
    # the account really logs in
    assert c.services.accounts.login("admin", "matkhau-2026").username == "admin"
    assert "Trần Văn Quản" in c.main_window.user_label.text()


def _make_account(home: Path) -> None:
    from desk_app.accounts import AccountService
    from desk_app.context import open_context
    from desk_app.domain.types import Role

    ctx = open_context(home)
    AccountService(ctx).create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    ctx.close()


def _login_dialog(qtbot: Any, c: DeskClient) -> LoginDialog:
    c.start()
    dialog = c.window
    assert isinstance(dialog, LoginDialog)
    qtbot.waitUntil(dialog.login_button.isEnabled, timeout=15_000)
    return dialog


def test_login_and_lockout_message(qtbot: Any, client: Any, home: Path) -> None:
    _make_account(home)
    c = client()
    dialog = _login_dialog(qtbot, c)
    dialog.username.setText("canbo")
    for attempt in range(1, 6):
        dialog.password.setText("sai-mat-khau")
        dialog.login_button.click()
        qtbot.waitUntil(lambda: dialog.login_button.isEnabled() and dialog.status.text() != "Đang kiểm tra…",
                        timeout=10_000)
        if attempt < 5:
            assert dialog.status.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert "bị khoá do đăng nhập sai nhiều lần" in dialog.status.text()
    # now even the right password is refused until the lock expires
    dialog.password.setText("matkhau123")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled() and "khoá" in dialog.status.text(),
                    timeout=10_000)
    assert c.main_window is None
    assert "Traceback" not in dialog.status.text()


def test_login_opens_the_main_window(qtbot: Any, client: Any, home: Path) -> None:
    _make_account(home)
    c = client()
    dialog = _login_dialog(qtbot, c)
    assert "Quầy 1" in dialog.counter_label.text()
    dialog.username.setText("canbo")
    dialog.password.setText("matkhau123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.main_window is not None, timeout=15_000)
    assert c.main_window.isVisible()
    assert c.window is c.main_window  # the login dialog is gone
    # the sync indicator is in the status bar; no central server configured here
    sync = c.main_window.sync_widget
    qtbot.waitUntil(lambda: sync.status is not None, timeout=10_000)
    assert sync.state_label.text() == "Không đồng bộ (máy độc lập)"
    assert not sync.sync_button.isEnabled()
    assert "máy chủ trung tâm" in sync.sync_button.toolTip()
    assert sync.pending_label.isHidden()
    # signing out goes back to the login window; the client keeps running
    c.main_window.logout_action.trigger()
    assert isinstance(c.window, LoginDialog) and c.window.isVisible()
    assert c.main_window is None and c.account is None


def test_idle_lock_hides_data_and_asks_for_the_password(qtbot: Any, real: Any, runner: Any) -> None:
    services, officer = real
    window = MainWindow(services, runner, officer, idle_ms=300)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    lock = window.lock_dialog
    assert lock is not None and lock.isVisible()
    assert lock.username.isReadOnly() and lock.username.text() == "canbo"
    assert not window.new_action.isEnabled()
    lock.password.setText("matkhau123")
    lock.login_button.click()
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)
    assert window.stack.currentIndex() == window.HOME
    assert window.new_action.isEnabled()


def test_ctrl_l_locks_at_once(qtbot: Any, real: Any, runner: Any) -> None:
    services, officer = real
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    window.lock_dialog.reject()  # "Thoát" from the lock screen means a full logout
    window.lock_dialog = None


def test_language_from_environment_and_store(home: Path, monkeypatch: Any) -> None:
    monkeypatch.delenv("DESK_APP_LANG", raising=False)
    assert choose_language(home) == "vi"
    from desk_app.context import open_context

    ctx = open_context(home)
    ctx.set_setting("language", "en")
    ctx.close()
    assert choose_language(home) == "en"
    monkeypatch.setenv("DESK_APP_LANG", "vi")
    assert choose_language(home) == "vi"


def test_english_strings_shown(qtbot: Any, client: Any, home: Path) -> None:
    _make_account(home)
    c = client("en")
    dialog = _login_dialog(qtbot, c)
    assert dialog.windowTitle() == "Sign in – One-stop desk"
    assert dialog.login_button.text() == "&Sign in"
    dialog.username.setText("canbo")
    dialog.password.setText("wrong-password")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled() and "…" not in dialog.status.text(),
                    timeout=10_000)
    assert dialog.status.text() == "Wrong username or password."
    dialog.password.setText("matkhau123")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: c.main_window is not None, timeout=15_000)
    window = c.main_window
    assert window.new_action.iconText() == "New reception (F2)"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Dossier code"
    assert window.reception_page.receive_button.text().startswith("&Receive")

    # switching back to Vietnamese from the menu rebuilds the window and remembers the choice
    window.findChild(type(window.new_action), "language.vi").trigger()
    qtbot.waitUntil(lambda: c.main_window is not window, timeout=5_000)
    assert c.main_window.new_action.iconText() == "Tiếp nhận mới (F2)"
    c.runner.wait_done(10_000)
    assert c.ctx.setting("language") == "vi"
    c.translators.install("vi")


def test_a_broken_store_is_said_not_hung_on(qtbot: Any, client: Any, home: Path) -> None:
    (home / "store.sqlite3").write_bytes(b"this is not a database" * 100)
    c = client()
    c.start()
    dialog = c.window
    assert isinstance(dialog, LoginDialog)
    qtbot.waitUntil(lambda: "Đang mở" not in dialog.status.text(), timeout=15_000)
    assert not dialog.login_button.isEnabled()
    assert "Traceback" not in dialog.status.text() and dialog.status.text()
    assert c.services is None
