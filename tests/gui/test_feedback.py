"""Every action says what it did, where the officer looks (issue 15, "No word after an action"):
driven offscreen on a real store. Screenshots go to $DESK_APP_SCREENSHOTS when it is set."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain import vn_format
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from tests.gui.helpers import show_active, type_text
from ui.main_window import MainWindow

ID_NUMBER = "001190001234"


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("DESK_APP_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _receive(services: Any, officer: Any, files: list[Path]) -> Any:
    draft = ReceptionDraft(
        procedure_code="T.KS",
        applicant=PersonInput("Đỗ Thị Thu Hà", ID_NUMBER, dt.date(1990, 1, 1), "female",
                              "Phường Ba Đình, Hà Nội", "0988000111"),
        components=[
            ComponentInput("T.KS#1", "Tờ khai đăng ký khai sinh", "original", files=files[:1]),
            ComponentInput("T.KS#2", "Giấy chứng sinh", "photocopy_with_original",
                           original_shown=True, files=files[1:]),
            ComponentInput("T.KS#3", "Thẻ căn cước của người đi đăng ký", None),
        ],
    )
    return services.reception.receive(draft, officer)


def _window(qtbot: Any, services: Any, runner: Any, officer: Any, **kw: Any) -> MainWindow:
    window = MainWindow(services, runner, officer, **kw)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    show_active(qtbot, window)
    return window


def test_after_ctrl_enter_the_new_dossier_is_listed_selected_and_named(
    qtbot: Any, real: Any, runner: Any, page_files: list[Path]
) -> None:
    services, officer = real
    _receive(services, officer, page_files)
    window = _window(qtbot, services, runner, officer)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    # an old search hides every dossier of today
    with qtbot.waitSignal(window.dossiers_loaded, timeout=5_000):
        qtbot.keyClicks(window.search, "khong co ai")
    assert window.model.rowCount() == 0

    qtbot.keyClick(window, Qt.Key.Key_F2)
    page = window.reception_page
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    page.select_procedure("T.KS")
    type_text(page.applicant.full_name, "Trần Văn Bình")
    for row in page.checklist.rows[:2]:
        row.tick.setChecked(True)
    qtbot.waitUntil(lambda: page.receive_button.isEnabled(), timeout=10_000)
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.preview is not None, timeout=20_000)
    preview = window.preview
    qtbot.waitUntil(lambda: len(preview.images) >= 1, timeout=20_000)
    new = services.reception.list_dossiers(None, "tran van binh")[0].code

    assert window.search.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert window.selected_code() == new
    assert window.statusBar().currentMessage() == f"Đã tiếp nhận hồ sơ {new}."
    preview.close()
    _shot(window, "feedback-received.png")
    assert window.statusBar().currentMessage() == f"Đã tiếp nhận hồ sơ {new}."


def test_all_days_shows_the_date_and_says_so(qtbot: Any, real: Any, runner: Any,
                                             page_files: list[Path]) -> None:
    services, officer = real
    summary = _receive(services, officer, page_files)
    window = _window(qtbot, services, runner, officer)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    col = window.model.RECEIVED
    assert re.fullmatch(r"\d\d:\d\d", window.model.index(0, col).data())
    assert "hôm nay" in window.heading.text()
    with qtbot.waitSignal(window.dossiers_loaded, timeout=5_000):
        window.all_days.setChecked(True)
    assert window.model.index(0, col).data() == vn_format.datetime(summary.received_at)
    assert "hôm nay" not in window.heading.text() and "mọi ngày" in window.heading.text()
    _shot(window, "feedback-all-days.png")


def test_manual_lock_and_idle_lock_say_different_things(qtbot: Any, real: Any,
                                                        runner: Any) -> None:
    services, officer = real
    window = _window(qtbot, services, runner, officer)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    manual = window.lock_dialog
    assert manual is not None
    assert "Ctrl+L" in manual.heading.text() and "không thao tác" not in manual.heading.text()
    _shot(manual, "feedback-lock-manual.png")
    manual.password.setText("matkhau123")
    manual.login_button.click()
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)

    idle = _window(qtbot, services, runner, officer, idle_ms=300)
    qtbot.waitUntil(idle.is_locked, timeout=5_000)
    assert idle.lock_dialog is not None
    assert "không thao tác" in idle.lock_dialog.heading.text()
    idle.lock_dialog.password.setText("matkhau123")
    idle.lock_dialog.login_button.click()
    qtbot.waitUntil(lambda: not idle.is_locked(), timeout=10_000)


def test_menus_do_not_repeat_shortcuts_and_the_title_names_the_program_once(
    qtbot: Any, real: Any, runner: Any
) -> None:
    services, officer = real
    window = _window(qtbot, services, runner, officer)
    texts = [a.text() for menu in window.menuBar().actions() if menu.menu()
             for a in menu.menu().actions() if not a.isSeparator()]
    assert "Tiếp nhận mới" in texts
    assert not [t for t in texts if re.search(r"\((F\d+|Ctrl\+|Enter)", t)]
    # the toolbar's text-only buttons still name the key
    assert window.new_action.iconText() == "Tiếp nhận mới (F2)"
    # Qt appends the application's display name to the title itself
    display = QApplication.applicationDisplayName()
    assert window.windowTitle() == "Tiếp nhận hồ sơ"
    assert display not in window.windowTitle() or display == ""


def test_procedure_type_ahead_ranks_names_and_matches_word_starts(
    qtbot: Any, real: Any, runner: Any
) -> None:
    services, officer = real
    window = _window(qtbot, services, runner, officer)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    page = window.reception_page
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    type_text(page.procedure_edit, "khai sinh")
    shown = page._completion_model.stringList()
    assert shown[0] == "1.001193 – Đăng ký khai sinh"
    assert shown.index(shown[0]) < next(i for i, s in enumerate(shown) if "Trích lục" in s)
    page.procedure_edit.clear()
    type_text(page.procedure_edit, "huong")
    assert not [s for s in page._completion_model.stringList() if "chuyển nhượng" in s]


def test_down_arrow_goes_from_tick_to_tick(qtbot: Any, real: Any, runner: Any) -> None:
    services, officer = real
    window = _window(qtbot, services, runner, officer)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    page = window.reception_page
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    page.select_procedure("T.KS")
    rows = page.checklist.rows
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.applicant.first_field())
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is rows[0].tick)
    qtbot.keyClick(rows[0].tick, Qt.Key.Key_Space)  # ticked: its form box is enabled now
    assert rows[0].tick.isChecked() and rows[0].form.isEnabled()
    form_before = rows[0].form.currentIndex()
    qtbot.keyClick(rows[0].tick, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is rows[1].tick
    assert rows[0].form.currentIndex() == form_before
    qtbot.keyClick(rows[1].tick, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is rows[2].tick
    qtbot.keyClick(rows[2].tick, Qt.Key.Key_Down)  # the last: stays
    assert QApplication.focusWidget() is rows[2].tick
    qtbot.keyClick(rows[2].tick, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is rows[1].tick
