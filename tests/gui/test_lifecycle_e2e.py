"""Issue 12, "It must show" point 1: a dossier's whole life driven through the client by keyboard
on a real demo store, with the services' clock moved between the steps (DESK_APP_CLOCK, then the
clock object of the composition root):

received at the counter (Monday) → handed to the specialist unit → due soon on Thursday: the
warning and Mẫu 04 (apology, new date) printed → the result comes back on Friday, after the first
due date: scanned from SANE's `test` backend and digitised → returned on Friday after reading the
citizen's ID card → the Mẫu 06 control sheet and the Mẫu 07 ledger, read back with pdftotext,
show each step with its real time.

Only the native file dialogs are replaced (they cannot be driven); everything else is keys.
With DESK_APP_SCREENSHOTS set, the main window's views and the return step are saved there."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.gui.helpers import show_active, type_focused
from tests.wiring.conftest import sane_config  # noqa: F401 (fixture)

SHOTS = Path(os.environ.get("DESK_APP_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))
MONDAY = dt.datetime(2026, 11, 30, 9, 0)  # T.KS: 3 working days → due Thursday 03/12 17:00
THURSDAY = dt.datetime(2026, 12, 3, 9, 15)
FRIDAY = dt.datetime(2026, 12, 4, 10, 5)


def _key(qtbot: Any, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def _text(data: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def _active_dialog(qtbot: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind)
                    or isinstance(QApplication.activeWindow(), kind), timeout=15_000)
    found = QApplication.activeModalWidget()
    dialog = found if isinstance(found, kind) else QApplication.activeWindow()
    # offscreen, a window opened from another gets the keyboard late (a window manager gives it
    # at once): wait until it holds it
    show_active(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5_000)
    return dialog


@pytest.fixture()
def life(ctx: Any, sane_config: Path, monkeypatch: pytest.MonkeyPatch) -> Any:  # noqa: F811
    """An empty demo store (the only kind that honours DESK_APP_CLOCK) with the test procedure,
    the services of the composition root with the clock set to Monday 09:00, and canbo1."""
    from desk_app.bootstrap import build_services
    from desk_app.demo.dossiers import create_demo_data
    from tests.fixtures_catalog import add_test_procedure
    from ui.services import ClientServices

    monkeypatch.setenv("DESK_APP_CLOCK", MONDAY.isoformat())
    create_demo_data(ctx, 0)
    with ctx.sessions.begin() as s:
        add_test_procedure(s)
    root = build_services(ctx)
    services = replace(ClientServices.from_root(root), sync=None)
    officer = root.accounts.login("canbo1", "Canbo1@2026")
    return root, services, officer


def test_a_dossier_s_whole_life_by_keyboard(qtbot: Any, life: Any, runner: Any, tmp_path: Path,
                                            page_files: list[Path], monkeypatch: Any) -> None:
    from desk_app.demo.id_cards import make_sample
    from desk_app.domain.types import DocumentKind
    from ui.idcard.idcard_dialog import IdCardDialog
    from ui.lifecycle.apology_dialog import ApologyDialog
    from ui.lifecycle.handover_dialog import HandoverDialog
    from ui.lifecycle.result_dialog import ResultDialog
    from ui.lifecycle.return_dialog import ReturnDialog
    from ui.main_window import MainWindow

    root, services, officer = life
    clock = root.clock
    sample, photo = make_sample(4, with_qr=True, hard=False)
    person = sample.person
    card = tmp_path / "the-card.jpg"
    photo.save(card, "JPEG", quality=92)

    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    show_active(qtbot, window)
    views = window.views
    assert views is not None
    qtbot.waitUntil(lambda: views.counts_loaded >= 1, timeout=15_000)

    # --- Monday 09:00: received at the counter -------------------------------------------------
    _key(qtbot, Qt.Key.Key_F2)
    page = window.reception_page
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    qtbot.keyClicks(page.procedure_edit, "T.KS")
    qtbot.waitUntil(lambda: page.completer.popup().isVisible())
    qtbot.keyClick(page.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(page.completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.procedure is not None)
    # offscreen, the popup's activation arrives late and drags the focus back to the procedure
    # box (tests/gui/test_reception_e2e.py): wait for it, then give the window the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.completer.popup())
    show_active(qtbot, window)
    page.procedure_edit.setFocus()
    _key(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Kênh nộp"
    assert QApplication.focusWidget() is page.channel.combo
    assert page.channel.channel() == "counter"
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.applicant.full_name
    type_focused(person.name)
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.applicant.id_number
    qtbot.keyClicks(QApplication.focusWidget(), person.number)
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), person.birth_date.strftime("%d/%m/%Y"))
    chosen = [[str(page_files[0])], [str(page_files[1])]]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: (chosen.pop(0), "")))
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    rows = page.checklist.rows
    for n in (0, 1):
        # Space ticks; Space on "Đính kèm…" opens the component's page window, whose "Nhập tệp…"
        # takes the file; Alt+X ("Xong") closes it
        rows[n].tick.setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        rows[n].attach.setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda n=n: rows[n].dialog is not None and rows[n].dialog.isVisible())
        pages_window = rows[n].dialog
        show_active(qtbot, pages_window)
        pages_window.strip.import_button.setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda n=n: rows[n].page_count == 1, timeout=20_000)
        qtbot.keyClick(pages_window, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda w=pages_window: not w.isVisible())
        show_active(qtbot, window)
    qtbot.waitUntil(lambda: page.missing == [] and page.receive_button.isEnabled(), timeout=10_000)
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.preview is not None, timeout=30_000)
    qtbot.waitUntil(lambda: len(window.preview.images) >= 1, timeout=30_000)
    window.preview.close()
    [summary] = services.reception.list_dossiers(None, "")  # the store's only dossier
    code = summary.code
    assert summary.received_at == MONDAY
    assert summary.due_at == dt.datetime(2026, 12, 3, 17, 0)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: window.selected_code() == code, timeout=10_000)

    # --- the receipt's QR: the hand scanner types the code and Enter ---------------------------
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, code)
    _key(qtbot, Qt.Key.Key_Return)
    details = window.details_page
    actions = window.lifecycle_actions
    assert actions is not None
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.DETAILS
                    and actions.state is not None and actions.state.summary.code == code,
                    timeout=15_000)
    assert "quét mã QR" in window.statusBar().currentMessage()

    # --- Monday 09:30: handed to the specialist unit (F6, Enter) ------------------------------
    clock.set(MONDAY.replace(minute=30))
    loaded = actions.steps_loaded
    _key(qtbot, Qt.Key.Key_F6)
    handover = _active_dialog(qtbot, HandoverDialog)
    assert handover.unit.currentData() == "specialist"
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=15_000)
    assert "Đã ghi bàn giao" in window.statusBar().currentMessage()
    assert actions.state.summary.status == "in_progress"
    assert any("Cơ quan chuyên môn" in row[2] and "30/11/2026" in row[0]
               for row in actions.steps.texts())
    assert not actions.banner.isVisible()

    # --- Thursday 09:15: due today — warned, Mẫu 04 offered and printed ----------------------
    clock.set(THURSDAY)
    show_active(qtbot, window)  # offscreen, a closed dialog hands the keyboard back late
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.HOME)
    qtbot.waitUntil(lambda: views.counts.get("due_soon") == 1, timeout=15_000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # "Sắp đến hạn"
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.selected_code() == code,
                    timeout=15_000)
    # the view's rows come back on a worker: the due column then says it, besides the colour
    qtbot.waitUntil(lambda: "sắp đến hạn" in str(window.model.index(0, window.model.DUE).data()),
                    timeout=15_000)
    assert window.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    window.grab().save(str(SHOTS / "lifecycle-main-due-soon.png"))
    window.table.setFocus()
    loaded = actions.steps_loaded
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=15_000)
    assert actions.banner.isVisible() and "SẮP ĐẾN HẠN" in actions.banner.text()
    assert "Mẫu 04" in actions.banner.text()
    assert QApplication.focusWidget() is actions.buttons["apology"]
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=15_000)  # thumbnails drawn
    window.grab().save(str(SHOTS / "lifecycle-details-due-soon.png"))
    _key(qtbot, Qt.Key.Key_F8)
    apology = _active_dialog(qtbot, ApologyDialog)
    type_focused("Cần xác minh thêm thông tin tại Sở Tư pháp")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is apology.new_date
    qtbot.keyClicks(apology.new_date, "07122026")
    loaded = actions.steps_loaded
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: details.preview is not None and len(details.preview.images) >= 1,
                    timeout=30_000)
    text04 = _text(details.preview.data, tmp_path, "mau04.pdf")
    assert "xin lỗi" in text04.lower() and code in text04 and "07/12/2026" in text04
    details.preview.close()
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=15_000)
    assert actions.state.summary.new_due_at == dt.datetime(2026, 12, 7, 17, 0)

    # --- Friday 10:05: the result comes back (after the first due date), scanned, digitised ---
    clock.set(FRIDAY)
    show_active(qtbot, window)
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.HOME)
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # "Chờ kết quả"
    qtbot.waitUntil(lambda: window.selected_code() == code, timeout=15_000)
    window.table.setFocus()
    loaded = actions.steps_loaded
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=15_000)
    _key(qtbot, Qt.Key.Key_F7)
    result = _active_dialog(qtbot, ResultDialog)
    assert QApplication.focusWidget() is result.pages_button
    _key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: result.page_set.dialog is not None, timeout=15_000)
    pages_window = result.page_set.dialog
    show_active(qtbot, pages_window)
    qtbot.keyClick(pages_window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # "&Quét…"
    qtbot.waitUntil(lambda: pages_window.scan_dialog is not None, timeout=10_000)
    scan = pages_window.scan_dialog
    show_active(qtbot, scan)
    qtbot.waitUntil(lambda: scan.scan_button.isEnabled(), timeout=30_000)
    with qtbot.waitSignal(scan.scan_finished, timeout=90_000) as scanned:
        qtbot.keyClick(scan, Qt.Key.Key_Return)  # "Quét" is the default button
    assert scanned.args == [1]
    qtbot.keyClick(scan, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pages_window.scan_dialog is None, timeout=10_000)
    show_active(qtbot, pages_window)
    qtbot.keyClick(pages_window, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # "&Xong"
    qtbot.waitUntil(lambda: result.page_set.dialog is None and result.page_set.count() == 1,
                    timeout=10_000)
    show_active(qtbot, result)
    loaded = actions.steps_loaded
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=300_000)
    assert "số hoá" in window.statusBar().currentMessage()
    state = actions.state
    assert state.summary.status == "resolved" and state.summary.timeliness == "late"
    assert state.summary.resolved_at == FRIDAY
    # the result's pages digitised into one searchable PDF/A, kept with the dossier
    detail = services.reception.dossier(code)
    assert DocumentKind.RESULT in [d.kind for d in detail.documents]
    result_pdf = services.reception.document_pdf(code, DocumentKind.RESULT)
    assert result_pdf.startswith(b"%PDF") and b"pdfaid" in result_pdf

    # --- Friday 10:20: returned to the citizen after reading the ID card -----------------------
    clock.set(FRIDAY.replace(minute=20))
    show_active(qtbot, window)
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.HOME)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # "Chờ trả"
    qtbot.waitUntil(lambda: window.selected_code() == code and views.counts.get(
        "ready_to_return") == 1 and window.model.row_at(0).status == "resolved", timeout=15_000)
    window.grab().save(str(SHOTS / "lifecycle-main-ready-to-return.png"))
    window.table.setFocus()
    loaded = actions.steps_loaded
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=15_000)
    _key(qtbot, Qt.Key.Key_F10)
    back = _active_dialog(qtbot, ReturnDialog)
    assert QApplication.focusWidget() is back.read_card
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(card), "")))
    _key(qtbot, Qt.Key.Key_Space)
    reader = _active_dialog(qtbot, IdCardDialog)
    qtbot.keyClick(reader, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Chọn ảnh…"
    qtbot.waitUntil(lambda: reader.result_read is not None, timeout=90_000)
    qtbot.waitUntil(reader.confirm.isEnabled)
    qtbot.keyClick(reader, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # "&Xác nhận…"
    qtbot.waitUntil(lambda: back.card_read, timeout=10_000)
    show_active(qtbot, back)
    assert back.id_number.text() == person.number
    assert back.check.text().startswith("✓")
    assert back.when.dateTime().toPython() == FRIDAY.replace(minute=20)
    back.grab().save(str(SHOTS / "lifecycle-return.png"))
    loaded = actions.steps_loaded
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.steps_loaded > loaded, timeout=15_000)
    assert "Đã trả kết quả" in window.statusBar().currentMessage()
    state = actions.state
    assert state.summary.status == "returned" and state.summary.timeliness == "late"
    assert state.summary.returned_at == FRIDAY.replace(minute=20)
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=15_000)  # thumbnails drawn
    details.grab().save(str(SHOTS / "lifecycle-details-returned.png"))

    # --- Mẫu 06 and Mẫu 07 read back: each step with its real time ----------------------------
    show_active(qtbot, window)
    _key(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: actions.preview is not None and len(actions.preview.images) >= 1,
                    timeout=30_000)
    sheet = _text(actions.preview.data, tmp_path, "mau06.pdf")
    actions.preview.close()
    assert code in sheet
    # hand-over Monday 09:30 (early), the apology Thursday, the result and the return on Friday
    # (late: after the first due date, apology or not)
    for moment in (MONDAY.replace(minute=30), THURSDAY, FRIDAY, FRIDAY.replace(minute=20)):
        assert _vn_time(moment) in sheet, (_vn_time(moment), sheet)
    assert sheet.index(_vn_time(MONDAY.replace(minute=30))) < sheet.index("Trước hạn")
    assert "Xin lỗi" in sheet and "07/12/2026" in sheet
    assert sheet.count("Quá hạn") >= 2
    assert root.reports is not None
    ledger = _text(root.reports.ledger_pdf(MONDAY.date(), FRIDAY.date()), tmp_path, "mau07.pdf")
    assert code in ledger
    # received, due, returned (with their times), and late with the apology's new date
    assert "30/11/2026" in ledger and "03/12/2026" in ledger and "04/12/2026" in ledger
    assert "09:00" in ledger and "17:00" in ledger and "10:20" in ledger
    assert "Quá hạn" in ledger and "07/12/2026" in ledger
    window.close()


def _vn_time(moment: dt.datetime) -> str:
    """How the forms write a time (desk_app/forms/layout.py vn_datetime)."""
    from desk_app.forms.layout import vn_datetime

    return " ".join(vn_datetime(moment).split())
