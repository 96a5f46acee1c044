"""Digitisation wired into the dossier details page (offscreen, real store, real Tesseract): OCR
of the dossier's pages in the background with per-page progress and cancel, the review window on
the selected page, and the searchable PDF built in a worker, read back with pdftotext — the
attested copy page carries the "đã đối chiếu với bản chính" mark, the other page does not."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from ui.main_window import MainWindow

NAME = "Nguyễn Thị Hồng Nhung"
TEXTS = (
    ["TỜ KHAI ĐĂNG KÝ KHAI SINH", "Họ và tên người yêu cầu: Nguyễn Thị Hồng Nhung",
     "Nơi cư trú: phường Ngô Quyền, thành phố Hải Phòng"],
    ["GIẤY CHỨNG SINH", "Họ và tên mẹ: Nguyễn Thị Hồng Nhung", "Sinh con lúc 08 giờ 30 phút"],
)


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("DESK_APP_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _page(path: Path, lines: list[str]) -> Path:
    from desk_app.verification.fonts import vietnamese_font

    img = Image.new("L", (1240, 1000), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(vietnamese_font(False)), 34)
    for i, line in enumerate(lines):
        draw.text((90, 110 + i * 70), line, fill=0, font=font)
    img.save(path, dpi=(300, 300))
    return path


def _dossier(services: Any, officer: Any, ctx: Any, tmp_path: Path, pages: int = 2) -> Any:
    files = [_page(tmp_path / f"p{i}.png", TEXTS[i % 2]) for i in range(pages)]
    summary = services.reception.receive(ReceptionDraft(
        procedure_code="T.KS",
        applicant=PersonInput(NAME, "031195001234", dt.date(1995, 3, 2), "female", "Hải Phòng"),
        components=[
            ComponentInput("T.KS#1", "Tờ khai đăng ký khai sinh", "original", files=files[:1]),
            ComponentInput("T.KS#2", "Giấy chứng sinh", "photocopy_with_original",
                           original_shown=True, files=files[1:]),
        ],
    ), officer)
    return summary


def _attest_copy(ctx: Any, code: str, officer: Any) -> str:
    """The birth certificate's copy page attested as matching the original shown."""
    from sqlalchemy import select

    from db.models import Dossier, DossierComponent, Page
    from desk_app.verification.attest import attest_component

    with ctx.sessions.begin() as s:
        d = s.scalar(select(Dossier).where(Dossier.code == code))
        comp = s.scalar(select(DossierComponent).where(DossierComponent.dossier_id == d.id,
                                                       DossierComponent.position == 2))
        sha = s.scalar(select(Page.sha256).where(Page.component_id == comp.id))
        attest_component(s, ctx.workstation, d, comp, officer, "photocopy_with_original", True,
                         "match", None, "", [sha])
        return str(sha)


def _open(qtbot: Any, services: Any, runner: Any, officer: Any, code: str) -> Any:
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.show()
    window.open_dossier(code)
    details = window.details_page
    qtbot.waitUntil(lambda: details.detail is not None and details._thumbs_pending == 0,
                    timeout=20_000)
    return window, details


def test_ocr_review_and_searchable_pdf_with_the_verified_mark(
    qtbot: Any, wired: Any, runner: Any, ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    services, officer = wired
    summary = _dossier(services, officer, ctx, tmp_path)
    _attest_copy(ctx, summary.code, officer)
    window, details = _open(qtbot, services, runner, officer, summary.code)
    actions = details.digitise_actions
    assert [b.text() for b in actions.buttons()] == [
        "&Số hoá (nhận dạng chữ)", "Xem lại &OCR…", "Xuất &PDF số hoá…"]
    assert all(b.isEnabled() for b in actions.buttons())

    # 1. "Số hoá": OCR in the background, progress page by page, the GUI keeps answering
    from tests.capture.test_gui import Ticker

    ticker = Ticker()
    seen: list[tuple[int, int]] = []
    with qtbot.waitSignal(actions.ocr_done, timeout=60_000) as done:
        actions.ocr_button.click()
        worker = actions.worker
        assert isinstance(actions.progress, QProgressDialog) and actions.progress.isVisible()
        assert not actions.ocr_button.isEnabled()
        worker.signals.progress.connect(lambda d, t, _m: seen.append((d, t)))
    assert done.args == [2]
    qtbot.waitUntil(lambda: actions.worker is None)
    gap = ticker.stop()
    assert gap < 1.0, f"the GUI thread was blocked {gap:.2f} s during OCR"
    (tmp_path / "gap.txt").write_text(f"{gap:.3f}")
    assert (2, 2) in seen
    assert "2 trang" in details.pages_status.text()
    statuses = services.digitise.review.statuses(_id(ctx, summary.code))
    assert [s.done for s in statuses] == [True, True]
    _shot(window, "details-digitise.png")

    # 2. "Xem lại OCR…" on the second thumbnail: the review window opens on that page
    details.thumbs.setCurrentRow(1)
    opened: list[Any] = []
    actions.review_opened.connect(opened.append)
    actions.review_button.click()
    review = opened[0].review
    qtbot.waitUntil(lambda: review.page is not None, timeout=20_000)
    assert review.page.position == 2 and "CHỨNG SINH" in review.page.text.upper()
    _shot(opened[0], "details-ocr-review.png")
    opened[0].close()

    # 3. "Xuất PDF số hoá…": built in a worker, saved where the officer chose
    out = tmp_path / "so-hoa.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(actions.exported, timeout=90_000) as exported:
        actions.export_button.click()
    assert exported.args[0].pages == 2 and out.exists()
    # where it went: on the status line (kept while the page list reloads) and a button to the
    # folder
    assert str(out) in window.statusBar().currentMessage()
    assert actions.open_folder_button.isVisible()
    assert actions.open_folder_button.toolTip() == str(out.parent)
    opened_urls: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened_urls.append))
    actions.open_folder_button.click()
    assert [u.toLocalFile() for u in opened_urls] == [str(out.parent)]
    pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
                            check=True, capture_output=True, text=True).stdout for n in (1, 2)]
    assert "KHAI SINH" in pages[0].upper() and "CHỨNG SINH" in pages[1].upper()
    assert "ĐÃ ĐỐI CHIẾU VỚI BẢN CHÍNH" not in pages[0].upper()
    assert "ĐÃ ĐỐI CHIẾU VỚI BẢN CHÍNH" in pages[1].upper()
    assert "Lê Thị Mai" in pages[1] and summary.code in pages[1]
    folder = os.environ.get("DESK_APP_SCREENSHOTS")
    if folder:  # the attested page as the PDF shows it, with its mark
        subprocess.run(["pdftoppm", "-f", "2", "-l", "2", "-r", "100", "-png", "-singlefile",
                        str(out), str(Path(folder) / "digitised-verified-mark")], check=True)
    qtbot.waitUntil(lambda: any(d.kind == "digitised" for d in details.detail.documents),
                    timeout=20_000)


def _id(ctx: Any, code: str) -> str:
    from sqlalchemy import select

    from db.models import Dossier

    with ctx.sessions() as s:
        return str(s.scalar(select(Dossier.id).where(Dossier.code == code)))


def test_cancel_stops_the_ocr_and_a_second_run_finishes_the_rest(
    qtbot: Any, wired: Any, runner: Any, ctx: Any, tmp_path: Path
) -> None:
    services, officer = wired
    summary = _dossier(services, officer, ctx, tmp_path, pages=8)
    dossier_id = _id(ctx, summary.code)
    _window, details = _open(qtbot, services, runner, officer, summary.code)
    actions = details.digitise_actions
    actions.ocr_button.click()
    worker = actions.worker
    assert actions.progress is not None and actions.progress.isVisible()
    cancel = actions.progress.findChild(QPushButton)
    assert cancel.text() == "Huỷ"
    cancel.click()  # at once
    qtbot.waitUntil(lambda: actions.worker is None, timeout=60_000)
    assert worker.cancelled
    assert "Đã huỷ" in details.pages_status.text()
    done = sum(s.done for s in services.digitise.review.statuses(dossier_id))
    assert done <= 2  # at most the pages already being read (two OCR workers) finish
    assert actions.ocr_button.isEnabled()
    # the next run reads only what is left
    with qtbot.waitSignal(actions.ocr_done, timeout=90_000) as second:
        actions.ocr_button.click()
    assert second.args == [8 - done]
    assert all(s.done for s in services.digitise.review.statuses(dossier_id))
