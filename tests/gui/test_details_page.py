"""Dossier details on a real store: fields, components, page thumbnails loaded on workers, the
receipt preview, adding pages and refusing a bad file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from ui.dossier.details_page import DossierDetailsPage


def _receive(services: Any, officer: Any, files: list[Path]) -> str:
    draft = ReceptionDraft(
        procedure_code="T.KS",
        applicant=PersonInput("Đỗ Thị Thu Hà", "001190001234", dt.date(1990, 1, 1), "female",
                              "Phường Ba Đình, Hà Nội", "0988000111"),
        components=[
            ComponentInput("T.KS#1", "Tờ khai đăng ký khai sinh", "original", files=files[:1]),
            ComponentInput("T.KS#2", "Giấy chứng sinh", "photocopy_with_original",
                           original_shown=True, files=files[1:]),
            ComponentInput("T.KS#3", "Thẻ căn cước của người đi đăng ký", None),
        ],
    )
    return str(services.reception.receive(draft, officer).code)


def test_details_show_fields_components_thumbnails_and_receipt(
    qtbot: Any, real: Any, runner: Any, page_files: list[Path]
) -> None:
    services, officer = real
    code = _receive(services, officer, page_files)
    page = DossierDetailsPage(services.reception, runner)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    with qtbot.waitSignal(page.thumbnails_done, timeout=15_000) as done:
        page.load(code)
    assert done.args == [3]
    assert page.title.text() == f"Hồ sơ {code}"
    assert "Đỗ Thị Thu Hà" in page._field_labels["applicant"].text()
    assert page._field_labels["status"].text() == "Đã tiếp nhận"
    assert page.components.rowCount() == 3
    assert page.components.item(1, 1).text().startswith("Bản chụp kèm bản chính")
    assert page.components.item(2, 1).text() == "Chưa nộp"
    icons = [page.thumbs.item(i).icon().pixmap(160, 160) for i in range(3)]
    assert all(not p.isNull() and p.width() > 50 for p in icons)
    assert page.documents.count() == 1

    preview = page.open_selected_document()
    assert preview is not None
    with qtbot.waitSignal(preview.rendered, timeout=20_000) as rendered:
        pass
    assert rendered.args[0] >= 1
    assert preview.data.startswith(b"%PDF")
    preview.close()


def test_adding_pages_and_refusing_a_bad_file(
    qtbot: Any, real: Any, runner: Any, page_files: list[Path], tmp_path: Path
) -> None:
    services, officer = real
    code = _receive(services, officer, page_files[:2])
    page = DossierDetailsPage(services.reception, runner)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.thumbnails_done, timeout=15_000):
        page.load(code)
    with qtbot.waitSignal(page.thumbnails_done, timeout=15_000) as done:
        page.add_pages([page_files[2]])
    assert done.args == [3]

    bad = tmp_path / "hong.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    page.add_pages([bad])
    box = None

    def shown() -> bool:
        nonlocal box
        box = page.findChild(QMessageBox, "errorBox")
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown, timeout=10_000)
    assert "Traceback" not in box.text()
    assert box.text().startswith("Ảnh bị hỏng") or "không được hỗ trợ" in box.text()
    assert services.reception.dossier(code).summary.pages == 3  # unchanged
    box.close()


def test_a_copy_is_compared_with_its_original_from_the_details(
    qtbot: Any, real: Any, runner: Any, page_files: list[Path]
) -> None:
    from desk_app.bootstrap import build_services

    services, officer = real
    code = _receive(services, officer, page_files)
    page = DossierDetailsPage(services.reception, runner,
                              verification=build_services(services.reception.ctx).verification,
                              officer=officer)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.thumbnails_done, timeout=15_000):
        page.load(code)
    page.components.setCurrentCell(2, 0)  # the card, only shown: no copy page to compare
    assert not page.attest_button.isEnabled()
    page.components.setCurrentCell(1, 0)  # the birth certificate: photocopy + original shown
    assert page.attest_button.isEnabled()
    comp = page.selected_component()
    with qtbot.waitSignal(page.attest_opened, timeout=10_000) as opened:
        page.attest(comp, page_files[1])  # the original's scan: the same image as the copy
    dialog = opened.args[0]
    assert comp.name in dialog.windowTitle()
    with qtbot.waitSignal(dialog.compared, timeout=60_000) as compared:
        pass
    assert compared.args[0].result.verdict == "match"
    dialog.reject()
