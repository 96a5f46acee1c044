"""The officer's half of issue 13 "It must show" 4: on the reception screen the officer asks for a
certified copy where a photocopy with the original is accepted (a stricter form: the reason prompt
opens, the reason is typed), adds a paper not on the list with its reason, and saves. The
verification log then holds the entries flagged `certified_copy_demanded` and
`not_on_published_list`, with the officer's name; the other components none. A screenshot goes to
DESK_APP_SCREENSHOTS when set (docs/screenshots/reception-asked-for.png)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.supervision.log_query import LogFilter, LogQuery
from tests.gui.helpers import show_active, start_test_reception, type_text
from ui.main_window import MainWindow

REASON = "Bản chụp mờ, cần bản sao chứng thực"


def _key(qtbot: Any, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key)


def test_officer_asks_for_a_certified_copy_with_a_reason(qtbot: Any, real: Any, runner: Any,
                                                          ctx: Any, tmp_path: Path) -> None:
    services, officer = real
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    show_active(qtbot, window)
    page = start_test_reception(qtbot, window, "Trần Thị Thu Hà")
    rows = page.checklist.rows
    # the asked-for form starts at the most lenient accepted one: asking nothing more
    asked = rows[1].asked
    assert asked is not None and asked.currentData() == "photocopy_with_original"
    assert not asked.deliberate()
    # one step stricter, by keyboard: the reason prompt opens; cancelling goes back
    asked.setFocus()
    _key(qtbot, Qt.Key.Key_Down)
    assert asked.currentData() == "certified_copy"
    qtbot.waitUntil(lambda: asked.dialog is not None and asked.dialog.isVisible())
    asked.dialog.buttons.button(asked.dialog.buttons.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: asked.currentData() == "photocopy_with_original")
    asked.setFocus()
    _key(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: asked.dialog is not None and asked.dialog.isVisible())
    assert not asked.dialog.buttons.button(asked.dialog.buttons.StandardButton.Ok).isEnabled()
    type_text(asked.dialog.reason, REASON)
    qtbot.keyClick(asked.dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not asked.dialog.isVisible())
    assert asked.requested() == {"requested_form": "certified_copy", "request_reason": REASON}

    # a paper not on the list, with its name and reason, from the keyboard
    extras = page.checklist.extras
    assert extras is not None and extras.add_button in page.checklist.tab_chain()
    show_active(qtbot, window)  # offscreen, the closed prompt keeps the activation
    extras.add_button.setFocus()
    qtbot.keyClick(extras.add_button, Qt.Key.Key_Space)
    dialog = extras.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    type_text(dialog.name, "Sổ hộ khẩu")
    type_text(dialog.reason, "Bộ phận giải quyết yêu cầu")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(extras.papers) == 1)
    assert "Sổ hộ khẩu" in extras.listing.text()
    qtbot.waitUntil(lambda: page.missing == [] and page.receive_button.isEnabled())

    shots = os.environ.get("DESK_APP_SCREENSHOTS")
    window.grab().save(str(Path(shots or tmp_path) / "reception-asked-for.png"))

    page.submit("receive")
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.HOME, timeout=20_000)
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=20_000)
    if window.preview is not None:
        window.preview.close()

    query = LogQuery(ctx.engine)
    rows_all = query.page(LogFilter(), None, limit=50).rows
    flagged = {r.component_name: list(r.flags) for r in rows_all if r.flags}
    assert flagged == {"Giấy chứng sinh": ["certified_copy_demanded"],
                       "Sổ hộ khẩu": ["not_on_published_list"]}
    assert len(rows_all) == 3  # the two ticked components and the extra paper
    asked_row = next(r for r in rows_all if r.flags == ("certified_copy_demanded",))
    assert asked_row.officer_name == "Lê Thị Mai" and asked_row.demand_reason == REASON
    assert asked_row.demanded_form == "certified_copy" and asked_row.stage == "reception"
