"""The supervisor's entries in the main window (offscreen, real store): "Giám sát đối chiếu" and
the reports menu exist for supervisors and administrators only; the supervisor window opens; a
report is built on a worker, previewed and read back with pdftotext."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from ui.main_window import MainWindow

NAME = "Nguyễn Thị Hồng Nhung"


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("DESK_APP_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_an_officer_sees_no_supervision(qtbot: Any, wired: Any, runner: Any,
                                        accounts_by_role: dict[str, Any]) -> None:
    services, _ = wired
    window = MainWindow(services, runner, accounts_by_role["officer"])
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QAction, "openSupervision") is None
    assert window.findChild(QMenu, "reportsMenu") is None
    assert not any("Giám sát" in t for t in _menu_titles(window))
    assert not any("Giám sát" in a.text() for a in window.toolbar.actions())
    # not reachable by calling the entry either: nothing opens
    assert window.supervision.open_supervisor() is None


@pytest.mark.parametrize("role", ["supervisor", "admin"])
def test_supervisors_and_admins_open_the_supervisor_window(
    qtbot: Any, wired: Any, runner: Any, accounts_by_role: dict[str, Any], role: str
) -> None:
    from ui.supervision.supervisor_window import SupervisorWindow

    services, _ = wired
    window = MainWindow(services, runner, accounts_by_role[role])
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(QAction, "openSupervision")
    assert action is not None and action.isEnabled()
    assert action in window.toolbar.actions()
    assert "&Giám sát" in _menu_titles(window)
    assert action.text().startswith("Giám sát đối chiếu")
    action.trigger()
    sup = window.supervision.supervisor_window
    assert isinstance(sup, SupervisorWindow) and sup.isVisible()
    assert sup.isWindow()
    if role == "supervisor":
        _shot(window, "main-supervisor-menu.png")
    # locking hides it (citizens' data) and disables the entry until unlocked
    window.lock()
    assert window.supervision.supervisor_window is None and not action.isEnabled()
    window.lock_dialog.close()


def test_reports_are_built_in_a_worker_and_previewed(
    qtbot: Any, wired: Any, runner: Any, accounts_by_role: dict[str, Any], tmp_path: Path,
    page_files: list[Path],
) -> None:
    services, officer = wired
    summary = services.reception.receive(ReceptionDraft(
        procedure_code="T.KS",
        applicant=PersonInput(NAME, "031195001234", dt.date(1995, 3, 2), "female", "Hải Phòng"),
        components=[ComponentInput("T.KS#1", "Tờ khai đăng ký khai sinh", "original",
                                   files=[page_files[0]]),
                    ComponentInput("T.KS#2", "Giấy chứng sinh", "original")],
    ), officer)
    window = MainWindow(services, runner, accounts_by_role["supervisor"])
    qtbot.addWidget(window)
    window.show()
    menu = window.findChild(QMenu, "reportsMenu")
    assert [a.objectName() for a in menu.actions()] == [
        "report.verifications", "report.ledger", "report.indicators"]
    texts = {}
    for kind, expected in (("ledger", "SỔ THEO DÕI"), ("verifications", "NHẬT KÝ ĐỐI CHIẾU"),
                           ("indicators", "")):
        window.findChild(QAction, f"report.{kind}").trigger()
        dialog = window.supervision.period_dialog
        assert dialog.flagged.isVisibleTo(dialog) == (kind == "verifications")
        dialog.ok_button.click()
        preview = window.supervision.preview
        qtbot.waitUntil(lambda p=preview: len(p.images) >= 1, timeout=30_000)
        assert preview.save_button.isEnabled()
        if kind == "ledger":
            _shot(preview, "main-report-ledger.png")
        pdf = tmp_path / f"{kind}.pdf"
        pdf.write_bytes(preview._data)
        texts[kind] = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                     capture_output=True, text=True).stdout
        if expected:
            assert expected in texts[kind].upper()
        preview.close()
    # the dossier received today is in the ledger (the name wraps inside its table cell)
    assert summary.code in texts["ledger"] and "Nhung" in texts["ledger"]
    # an officer is refused by the builder itself, not only by the missing menu
    from desk_app.errors import AuthError

    with pytest.raises(AuthError):
        services.reports.build("ledger", officer, dt.date.today(), dt.date.today())


def test_the_supervisor_window_from_the_menu_shows_the_log(
    qtbot: Any, wired: Any, runner: Any, accounts_by_role: dict[str, Any], ctx: Any
) -> None:
    from desk_app.demo.dossiers import create_demo_data

    create_demo_data(ctx, 6, seed=7)  # dossiers with verification entries, some flagged
    services, _ = wired
    window = MainWindow(services, runner, accounts_by_role["supervisor"])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.all_days.setChecked(True)  # demo dossiers spread over past days
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    menu = window.findChild(QMenu, "supervisionMenu")
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    _shot(menu, "main-supervisor-menu-open.png")
    menu.close()
    qtbot.keyClick(window, "G", Qt.KeyboardModifier.ControlModifier)  # the shortcut
    sup = window.supervision.supervisor_window
    assert sup is not None
    qtbot.waitUntil(lambda: sup.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: "lượt" in sup.count_label.text(), timeout=20_000)
    _shot(sup, "main-supervisor-window.png")
    sup.close()
    qtbot.waitUntil(lambda: window.supervision.supervisor_window is None)
