"""The dossier's-life widgets alone (offscreen, real Qt): the due-soon/overdue rule across a
weekend, the view buttons by keyboard, the apology and return dialogs refusing bad input in a
sentence and keeping the dialog open."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.domain.work_calendar import WorkCalendar
from tests.gui.helpers import show_active, type_text
from ui.lifecycle.urgency import Urgency, apology_offered, urgency

FRI_DUE = dt.datetime(2026, 12, 4, 17, 0)  # a Friday


def _d(status: str = "in_progress", due: dt.datetime = FRI_DUE, new_due: Any = None) -> Any:
    return SimpleNamespace(status=status, due_at=due, new_due_at=new_due)


def test_due_soon_is_within_one_working_day_and_counts_over_the_weekend() -> None:
    cal = WorkCalendar()
    assert urgency(_d(), dt.datetime(2026, 12, 2, 10, 0), cal) == Urgency.NONE  # Wednesday
    assert urgency(_d(), dt.datetime(2026, 12, 3, 16, 0), cal) == Urgency.DUE_SOON  # Thursday
    assert urgency(_d(), dt.datetime(2026, 12, 4, 16, 59), cal) == Urgency.DUE_SOON
    assert urgency(_d(), dt.datetime(2026, 12, 4, 17, 1), cal) == Urgency.OVERDUE
    monday = dt.datetime(2026, 12, 7, 17, 0)
    assert urgency(_d(due=monday), dt.datetime(2026, 12, 4, 9, 0), cal) == Urgency.DUE_SOON
    # a holiday on Monday pushes the next working day to Tuesday: a Tuesday due date is then soon
    tuesday = dt.datetime(2026, 12, 8, 17, 0)
    assert urgency(_d(due=tuesday), dt.datetime(2026, 12, 4, 9, 0), cal) == Urgency.NONE
    holiday = WorkCalendar(holidays=frozenset({dt.date(2026, 12, 7)}))
    assert urgency(_d(due=tuesday), dt.datetime(2026, 12, 4, 9, 0), holiday) == Urgency.DUE_SOON
    # a result in hand, a supplement awaited: nothing to chase
    for status in ("resolved", "returned", "supplement_requested", "refused"):
        assert urgency(_d(status), dt.datetime(2026, 12, 9, 9, 0), cal) == Urgency.NONE
    # after an apology the new date counts, and no second apology is offered
    later = dt.datetime(2026, 12, 10, 17, 0)
    assert urgency(_d(new_due=later), dt.datetime(2026, 12, 5, 9, 0), cal) == Urgency.NONE
    assert apology_offered(_d(), dt.datetime(2026, 12, 4, 9, 0), cal)
    assert not apology_offered(_d(new_due=later), dt.datetime(2026, 12, 9, 9, 0), cal)
    assert not apology_offered(_d(), dt.datetime(2026, 12, 4, 18, 0), cal)  # too late


def test_view_buttons_by_keyboard_with_counts(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.lifecycle.views import ViewBar

    holder = QWidget()
    bar = ViewBar(holder)
    qtbot.addWidget(holder)
    show_active(qtbot, holder)
    bar.set_counts({"today": 3, "due_soon": 1, "overdue": 2, "waiting_result": 4,
                    "ready_to_return": 0})
    assert bar.buttons["overdue"].text().startswith("⚠ Quá hạn: 2")
    assert "⌛ Sắp đến hạn: 1" in bar.buttons["due_soon"].text()
    assert "font-weight: bold" in bar.buttons["overdue"].styleSheet()
    assert "⚠" not in bar.buttons["ready_to_return"].text()
    with qtbot.waitSignal(bar.chosen) as chosen:
        qtbot.keyClick(holder, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert chosen.args == ["overdue"] and bar.buttons["overdue"].isChecked()
    with qtbot.waitSignal(bar.chosen) as chosen:
        qtbot.keyClick(holder, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert chosen.args == ["ready_to_return"]


def test_apology_needs_a_reason_and_a_later_date(qtbot: Any) -> None:
    from ui.lifecycle.apology_dialog import ApologyDialog

    dialog = ApologyDialog("H31-261204-0001", FRI_DUE, dt.date(2026, 12, 7))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and "lý do" in dialog.error.text()
    type_text(dialog.reason, "Cần xác minh thêm tại Sở Tư pháp")
    dialog.new_date.setFocus()
    qtbot.keyClicks(dialog.new_date, "04122026")  # the due day itself: refused
    qtbot.keyClick(dialog.new_date, Qt.Key.Key_Return)
    assert dialog.isVisible() and "phải sau ngày hẹn trả 04/12/2026" in dialog.error.text()
    qtbot.keyClicks(dialog.new_date, "08122026")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.new_date, Qt.Key.Key_Return)
    assert dialog.values() == {"reason": "Cần xác minh thêm tại Sở Tư pháp",
                               "new_date": dt.date(2026, 12, 8)}


def test_return_checks_the_card_against_the_applicant(qtbot: Any, runner: Any) -> None:
    from ui.lifecycle.return_dialog import ReturnDialog

    now = dt.datetime(2026, 12, 9, 10, 30)
    dialog = ReturnDialog("H31-261204-0001", runner, ("Trần Văn Bình", "001089012345"), None, now)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.check.text() == "Chưa đọc thẻ căn cước."
    dialog.fill_from_card({"full_name": "TRẦN VĂN BÌNH", "id_number": "001089099999"})
    assert "KHÔNG khớp" in dialog.check.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and "không khớp" in dialog.error.text()
    dialog.fill_from_card({"full_name": "TRẦN VĂN BÌNH", "id_number": "001089012345"})
    assert dialog.check.text().startswith("✓")
    dialog.fees.setFocus()
    qtbot.keyClicks(dialog.fees, "8.000")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.fees, Qt.Key.Key_Return)
    values = dialog.values()
    assert values["to"] == "TRẦN VĂN BÌNH" and values["id_number"] == "001089012345"
    assert values["at"] == now and values["method"] == "desk" and values["fees"] == 8000
    assert values["checked_by_card"] is True and values["collector"] == "citizen"


def test_reception_channel_by_keyboard_reaches_the_draft(qtbot: Any, runner: Any) -> None:
    from tests.gui.fakes import FakeReception
    from ui.reception.reception_page import ReceptionPage

    page = ReceptionPage(FakeReception(), runner, None)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    page.select_procedure(page._procedures[0].code)
    type_text(page.applicant.full_name, "Phạm Thu Trang")
    qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.channel.combo
    qtbot.keyClick(page.channel.combo, Qt.Key.Key_Down)
    assert page.draft().channel == "post"
    qtbot.keyClick(page.channel.combo, Qt.Key.Key_Down)
    assert page.draft().channel == "online"
    page.reset()
    assert page.channel.channel() == "counter"
