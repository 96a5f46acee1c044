"""A dossier sent back for supplements (Mẫu 02) completed from the details page by keyboard: F9,
the listed component's new page imported in its page window, Alt+G records it; the dossier is
received and its due date counts from the completion (the services' clock, a demo store). The
idle lock closes an open action dialog."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.gui.helpers import show_active, type_text
from tests.gui.test_lifecycle_e2e import _active_dialog, life  # noqa: F401 (fixture)
from tests.wiring.conftest import sane_config  # noqa: F401 (fixture)

WEDNESDAY = dt.datetime(2026, 12, 2, 10, 0)


def test_supplement_completed_by_keyboard(qtbot: Any, life: Any, runner: Any,  # noqa: F811
                                          page_files: list[Path], monkeypatch: Any) -> None:
    from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
    from ui.lifecycle.ask_dialog import AskSupplementDialog
    from ui.lifecycle.supplement_dialog import SupplementDialog
    from ui.main_window import MainWindow

    root, services, officer = life
    proc = next(p for p in root.reception.procedures() if p.code == "T.KS")
    form = proc.components[0]
    draft = ReceptionDraft(
        "T.KS", PersonInput("Đỗ Thị Hạnh", "001190004567"),
        components=[ComponentInput(form.id, form.name, "original", files=[page_files[0]])],
        decision="supplement", reason="Thiếu Giấy chứng sinh")
    summary = root.reception.receive(draft, officer)
    assert summary.status == "supplement_requested" and summary.due_at is None

    root.clock.set(WEDNESDAY)
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    show_active(qtbot, window)
    actions = window.lifecycle_actions
    window.open_dossier(summary.code)
    qtbot.waitUntil(lambda: actions.state is not None, timeout=15_000)
    assert actions.buttons["supplement"].isEnabled()
    assert not actions.buttons["handover"].isEnabled()
    show_active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9)
    dialog = _active_dialog(qtbot, SupplementDialog)
    assert dialog.list.item(0).text().startswith("○ Giấy chứng sinh")
    # Enter on the listed component opens its page window; "Nhập tệp…" takes the file
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(page_files[1])], "")))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sets[0].dialog is not None, timeout=10_000)
    pages_window = dialog.sets[0].dialog
    show_active(qtbot, pages_window)
    pages_window.strip.import_button.setFocus()
    qtbot.keyClick(pages_window.strip.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.sets[0].count() == 1, timeout=20_000)
    qtbot.keyClick(pages_window, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.sets[0].dialog is None)
    assert dialog.list.item(0).text().startswith("✓ Giấy chứng sinh")
    show_active(qtbot, dialog)
    loaded = actions.steps_loaded
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # "&Ghi hoàn thành…"
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=30_000)
    assert "bổ sung đầy đủ" in window.statusBar().currentMessage()
    state = actions.state
    assert state.summary.status == "received"
    # 3 working days from Wednesday's completion: Monday 07/12 at the return time
    assert state.summary.due_at == dt.datetime(2026, 12, 7, 17, 0)
    assert any("Bổ sung" in row[4] and "02/12/2026 10:00" == row[0]
               for row in actions.steps.texts())
    assert actions.buttons["handover"].isEnabled()

    # asked again during processing (Shift+F9): the dossier waits for the citizen once more
    root.clock.set(WEDNESDAY.replace(hour=15))
    show_active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    ask = _active_dialog(qtbot, AskSupplementDialog)
    qtbot.keyClick(ask.reason, Qt.Key.Key_Return)
    assert ask.isVisible() and "bổ sung" in ask.error.text()
    type_text(ask.reason, "Bổ sung bản sao có chứng thực Giấy chứng sinh")
    loaded = actions.steps_loaded
    qtbot.keyClick(ask.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=15_000)
    assert actions.state.summary.status == "supplement_requested"
    assert actions.buttons["supplement"].isEnabled() and not actions.buttons["result"].isEnabled()
    assert "chờ công dân" in window.statusBar().currentMessage()

    # the idle lock hides the citizen's data: an open action dialog closes with it
    show_active(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9)
    _active_dialog(qtbot, SupplementDialog)
    window.idle.idle.emit()
    qtbot.waitUntil(lambda: window.is_locked() and actions.dialog is None, timeout=10_000)
    assert window.lock_dialog is not None
    window.lock_dialog.blockSignals(True)
    window.lock_dialog.close()
    window.close()
