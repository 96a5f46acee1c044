"""Widget tests on in-memory services: wiring, keyboard, failures shown as sentences."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.errors import StoreError
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from tests.gui.fakes import OFFICER, FakeAccounts, FakeReception
from tests.gui.helpers import show_active, type_text
from ui.error_text import error_text
from ui.main_window import MainWindow
from ui.reception.reception_page import ReceptionPage
from ui.services import ClientServices


def _page(qtbot: Any, runner: Any, reception: FakeReception) -> ReceptionPage:
    page = ReceptionPage(reception, runner, OFFICER)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: len(page._procedures) == 2)
    return page


def test_procedure_search_ignores_diacritics(qtbot: Any, runner: Any) -> None:
    page = _page(qtbot, runner, FakeReception())
    assert [p.code for p in page.matching_procedures("ket hon")] == ["P1"]
    assert [p.code for p in page.matching_procedures("KẾT HÔN")] == ["P1"]
    # in P2's name, only in P1's field: the name first (desk_app/procedure_search.py)
    assert [p.code for p in page.matching_procedures("ho tich")] == ["P2", "P1"]
    assert page.matching_procedures("khai tu") == []


def test_checklist_and_missing_list_follow_the_ticks(qtbot: Any, runner: Any) -> None:
    page = _page(qtbot, runner, FakeReception())
    page.select_procedure("P1")
    rows = page.checklist.rows
    assert len(rows) == 3
    assert "chỉ xuất trình" in rows[2].label.text()
    # a document only shown leaves no paper: no copies to count, nothing to attach
    rows[2].tick.setChecked(True)
    assert rows[2].form.isEnabled() and not rows[2].attach.isEnabled()
    assert not rows[2].quantity.isEnabled()
    # clicking the name ticks the row, as a checkbox's own text would
    qtbot.mouseClick(rows[1].label, Qt.MouseButton.LeftButton)
    assert rows[1].tick.isChecked()
    rows[1].tick.setChecked(False)
    # the form combo offers only the accepted forms
    assert [rows[0].form.itemData(i) for i in range(rows[0].form.count())] == [
        "original", "certified_copy"]
    assert not rows[0].form.isEnabled()
    type_text(page.applicant.full_name, "Phạm Minh Đức")
    qtbot.waitUntil(lambda: len(page.missing) == 2)
    assert not page.receive_button.isEnabled() and page.supplement_button.isEnabled()
    assert "Yêu cầu bổ sung" in page.hint.text()
    rows[0].tick.setChecked(True)
    rows[1].tick.setChecked(True)
    qtbot.waitUntil(lambda: page.missing == [])
    assert page.receive_button.isEnabled()
    assert "Ctrl+Enter" in page.hint.text()


def test_supplement_lists_the_missing_components_as_reason(qtbot: Any, runner: Any) -> None:
    reception = FakeReception()
    page = _page(qtbot, runner, reception)
    got: list[Any] = []
    page.received.connect(lambda s, d: got.append(d))
    page.select_procedure("P1")
    type_text(page.applicant.full_name, "Phạm Minh Đức")
    page.checklist.rows[0].tick.setChecked(True)
    qtbot.waitUntil(lambda: len(page.missing) == 1)
    page.supplement_button.click()
    qtbot.waitUntil(lambda: got == ["supplement"])
    draft = reception.drafts[0]
    assert draft.decision == "supplement"
    assert draft.reason == "Hồ sơ còn thiếu: Giấy xác nhận tình trạng hôn nhân."


def test_refusal_needs_a_reason(qtbot: Any, runner: Any) -> None:
    reception = FakeReception()
    page = _page(qtbot, runner, reception)
    page.select_procedure("P2")
    type_text(page.applicant.full_name, "Phạm Minh Đức")
    page.refuse_button.click()
    assert "lý do" in page.hint.text().lower()
    assert QApplication.focusWidget() is page.reason
    assert reception.drafts == []


def test_store_failure_is_a_sentence_and_keeps_the_input(qtbot: Any, runner: Any) -> None:
    reception = FakeReception()
    reception.fail_with = StoreError("disk_full", "")
    page = _page(qtbot, runner, reception)
    page.select_procedure("P2")
    type_text(page.applicant.full_name, "Phạm Minh Đức")
    page.checklist.rows[0].tick.setChecked(True)
    qtbot.waitUntil(lambda: page.missing == [] and page.receive_button.isEnabled())
    page.receive_button.click()
    box = None

    def shown() -> bool:
        nonlocal box
        box = page.findChild(QMessageBox, "errorBox")
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown)
    assert box.text() == "Ổ đĩa đã đầy; chưa có gì bị thay đổi."
    assert page.applicant.full_name.text() == "Phạm Minh Đức"  # nothing lost
    assert page.receive_button.isEnabled()
    box.close()


def test_unexpected_error_never_shows_a_traceback() -> None:
    text = error_text(ZeroDivisionError("division by zero"))
    assert "division" not in text and "Traceback" not in text
    assert text.startswith("Đã xảy ra lỗi không mong đợi")
    # a code the client has no sentence for falls back to the core's Vietnamese message
    assert error_text(StoreError("serial_exhausted", "")).startswith("Quầy này đã dùng hết")


def test_cancel_reaches_the_service(qtbot: Any, runner: Any) -> None:
    reception = FakeReception()
    reception.release.clear()  # receive() waits until released
    page = _page(qtbot, runner, reception)
    page.select_procedure("P2")
    type_text(page.applicant.full_name, "Phạm Minh Đức")
    page.checklist.rows[0].tick.setChecked(True)
    qtbot.waitUntil(lambda: page.receive_button.isEnabled())
    page.receive_button.click()
    worker = page.last_worker
    with qtbot.waitSignal(worker.signals.error) as blocker:
        worker.cancel()
        reception.release.set()
    assert blocker.args[0].code == "cancelled"
    assert reception.drafts == []


def test_search_as_you_type_without_diacritics(qtbot: Any, runner: Any) -> None:
    reception = FakeReception()
    services = ClientServices(FakeAccounts(), reception, counter_name="Quầy 2")
    for name in ("Nguyễn Văn An", "Trần Thị Bích", "Nguyễn Thị Hoa"):
        reception.receive(ReceptionDraft("P2", PersonInput(name), None,
                                         [ComponentInput("P2#1", "x", "original")]), OFFICER)
    window = MainWindow(services, runner, OFFICER)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert "Quầy 2" in window.heading.text()
    with qtbot.waitSignal(window.dossiers_loaded, timeout=5000):
        qtbot.keyClicks(window.search, "nguyen")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    with qtbot.waitSignal(window.dossiers_loaded, timeout=5000):
        type_text(window.search, " thị")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.row_at(0).applicant_name == "Nguyễn Thị Hoa"


def test_every_field_has_a_key(qtbot: Any, runner: Any) -> None:
    page = _page(qtbot, runner, FakeReception())
    page.select_procedure("P1")
    focus = QApplication.focusWidget
    qtbot.waitUntil(lambda: focus() is page.applicant.full_name)  # choosing moves on by itself
    for key, widget in (
        (Qt.Key.Key_1, page.procedure_edit),
        (Qt.Key.Key_2, page.applicant.full_name),
        (Qt.Key.Key_3, page.checklist.rows[0].tick),
        (Qt.Key.Key_4, page.delivery),
        (Qt.Key.Key_D, page.applicant.id_number),
        (Qt.Key.Key_S, page.applicant.birth_date),
        (Qt.Key.Key_R, page.delivery),
        (Qt.Key.Key_L, page.reason),
    ):
        qtbot.keyClick(focus(), key, Qt.KeyboardModifier.AltModifier)
        assert focus() is widget, f"Alt+{key.name} -> {focus().objectName()}"
    # the decision buttons answer their letters too: Alt+C asks for a refusal reason
    type_text(page.applicant.full_name, "Phạm Minh Đức")
    qtbot.keyClick(focus(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focus() is page.reason)  # a mnemonic "animates" the click first
    assert "lý do" in page.hint.text().lower()


def test_escape_asks_before_discarding_a_started_reception(qtbot: Any, runner: Any) -> None:
    from PySide6.QtCore import QTimer

    services = ClientServices(FakeAccounts(), FakeReception(), counter_name="Quầy 2")
    window = MainWindow(services, runner, OFFICER)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.new_reception()
    page = window.reception_page
    type_text(page.applicant.full_name, "Phạm Minh Đức")

    def answer(text: str) -> None:
        box = next(b for b in window.findChildren(QMessageBox, "discardBox") if b.isVisible())
        buttons = {b.text(): b for b in box.buttons()}
        (buttons.get(text) or box.buttons()[0]).click()

    QTimer.singleShot(200, lambda: answer("&Tiếp tục nhập"))
    qtbot.keyClick(page.applicant.full_name, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is page
    assert page.applicant.full_name.text() == "Phạm Minh Đức"
    show_active(qtbot, window)  # offscreen, the closed box keeps the activation
    QTimer.singleShot(200, lambda: answer("&Bỏ hồ sơ này"))
    qtbot.keyClick(page.applicant.full_name, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == window.HOME
    assert page.applicant.full_name.text() == ""
