"""Capture wired into the client (offscreen, real store, SANE's test backend): a component's
"Đính kèm…" opens its page strip, "Quét…" the scan dialog with the catalog's colour default;
staged pages are saved with the dossier; the details page adds pages to a saved component."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from desk_app.domain.text import fold
from tests.gui.helpers import type_text
from ui.main_window import MainWindow

NAME = "Nguyễn Thị Hồng Nhung"


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("DESK_APP_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _drop(widget: Any, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_reception_pages_by_import_drop_and_scan_are_saved_with_the_dossier(
    qtbot: Any, wired: Any, runner: Any, page_files: list[Path], tmp_path: Path
) -> None:
    services, officer = wired
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.show()
    window.new_reception()
    page = window.reception_page
    qtbot.waitUntil(lambda: len(page._procedures) > 0)
    page.select_procedure("T.KS")
    type_text(page.applicant.full_name, NAME)
    rows = page.checklist.rows
    # a scan button per paper component; the shown-only ID card has neither scan nor attach
    assert rows[0].scan is not None and rows[0].attach.text() == "Đính kèm…"

    # 1. "Đính kèm…" opens the component's page strip; a file dropped there becomes a page
    opened: list[Any] = []
    page.checklist.pages_dialog_opened.connect(opened.append)
    rows[0].tick.setChecked(True)
    rows[0].attach.click()
    dialog0 = opened[-1]
    assert dialog0.isVisible() and "Tờ khai đăng ký khai sinh" in dialog0.windowTitle()
    assert "xám" in dialog0.hint.text()  # the catalog says grey for the form
    _drop(dialog0.strip, [page_files[0]])
    qtbot.waitUntil(lambda: dialog0.strip.count() == 1, timeout=20_000)
    assert rows[0].files_label.text() == "1 trang"

    # a bad file dropped gives a Vietnamese dialog and adds nothing
    bad = tmp_path / "ghi-chu.pdf"
    bad.write_text("không phải PDF")
    _drop(dialog0.strip, [bad])
    qtbot.waitUntil(lambda: dialog0.strip.last_error is not None, timeout=10_000)
    box: QMessageBox = dialog0.strip.last_error
    assert "Không có trang nào" in box.informativeText()
    assert box.text() and box.text() != box.informativeText()
    box.close()
    assert dialog0.strip.count() == 1
    dialog0.done_button.click()
    assert not dialog0.isVisible()

    # 2. "Quét…" on the birth certificate: the scan dialog opens in colour (the catalog says so)
    rows[1].tick.setChecked(True)
    rows[1].form.setCurrentIndex(rows[1].form.findData("photocopy_with_original"))
    rows[1].scan.click()
    dialog1 = opened[-1]
    scan = dialog1.scan_dialog
    assert scan is not None and scan.mode.currentData() == "colour"
    qtbot.waitUntil(lambda: scan.device.count() > 0, timeout=20_000)
    assert scan.device.currentData().startswith("test:")
    scan.count.setValue(2)
    scan.dpi.setCurrentIndex(scan.dpi.findData(200))
    scan.page_size.setCurrentIndex(scan.page_size.findData("A5"))
    scan.device_options["test-picture"] = "Color pattern"  # the backend's default is solid black
    with qtbot.waitSignal(scan.scan_finished, timeout=90_000) as done:
        scan.start_scan()
    assert done.args == [2]
    qtbot.waitUntil(lambda: dialog1.strip.count() == 2, timeout=10_000)
    _shot(dialog1, "reception-pages-strip.png")
    _shot(scan, "reception-scan.png")
    scan.close()
    qtbot.waitUntil(lambda: dialog1.scan_dialog is None)
    # reorder in the strip: the second scanned page first
    keys = dialog1.strip.keys()
    dialog1.strip.list.setCurrentRow(1)
    dialog1.strip.move_selected(-1)
    qtbot.waitUntil(lambda: dialog1.strip.keys() == [keys[1], keys[0]], timeout=10_000)
    # the lock hides the page window (citizens' scans); the pages stay with the row
    window.lock()
    assert not dialog1.isVisible() and window.is_locked()
    window.lock_dialog.password.setText("matkhau123")
    window.lock_dialog.login_button.click()
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=15_000)
    rows[1].attach.click()
    assert dialog1.isVisible() and dialog1.strip.count() == 2
    dialog1.done_button.click()
    assert rows[1].files_label.text() == "2 trang"
    _shot(window, "reception-pages.png")

    # 3. receive: the staged pages go into the dossier with it, in the strip's order
    qtbot.waitUntil(lambda: page.receive_button.isEnabled(), timeout=10_000)
    page.receive_button.click()
    qtbot.waitUntil(lambda: window.preview is not None, timeout=30_000)
    window.preview.close()
    [summary] = services.reception.list_dossiers(None, fold(NAME))
    assert summary.pages == 3
    detail = services.reception.dossier(summary.code)
    by_comp = {c.id: c.name for c in detail.components}
    names = [by_comp[p.component_id] for p in sorted(detail.pages, key=lambda p: p.position)]
    assert names == ["Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Giấy chứng sinh"]
    certificate = [p for p in detail.pages if by_comp[p.component_id] == "Giấy chứng sinh"]
    assert [p.sha256 for p in sorted(certificate, key=lambda p: p.position)] == [
        dialog1.pages.pages()[0].sha256, dialog1.pages.pages()[1].sha256]
    assert [d.kind for d in detail.documents] == ["mau01"]


def test_details_page_adds_pages_to_a_saved_component(
    qtbot: Any, wired: Any, runner: Any, page_files: list[Path]
) -> None:
    import datetime as dt

    from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft

    services, officer = wired
    summary = services.reception.receive(ReceptionDraft(
        procedure_code="T.KS",
        applicant=PersonInput(NAME, "031195001234", dt.date(1995, 3, 2), "female", "Hải Phòng"),
        components=[ComponentInput("T.KS#1", "Tờ khai đăng ký khai sinh", "original",
                                   files=[page_files[0]]),
                    ComponentInput("T.KS#2", "Giấy chứng sinh", "photocopy_with_original",
                                   original_shown=True)],
    ), officer)
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.show()
    window.open_dossier(summary.code)
    details = window.details_page
    qtbot.waitUntil(lambda: details.detail is not None and details.thumbs.count() == 1,
                    timeout=20_000)
    assert details.capture_button.isVisible()
    details.components.setCurrentCell(1, 0)  # the birth certificate, no page yet
    assert details.capture_button.isEnabled()
    qtbot.waitUntil(lambda: details._thumbs_pending == 0, timeout=20_000)
    _shot(window, "details-capture.png")
    opened: list[Any] = []
    details.pages_dialog_opened.connect(opened.append)
    details.capture_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    dialog = opened[0]
    assert dialog.settings.mode.value == "colour" and "Giấy chứng sinh" in dialog.windowTitle()
    assert "ngay khi thêm" in dialog.hint.text()
    dialog.strip.import_files(page_files[1:])
    qtbot.waitUntil(lambda: dialog.strip.count() == 2, timeout=20_000)
    assert dialog.isVisible()
    _shot(dialog, "details-pages.png")
    dialog.done_button.click()
    # closing reloads the dossier: three pages now, the new two under the certificate
    qtbot.waitUntil(lambda: details.thumbs.count() == 3, timeout=20_000)
    detail = services.reception.dossier(summary.code)
    comp_id = detail.components[1].id
    assert len([p for p in detail.pages if p.component_id == comp_id]) == 2


def test_the_composition_root_wires_capture_and_english_reaches_it(
    qtbot: Any, wired: Any, runner: Any, home: Path, page_files: list[Path]
) -> None:
    from ui.app import open_client_services
    from ui.i18n import Translators
    from ui.reception.component_checklist import ComponentChecklist

    ctx, services, _has = open_client_services(home)
    try:
        assert services.capture is not None and services.capture.ctx is ctx
        assert services.reports is not None and services.digitise is not None
        assert services.supervision is not None
    finally:
        ctx.close()
    wired_services, _officer = wired
    translators = Translators()
    translators.install("en")
    try:
        checklist = ComponentChecklist(capture=wired_services.capture, runner=runner)
        qtbot.addWidget(checklist)
        checklist.set_procedure(wired_services.reception.procedure("T.KS"))
        assert checklist.rows[0].scan.text() == "Scan…"
        checklist.attach_files(0, [page_files[0]])  # through the strip: counted in pages
        qtbot.waitUntil(lambda: checklist.rows[0].page_count == 1, timeout=20_000)
        assert checklist.rows[0].files == [] and checklist.rows[0].files_label.text() == "1 page"
        dialog = checklist.open_pages(1)
        assert dialog.windowTitle() == "Pages of: Giấy chứng sinh"
        assert dialog.scan_button.text() == "&Scan…" and "colour" in dialog.hint.text()
        dialog.close()
    finally:
        translators.install("vi")
