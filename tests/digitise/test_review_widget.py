"""The review screen built alone with its service: background OCR with progress per page, the page
image with low-confidence words highlighted, a correction saved and used by search."""
from __future__ import annotations

import os
import re
from pathlib import Path

from desk_app.demo.ocr_pages import degrade, make_page, png_bytes

ROOT = Path(__file__).resolve().parents[2]


def test_review_ocr_highlight_and_correct(qtbot, ctx, runner, dossier_factory,
                                          tmp_path: Path) -> None:
    from PySide6.QtGui import QColor

    from desk_app.ocr.review import ReviewService
    from desk_app.search import search
    from ui.digitise.review_widget import LOW_FILL, ReviewWidget

    hard, _ = degrade(make_page(5, paragraphs=2), 11)
    dossier_id = dossier_factory(ctx, [hard, png_bytes(make_page(6, paragraphs=1).image, 300)])
    widget = ReviewWidget(ReviewService(ctx), dossier_id, runner)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    qtbot.waitUntil(lambda: widget.pages.count() == 2)
    assert "chưa nhận dạng" in widget.pages.item(0).text()

    with qtbot.waitSignal(widget.ocr_finished, timeout=60_000) as done:
        widget.run_button.click()
    assert done.args == [2]
    qtbot.waitUntil(lambda: widget.page is not None, timeout=10_000)
    qtbot.waitUntil(lambda: widget._ocr_worker is None and runner.active_count == 0,
                    timeout=10_000)
    qtbot.waitUntil(lambda: "%" in widget.pages.item(0).text())
    # The first page to finish is shown as soon as it is ready (either page, under load):
    # the officer then opens page 1.
    widget.pages.setCurrentRow(0)
    qtbot.waitUntil(lambda: widget.page is not None and widget.page.position == 1, timeout=10_000)
    page = widget.page
    # percentages the Vietnamese way (vn_format): "Trang 1 — 87 % (…", "độ tin cậy 86,7 %"
    assert re.search(r"^Trang 1 — \d+ % \(", widget.pages.item(0).text())
    assert re.search(r"độ tin cậy \d+,\d % ·", widget.info.text()), widget.info.text()
    assert page is not None and page.position == 1
    assert "Độc lập - Tự do - Hạnh phúc" in widget.text.toPlainText()

    # low-confidence words are painted on the image and marked in the text
    found = [s for s in widget.text.extraSelections()]
    assert len(found) == len([w for w in page.low_words if w.text in page.text])
    image = widget.image.pixmap().toImage()
    if page.low_words:
        w = page.low_words[0]
        k = widget.display_width / page.width
        colour = QColor(image.pixel(int((w.x + w.w / 2) * k), int((w.y + 2) * k)))
        assert colour.blue() < colour.red()  # the yellow-orange highlight, not white paper

    if os.environ.get("DESK_APP_SCREENSHOTS"):
        out = ROOT / "docs" / "screenshots" / "review.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(out))

    corrected = widget.text.toPlainText().replace("Độc lập", "Độc lập KIỂMTRA", 1)
    widget.text.setPlainText(corrected)
    assert widget.save_button.isEnabled()
    with qtbot.waitSignal(widget.correction_saved, timeout=10_000):
        widget.save_button.click()
    assert [h.page_id for h in search(ctx, "doc lap kiemtra") if h.kind == "page"] == [page.page_id]
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=10_000)
    assert LOW_FILL.alpha() < 255


def test_review_recognises_new_pages_by_itself(qtbot, ctx, runner, dossier_factory) -> None:
    from db.models import Page
    from desk_app.ocr.engine import FakeEngine
    from desk_app.ocr.review import ReviewService
    from desk_app.ocr.service import OcrService
    from ui.digitise.review_widget import ReviewWidget

    page = png_bytes(make_page(7, paragraphs=1).image.resize((620, 877)), 75)
    dossier_id = dossier_factory(ctx, [page])
    service = ReviewService(ctx, OcrService(FakeEngine("Họ và tên Nguyễn Văn An", conf=50)))
    widget = ReviewWidget(service, dossier_id, runner, auto_ocr=True)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.page is not None, timeout=10_000)
    assert widget.page.low_words  # conf 50: every word is flagged
    # reception adds a page; the owner refreshes, and OCR starts again by itself
    with ctx.sessions.begin() as s:
        s.add(Page(dossier_id=dossier_id, position=2, sha256=ctx.pages.put(page + b"\0")))
    with qtbot.waitSignal(widget.ocr_finished, timeout=10_000) as done:
        widget.refresh_pages()
    assert done.args == [1]
    qtbot.waitUntil(lambda: widget.pages.count() == 2 and "%" in widget.pages.item(1).text())
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=10_000)
