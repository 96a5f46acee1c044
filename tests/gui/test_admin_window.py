"""The administrator's window with the real services (issue 14): only administrators reach it from
the main window; an officer is created from the screen (by keyboard) and must change the password
at the first login; a procedure is edited and applied after its diff; a holiday added; the counter
enrolled; a backup and maintenance run. Every tab fits 1366×768; screenshots go to tmp_path, or to
DESK_APP_SCREENSHOTS when set (tools: docs/screenshots/admin_*.png)."""
from __future__ import annotations

import datetime as dt
import os
import tarfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desk_app.errors import AuthError
from tests.gui.helpers import type_text


@pytest.fixture()
def admin_setup(ctx: Any) -> Any:
    from desk_app.bootstrap import build_services
    from ui.services import ClientServices

    root = build_services(ctx)
    boss = root.accounts.create_account("quantri", "Nguyễn Văn Quản", "admin", "Quantri-2026")
    officer = root.accounts.create_account("canbo", "Lê Thị Mai", "officer", "matkhau123")
    services = ClientServices(accounts=root.accounts, reception=root.reception,
                              counter_name=root.counter_name, admin=root.admin)
    return root, services, boss, officer


def _shots(tmp_path: Path) -> Path:
    out = Path(os.environ.get("DESK_APP_SCREENSHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _fits(window: Any) -> None:
    frame = window.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768, frame
    assert window.height() <= 728
    hint = window.layout().minimumSize()
    assert hint.width() <= window.width() and hint.height() <= window.height(), hint


def test_only_administrators_reach_the_window(qtbot: Any, runner: Any, admin_setup: Any) -> None:
    from ui.main_window import MainWindow

    _root, services, boss, officer = admin_setup
    plain = MainWindow(services, runner, officer)
    qtbot.addWidget(plain)
    assert not plain.admin.enabled and plain.findChild(object, "adminMenu") is None
    assert plain.admin.open() is None
    main = MainWindow(services, runner, boss)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.admin.action is not None
    main.admin.action.trigger()
    window = main.admin.admin_window
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.catalog.list.count() == 15)
    main.lock()  # the lock closes it and disables the entry
    assert main.admin.admin_window is None and not main.admin.action.isEnabled()
    main.lock_dialog.blockSignals(True)
    main.lock_dialog.close()
    qtbot.waitUntil(lambda: runner.active_count == 0)


def test_admin_window_tasks_and_screenshots(qtbot: Any, runner: Any, admin_setup: Any,
                                            tmp_path: Path, ctx: Any) -> None:
    from ui.admin.admin_window import AdminWindow

    root, _services, boss, _officer = admin_setup
    shots = _shots(tmp_path)
    window = AdminWindow(root.admin, runner, boss)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _fits(window)

    # --- catalog: pick, edit, diff, apply ----------------------------------------------------------
    cat = window.catalog
    qtbot.waitUntil(lambda: cat.list.count() == 15)
    type_text(cat.filter, "tam tru")
    qtbot.waitUntil(lambda: cat.list.count() == 1)
    assert cat.code.text() == "1.004194"
    days = cat.days.value()
    cat.days.setFocus()
    qtbot.keyClick(cat.days, Qt.Key.Key_Up)
    qtbot.keyClick(cat.diff_button, Qt.Key.Key_Space) if cat.diff_button.hasFocus() else \
        cat.diff_button.click()
    qtbot.waitUntil(lambda: cat.apply_button.isEnabled())
    assert "thời hạn" in cat.preview.toPlainText() and f"«{days}» → «{days + 1}»" in \
        cat.preview.toPlainText()
    window.grab().save(str(shots / "admin_catalog.png"))
    cat.apply_button.click()
    qtbot.waitUntil(lambda: "phiên bản 2" in window.status.text())
    assert root.catalog.show("1.004194")["processing_days"] == days + 1
    # a bad edit is refused with a sentence and nothing applied
    cat.table.item(0, 2).setText("photocopy")
    cat.diff_button.click()
    qtbot.waitUntil(lambda: "accepted_forms" in window.status.text())
    assert not cat.apply_button.isEnabled()
    assert root.catalog.current_version() == 2

    # --- holidays -----------------------------------------------------------------------------------
    window.tabs.setCurrentIndex(1)
    hol = window.holidays
    year = dt.date.today().year + 1
    before = len(root.holidays.rows(year))
    assert before > 0
    # the year's days are read before they can be edited (else the edit would drop them)
    qtbot.waitUntil(lambda: hol.table.rowCount() == before and hol.add_button.isEnabled())
    hol.day.setDate(QDate(year, 9, 7))  # a Tuesday in 2027; any weekday of that year will do
    while dt.date(year, 9, hol.day.date().day()).weekday() >= 5:
        hol.day.setDate(hol.day.date().addDays(1))
    type_text(hol.name, "Ngày nghỉ thêm")
    hol.add_button.click()
    hol.diff_button.click()
    qtbot.waitUntil(lambda: hol.apply_button.isEnabled())
    window.grab().save(str(shots / "admin_holidays.png"))
    hol.apply_button.click()
    qtbot.waitUntil(lambda: "Đã áp dụng lịch" in window.status.text(), timeout=30000)
    assert len(root.holidays.rows(year)) == before + 1, window.status.text()

    # --- accounts: an officer created from the screen, by keyboard ----------------------------------
    window.tabs.setCurrentIndex(2)
    acc = window.accounts
    qtbot.waitUntil(lambda: acc.table.rowCount() == 2)
    acc.username.setFocus()
    qtbot.keyClicks(acc.username, "canbo.moi")
    qtbot.keyClick(acc.username, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Phạm Văn Mới")
    assert acc.full_name.text() == "Phạm Văn Mới"
    qtbot.keyClick(acc.full_name, Qt.Key.Key_Tab)  # role: officer, the first item
    qtbot.keyClick(acc.role, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Tamthoi-2026")
    assert acc.password.text() == "Tamthoi-2026"
    acc.create_button.setFocus()
    qtbot.keyClick(acc.create_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: acc.table.rowCount() == 3)
    qtbot.waitUntil(lambda: acc.audit.rowCount() == 1)
    assert "canbo.moi" in window.status.text()
    window.grab().save(str(shots / "admin_accounts.png"))
    with pytest.raises(AuthError) as caught:
        root.accounts.login("canbo.moi", "Tamthoi-2026")
    assert caught.value.code == "must_change_password"
    root.account_admin.change_own_password("canbo.moi", "Tamthoi-2026", "Riengtoi-2027")
    assert root.accounts.login("canbo.moi", "Riengtoi-2027").role == "officer"
    # a weak password is refused with the rule
    acc.username.setText("canbo.yeu")
    acc.full_name.setText("Yếu")
    acc.password.setText("123")
    acc.create_button.click()
    qtbot.waitUntil(lambda: "10 ký tự" in window.status.text())
    # disable the new officer: it can no longer log in
    row = next(r for r in range(acc.table.rowCount()) if acc.table.item(r, 0).text() == "canbo.moi")
    acc.table.selectRow(row)
    acc.disable_button.click()
    qtbot.waitUntil(lambda: "vô hiệu hoá" in window.status.text())
    with pytest.raises(AuthError):
        root.accounts.login("canbo.moi", "Riengtoi-2027")

    # --- the counter ----------------------------------------------------------------------------------
    window.tabs.setCurrentIndex(3)
    st = window.settings
    qtbot.waitUntil(lambda: st.table.rowCount() >= 7)
    st.slot.setValue(4)
    st.name.setText("Quầy số 4")
    st.enrol_button.click()
    qtbot.waitUntil(lambda: "số 4" in window.status.text())
    assert root.workstation.slot == 4 and root.setting("workstation_name") == "Quầy số 4"
    qtbot.waitUntil(lambda: st.table.rowCount() >= 7 and st.table.item(0, 1).text() == "Quầy số 4")
    grace = next(r for r in range(st.table.rowCount())
                 if st.table.item(r, 0).text() == "maintenance.grace_hours")
    st.table.item(grace, 1).setText("abc")
    st.save_button.click()
    qtbot.waitUntil(lambda: "không hợp lệ" in window.status.text())
    assert root.setting("maintenance.grace_hours") is None
    window.grab().save(str(shots / "admin_settings.png"))

    # --- backup and maintenance -------------------------------------------------------------------
    window.tabs.setCurrentIndex(4)
    bk = window.backup
    target = tmp_path / "backup.tar"
    bk.backup_to(target)
    qtbot.waitUntil(lambda: "Đã sao lưu" in window.status.text(), timeout=60000)
    with tarfile.open(target) as tar:
        assert "manifest.json" in tar.getnames() and "store.sqlite3" in tar.getnames()
    bk.maintenance()
    qtbot.waitUntil(lambda: "Dung lượng kho" in bk.report.toPlainText())
    window.grab().save(str(shots / "admin_backup.png"))
    bk.restore_from(target)
    qtbot.waitUntil(lambda: "mở lại ứng dụng" in window.status.text(), timeout=60000)
    assert (ctx.home / "restore-pending" / "READY").is_file()
    for name in ("catalog", "holidays", "accounts", "settings", "backup"):
        assert (shots / f"admin_{name}.png").stat().st_size > 10_000
    _fits(window)
    qtbot.waitUntil(lambda: runner.active_count == 0)


def test_login_asks_for_a_new_password_after_a_reset(qtbot: Any, runner: Any,
                                                     admin_setup: Any) -> None:
    from ui.admin.change_password import ChangePasswordDialog
    from ui.dialogs.login_dialog import LoginDialog

    root, services, _boss, _officer = admin_setup
    root.admin.reset_password("canbo", "Tamthoi-2026", "quantri")
    login = LoginDialog(services.accounts, runner)
    login.change_password = root.admin.change_own_password
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.username, "canbo")
    qtbot.keyClicks(login.password, "Tamthoi-2026")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.findChild(ChangePasswordDialog) is not None)
    dialog = login.findChild(ChangePasswordDialog)
    assert "đổi mật khẩu" in login.status.text()
    qtbot.keyClicks(dialog.new, "Moi-2027-an")
    qtbot.keyClicks(dialog.again, "Moi-2027-khac")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "không khớp" in dialog.status.text()
    qtbot.keyClicks(dialog.again, "Moi-2027-an")
    with qtbot.waitSignal(login.logged_in, timeout=20000) as signal:
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert signal.args[0].username == "canbo"
    assert root.accounts.login("canbo", "Moi-2027-an").username == "canbo"
    qtbot.waitUntil(lambda: runner.active_count == 0)


def test_a_new_procedure_from_the_screen(qtbot: Any, runner: Any, admin_setup: Any) -> None:
    from ui.admin.admin_window import AdminWindow

    root, _services, boss, _officer = admin_setup
    window = AdminWindow(root.admin, runner, boss)
    qtbot.addWidget(window)
    window.show()
    cat = window.catalog
    qtbot.waitUntil(lambda: cat.list.count() == 15)
    qtbot.keyClick(cat.new_button, Qt.Key.Key_Space) if cat.new_button.hasFocus() else \
        cat.new_button.click()
    assert cat.code.hasFocus() or not cat.code.isReadOnly()
    qtbot.keyClicks(cat.code, "MOI.001")
    type_text(cat.name, "Thủ tục thử nghiệm")
    cat.days.setValue(5)
    cat.add_component.click()
    cat.table.item(0, 1).setText("Tờ khai")
    cat.diff_button.click()
    qtbot.waitUntil(lambda: cat.apply_button.isEnabled())
    assert "+ MOI.001 Thủ tục thử nghiệm" in cat.preview.toPlainText()
    cat.apply_button.click()
    qtbot.waitUntil(lambda: cat.list.count() == 16)
    made = root.catalog.show("MOI.001", full=True)
    assert made["processing_days"] == 5
    assert made["components"][0]["id"] == "MOI.001#1"
    assert made["components"][0]["accepted_forms"] == ["original"]
    qtbot.waitUntil(lambda: runner.active_count == 0)
