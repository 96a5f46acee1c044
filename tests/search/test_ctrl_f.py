"""Ctrl+F in the main window looks in the pages' text: a dossier received through the reception
service, its pages read by real Tesseract; the officer types words without diacritics, sees how
many pages hold them, chooses one and gets the dossier with that page over it, the words boxed in
yellow on the image. An ID number lists the citizen's dossier; words found nowhere are said so.
With DESK_APP_SCREENSHOTS set, the result is saved there as search-page-highlight.png."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter

from desk_app.demo.ocr_pages import make_page, png_bytes
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from tests.gui.conftest import real  # noqa: F401 (the GUI area's store and officer)
from tests.gui.helpers import show_active

ID_NUMBER = "001190001234"


def _store(ctx: Any, pair: Any, tmp_path: Path) -> tuple[Any, Any, str]:
    from desk_app.bootstrap import build_services
    from desk_app.ocr.store_ops import ocr_pending_pages

    services, officer = pair
    files = []
    for n, seed in enumerate((1, 2), start=1):
        path = tmp_path / f"trang-{n}.png"
        path.write_bytes(png_bytes(make_page(seed, paragraphs=1).image, 300))
        files.append(path)
    draft = ReceptionDraft(
        procedure_code="T.KS",
        applicant=PersonInput("Đỗ Thị Thu Hà", ID_NUMBER, dt.date(1990, 1, 1), "female",
                              "Phường Ba Đình, Hà Nội", "0988000111"),
        components=[
            ComponentInput("T.KS#1", "Tờ khai đăng ký khai sinh", "original", files=files[:1]),
            ComponentInput("T.KS#2", "Giấy chứng sinh", "photocopy_with_original",
                           original_shown=True, files=files[1:]),
        ],
    )
    code = services.reception.receive(draft, officer).code
    assert ocr_pending_pages(ctx, None) == 2
    services.search = build_services(ctx).search
    return services, officer, code


def test_ctrl_f_finds_page_text_and_shows_the_words(qtbot: Any, ctx: Any, real: Any,  # noqa: F811
                                                    runner: Any, tmp_path: Path) -> None:
    from ui.main_window import MainWindow

    services, officer, code = _store(ctx, real, tmp_path)
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    show_active(qtbot, window)
    panel = window.page_hits
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert panel is not None and not panel.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "khong co cum tu nay")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.query == "khong co cum tu nay",
                    timeout=10_000)
    assert panel.summary.text() == "Không có trang hồ sơ nào chứa những chữ này."
    assert window.statusBar().currentMessage() == panel.summary.text()
    assert not panel.hits.isVisible()

    window.search.clear()
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)
    qtbot.keyClicks(window.search, "xuat trinh ban chinh")  # the second page, no diacritics
    qtbot.waitUntil(lambda: panel.hits.count() == 1, timeout=10_000)
    assert panel.summary.text().startswith("Chữ trên trang: 1 trang khớp")
    assert window.statusBar().currentMessage() == panel.summary.text()
    item = panel.hits.item(0).text()
    assert item.startswith(f"{code} — trang 2: ") and "xuất trình bản chính" in item

    # the list of today's dossiers is empty for these words: Enter goes to the page hits
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10_000)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert panel.hits.hasFocus()
    qtbot.keyClick(panel.hits, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.page is not None,
                    timeout=20_000)
    dialog = panel.dialog
    assert window.stack.currentIndex() == window.DETAILS
    assert dialog.windowTitle() == f"Hồ sơ {code} — trang 2"
    page = dialog.page
    assert (page.code, page.position, len(page.boxes)) == (code, 2, 4)
    assert dialog.info.text() == f"Trang 2 của hồ sơ {code} — đã tô vàng 4 chữ khớp với nội dung tìm."
    assert window.statusBar().currentMessage() == f"Đã mở hồ sơ {code}, trang 2."
    # the words are painted yellow on the page image
    image = dialog.image.pixmap().toImage()
    k = dialog.display_width / page.width
    for x, y, w, _h in page.boxes:
        colour = QColor(image.pixel(int((x + w / 2) * k), int((y - 1) * k)))
        assert colour.red() > 200 and colour.green() > 180 and colour.blue() < 170, colour.name()
    geometry = dialog.frameGeometry()
    assert geometry.width() <= 1366 and geometry.height() <= 768

    folder = os.environ.get("DESK_APP_SCREENSHOTS")
    if folder:
        window.resize(1366, 768)
        qtbot.wait(200)
        shot = window.grab()
        painter = QPainter(shot)
        at = window.mapFromGlobal(dialog.mapToGlobal(QPoint(0, 0)))
        painter.drawPixmap(at, dialog.grab())
        painter.setPen(QColor(90, 90, 90))  # offscreen windows have no frame: draw its edge
        painter.drawRect(at.x() - 1, at.y() - 1, dialog.width() + 1, dialog.height() + 1)
        painter.end()
        shot.save(str(Path(folder) / "search-page-highlight.png"))

    # a locked counter leaves no citizen's page open
    window.lock()
    qtbot.waitUntil(lambda: panel.dialog is None)
    assert not panel.isVisible()
    window.lock_dialog.close()


def test_ctrl_f_by_id_number(qtbot: Any, ctx: Any, real: Any, runner: Any,  # noqa: F811
                             tmp_path: Path) -> None:
    from ui.main_window import MainWindow

    services, officer, code = _store(ctx, real, tmp_path)
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    panel = window.page_hits
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "0011 9000 1234")
    qtbot.waitUntil(lambda: panel.hits.count() == 1, timeout=10_000)
    assert panel.summary.text().startswith("Tìm theo số định danh: 1 hồ sơ")
    assert panel.hits.item(0).text() == (f"{code} — theo số định danh: Đỗ Thị Thu Hà — "
                                         "Đăng ký khai sinh (thử)")
    panel.open_hit(panel.hits.item(0))
    assert window.stack.currentIndex() == window.DETAILS and panel.dialog is None
    qtbot.waitUntil(lambda: code in window.details_page.title.text(), timeout=10_000)
