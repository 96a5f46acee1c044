"""A whole reception driven through the GUI with the keyboard, typing Vietnamese, on a real store:
the stored dossier and its Mẫu 01 receipt (read back with pdftotext) are checked."""
from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desk_app.domain.text import fold
from tests.gui.helpers import show_active, type_focused, type_text
from ui.main_window import MainWindow

NAME = "Nguyễn Thị Hồng Nhung"
ADDRESS = "Số 5 Lạch Tray, phường Ngô Quyền, Hải Phòng"


def _key(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_whole_reception_by_keyboard(
    qtbot: Any, real: Any, runner: Any, page_files: list[Path], tmp_path: Path, monkeypatch: Any
) -> None:
    services, officer = real
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    show_active(qtbot, window)

    # F2 opens a new reception with the focus in the procedure box
    _key(qtbot, Qt.Key.Key_F2)
    page = window.reception_page
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    assert QApplication.focusWidget() is page.procedure_edit

    # type-ahead without diacritics, pick with ↓ Enter
    qtbot.keyClicks(page.procedure_edit, "khai sinh thu")
    popup = page.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.procedure is not None)
    assert page.procedure.code == "T.KS"
    # offscreen, the popup's activation arrives late, is never handed back (a window manager does
    # that) and drags the focus back to the procedure box; there Enter moves on to the applicant
    qtbot.waitUntil(lambda: QApplication.activeWindow() is popup)
    show_active(qtbot, window)
    if QApplication.focusWidget() is page.procedure_edit:
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.applicant.full_name)

    # applicant in Vietnamese, moving with Tab as an officer does
    type_focused(NAME)
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "031195001234")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "02/03/1995")
    _key(qtbot, Qt.Key.Key_Tab)  # sex
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)  # Nữ
    _key(qtbot, Qt.Key.Key_Tab)  # phone
    qtbot.keyClicks(QApplication.focusWidget(), "0912345678")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.applicant.address
    type_focused(ADDRESS)
    assert page.applicant.sex.currentData() == "female"
    # the ID number matches the birth date and sex: no warning shown
    qtbot.waitUntil(lambda: not page.applicant.warnings.isVisible() and runner.active_count == 0)

    # nothing ticked yet: two required components are missing, the receipt is not offered
    qtbot.waitUntil(lambda: len(page.missing) == 2)
    assert not page.receive_button.isEnabled()
    assert "Tờ khai đăng ký khai sinh" in page.missing_label.text()

    # components: Alt+3 jumps to the checklist; Space ticks; the file dialog is the only thing
    # replaced (a native dialog cannot be driven), the attach button is pressed by keyboard
    chosen: list[list[str]] = [[str(page_files[0])], [str(p) for p in page_files[1:]]]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (chosen.pop(0), ""))
    )
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    rows = page.checklist.rows
    assert QApplication.focusWidget() is rows[0].tick
    _key(qtbot, Qt.Key.Key_Space)
    assert rows[0].tick.isChecked()
    rows[0].attach.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert len(rows[0].files) == 1
    _key(qtbot, Qt.Key.Key_Tab)  # -> row 2 tick
    assert QApplication.focusWidget() is rows[1].tick
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_Tab)  # -> row 2 form
    idx = rows[1].form.findData("photocopy_with_original")
    while rows[1].form.currentIndex() < idx:
        _key(qtbot, Qt.Key.Key_Down)
    assert rows[1].original.isChecked()  # the original was in hand
    rows[1].attach.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert len(rows[1].files) == 2
    qtbot.waitUntil(lambda: page.missing == [] and page.receive_button.isEnabled())
    assert "Ctrl+Enter" in page.hint.text()

    # Ctrl+Enter receives; the receipt preview opens on its own
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.preview is not None, timeout=20_000)
    preview = window.preview
    qtbot.waitUntil(lambda: len(preview.images) >= 1, timeout=20_000)
    assert window.stack.currentIndex() == window.HOME

    # the stored dossier, through the service
    dossiers = services.reception.list_dossiers(None, fold(NAME))
    assert len(dossiers) == 1
    summary = dossiers[0]
    assert summary.applicant_name == NAME
    assert summary.status == "received"
    assert summary.pages == 3
    detail = services.reception.dossier(summary.code)
    forms = {c.name: (c.form, c.original_shown) for c in detail.components}
    assert forms["Tờ khai đăng ký khai sinh"] == ("original", False)
    assert forms["Giấy chứng sinh"] == ("photocopy_with_original", True)
    assert [d.kind for d in detail.documents] == ["mau01"]

    # the receipt itself, read back as text
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(services.reception.document_pdf(summary.code, "mau01"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert summary.code in text
    assert NAME in text
    assert "Giấy chứng sinh" in text
    # the same bytes are in the preview's Save
    assert preview.data == pdf.read_bytes()
    preview.close()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.selected_code() == summary.code

    # the day's list finds her without diacritics, and not someone else
    show_active(qtbot, window)  # offscreen, the closed preview keeps the activation
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    with qtbot.waitSignal(window.dossiers_loaded, timeout=10_000):
        qtbot.keyClicks(window.search, "hong nhung")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.search.clear()
    with qtbot.waitSignal(window.dossiers_loaded, timeout=10_000):
        qtbot.keyClicks(window.search, "nguyen van")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and window.empty_hint.isVisible())


def test_id_number_warnings_inline(qtbot: Any, real: Any, runner: Any) -> None:
    services, officer = real
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.new_reception()
    page = window.reception_page
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    page.select_procedure("T.KS")
    form = page.applicant
    form.id_number.setText("031195001234")  # born 1995, female (digit 4 = 1)
    form.birth_date.setText("02/03/1996")
    form.check_requested.emit()
    qtbot.waitUntil(form.warnings.isVisible)
    assert "Năm sinh không khớp với số định danh" in form.warnings.text()
    form.birth_date.setText("02/03/1995")
    form.sex.setCurrentIndex(1)  # Nam: the number says female
    qtbot.waitUntil(lambda: "Giới tính không khớp" in form.warnings.text())
    assert "Năm sinh" not in form.warnings.text()
    form.id_number.setText("12345")
    form.check_requested.emit()
    qtbot.waitUntil(lambda: "đúng 12 chữ số" in form.warnings.text())


def _pdf_text(data: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _start(qtbot: Any, real: Any, runner: Any) -> tuple[Any, Any, Any]:
    services, officer = real
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.new_reception()
    page = window.reception_page
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    page.select_procedure("T.KS")
    return services, window, page


def test_incomplete_dossier_gets_a_supplement_request(
    qtbot: Any, real: Any, runner: Any, page_files: list[Path], tmp_path: Path
) -> None:
    services, window, page = _start(qtbot, real, runner)

    type_text(page.applicant.full_name, "Hoàng Văn Thái")
    page.checklist.attach_files(0, page_files[:1])  # the form only; no birth certificate
    qtbot.waitUntil(lambda: len(page.missing) == 1 and page.supplement_button.isEnabled())
    page.supplement_button.click()
    qtbot.waitUntil(lambda: window.preview is not None, timeout=20_000)
    [summary] = services.reception.list_dossiers(None, "hoang van thai")
    assert summary.status == "supplement_requested"
    detail = services.reception.dossier(summary.code)
    assert [d.kind for d in detail.documents] == ["mau02"]
    assert "Giấy chứng sinh" in detail.reason
    text = _pdf_text(services.reception.document_pdf(summary.code, "mau02"), tmp_path, "m02.pdf")
    assert "Hoàng Văn Thái" in text and "Giấy chứng sinh" in text
    qtbot.waitUntil(lambda: len(window.preview.images) >= 1, timeout=20_000)
    window.preview.close()


def test_out_of_competence_gets_a_refusal(
    qtbot: Any, real: Any, runner: Any, tmp_path: Path
) -> None:

    services, window, page = _start(qtbot, real, runner)
    type_text(page.applicant.full_name, "Lý Thị Mỹ")
    reason = "Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường"
    type_text(page.reason, reason)
    qtbot.waitUntil(page.refuse_button.isEnabled)
    page.refuse_button.click()
    qtbot.waitUntil(lambda: window.preview is not None, timeout=20_000)
    [summary] = services.reception.list_dossiers(None, "ly thi my")
    assert summary.status == "refused"
    assert [d.kind for d in services.reception.dossier(summary.code).documents] == ["mau03"]
    text = _pdf_text(services.reception.document_pdf(summary.code, "mau03"), tmp_path, "m03.pdf")
    assert "Lý Thị Mỹ" in text
    assert "thẩm quyền" in " ".join(text.split())
    qtbot.waitUntil(lambda: len(window.preview.images) >= 1, timeout=20_000)
    window.preview.close()
