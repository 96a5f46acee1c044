"""The capture widgets alone (pytest-qt, offscreen): scanning from SANE's test:0 into a dossier
with thumbnails arriving while the GUI thread keeps answering; bad files dropped give a dialog."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from desk_app.capture.sane_backend import SaneScanner
from desk_app.capture.service import DossierPages, DraftPages
from desk_app.domain.types import ColourMode
from tests.capture.corpus import multipage_tiff, page_image
from ui.capture.page_strip import PageStripWidget
from ui.capture.scan_dialog import ScanDialog


class Ticker:
    """A QTimer on the GUI thread; the longest gap between ticks says how long it was blocked."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(b - a for a, b in zip(self.times, self.times[1:], strict=False))


def test_scan_from_sane_test_device_into_a_dossier(qtbot, runner, dossier, sane_config: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, comps = dossier
    pages = DossierPages(ctx, dossier_id, comps[0], dpi=300)
    strip = PageStripWidget(pages, runner)
    qtbot.addWidget(strip)
    from desk_app.capture.scanner import ScanSettings

    dialog = ScanDialog(SaneScanner(), pages, runner,
                        ScanSettings(device_options={"test-picture": "Grid"}))
    qtbot.addWidget(dialog)
    dialog.page_added.connect(strip.append_page)
    with qtbot.waitSignal(dialog.devices_loaded, timeout=15000):
        pass
    assert dialog.device.findData("test:0") >= 0
    dialog.device.setCurrentIndex(dialog.device.findData("test:0"))
    dialog.count.setValue(3)
    dialog.source.setCurrentIndex(dialog.source.findData("feeder"))
    arrivals: list[tuple[float, int]] = []
    strip.pages_changed.connect(lambda n: arrivals.append((time.monotonic(), n)))
    ticker = Ticker()
    with qtbot.waitSignal(dialog.scan_finished, timeout=60000) as done:
        assert dialog.start_scan() is not None
        qtbot.waitUntil(lambda: strip.count() >= 1, timeout=30000)
        first_seen = time.monotonic()
    gap = ticker.stop()
    assert done.args == [3]
    assert strip.count() == 3 and [n for _, n in arrivals] == [1, 2, 3]
    assert arrivals[0][0] <= first_seen < arrivals[-1][0] + 1  # the first thumbnail came before the end
    assert len(ticker.times) > 10 and gap < 0.5, f"GUI thread blocked for {gap:.2f} s"
    assert len(DossierPages(ctx, dossier_id, comps[0]).pages()) == 3  # saved in the dossier
    dialog.grab().save(str(_shots() / "capture-scan-dialog.png"))
    strip.resize(760, 300)
    strip.grab().save(str(_shots() / "capture-page-strip.png"))


def test_jam_in_dialog_keeps_pages_and_says_so(qtbot, runner, ctx, sane_config: Path) -> None:  # type: ignore[no-untyped-def]
    from desk_app.capture.scanner import ScanSettings

    pages = DraftPages(ctx.pages, ColourMode.GREY, dpi=200)
    settings = ScanSettings(dpi=200, pages=4, device_options={"@3:read-return-value": "SANE_STATUS_JAMMED"})
    dialog = ScanDialog(SaneScanner(), pages, runner, settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.devices_loaded, timeout=15000):
        pass
    with qtbot.waitSignal(dialog.scan_finished, timeout=60000) as done:
        dialog.start_scan()
    assert dialog.count.value() == 4
    assert done.args == [2] and len(pages.pages()) == 2
    assert "kẹt giấy" in dialog.status.text() and "2 trang" in dialog.status.text()


def _drop(widget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_dropped_bad_files_give_a_dialog_not_a_crash(qtbot, runner, ctx, corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = DraftPages(ctx.pages, ColourMode.GREY, dpi=150)
    strip = PageStripWidget(pages, runner)
    qtbot.addWidget(strip)
    good = multipage_tiff(tmp_path / "good.tif", 2)
    for key, (path, _code) in corpus.items():
        strip.last_error = None
        _drop(strip, [good, path])
        qtbot.waitUntil(lambda: strip.last_error is not None, timeout=10000)
        box = strip.last_error
        assert isinstance(box, QMessageBox) and box.isVisible(), key
        assert box.text() and "Traceback" not in box.text()
        box.close()
    assert strip.count() == 0 and pages.pages() == []
    _drop(strip, [good])
    qtbot.waitUntil(lambda: strip.count() == 2, timeout=10000)
    strip.last_error = None
    _drop(strip, [corpus["encrypted_pdf"][0]])
    qtbot.waitUntil(lambda: strip.last_error is not None, timeout=10000)
    strip.last_error.grab().save(str(_shots() / "capture-bad-file-dialog.png"))
    assert "mật khẩu" in strip.last_error.text()


def test_rotate_reorder_delete_in_the_strip(qtbot, runner, ctx) -> None:  # type: ignore[no-untyped-def]
    pages = DraftPages(ctx.pages, ColourMode.GREY, dpi=150)
    for i in range(3):
        pages.add_image(page_image(f"P{i}", size=(600, 800)), 150)
    strip = PageStripWidget(pages, runner)
    qtbot.addWidget(strip)
    qtbot.waitUntil(lambda: strip.count() == 3, timeout=10000)
    first, second, third = strip.keys()
    strip.list.setCurrentRow(2)
    strip.move_selected(-1)
    qtbot.waitUntil(lambda: strip.keys() == [first, third, second], timeout=10000)
    strip.list.setCurrentRow(0)
    before = pages.pages()[0]
    strip.rotate_selected(90)
    qtbot.waitUntil(lambda: pages.pages()[0].sha256 != before.sha256 and strip.count() == 3, timeout=10000)
    assert (pages.pages()[0].width, pages.pages()[0].height) == (before.height, before.width)
    strip.list.setCurrentRow(1)
    strip.delete_selected()
    qtbot.waitUntil(lambda: strip.count() == 2, timeout=10000)
    assert strip.keys() == [first, second]


def test_watched_folder_page_appears_in_the_open_dossier(qtbot, runner, dossier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, comps = dossier
    pages = DossierPages(ctx, dossier_id, comps[0], dpi=150)
    strip = PageStripWidget(pages, runner)
    qtbot.addWidget(strip)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    strip.watch_folder(inbox)
    try:
        qtbot.wait(400)
        import random

        from tests.capture.pagegen import upright_page

        # What a copier saves: an A4 page at 150 dpi, written elsewhere then moved in.
        upright_page(random.Random(1), 150).save(tmp_path / "x.png", dpi=(150, 150))
        dropped = time.monotonic()
        (tmp_path / "x.png").rename(inbox / "scan_0001.png")
        qtbot.waitUntil(lambda: strip.count() == 1, timeout=5000)
        assert time.monotonic() - dropped < 2.0
        (inbox / "notes.jpg").write_text("không phải ảnh")  # a bad file gives a dialog
        qtbot.waitUntil(lambda: strip.last_error is not None, timeout=5000)
        assert "Định dạng" in strip.last_error.text()
    finally:
        strip.stop_watching()
    assert len(DossierPages(ctx, dossier_id, comps[0]).pages()) == 1


def _shots() -> Path:
    # docs/screenshots only when asked for (DESK_APP_SCREENSHOTS=docs/screenshots): a normal run
    # leaves the tracked screenshots alone
    folder = Path(os.environ.get("DESK_APP_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_flags_are_shown_on_thumbnails(qtbot, runner, ctx) -> None:  # type: ignore[no-untyped-def]
    import random

    from tests.capture.pagegen import blank_page, sample, upright_page

    rng = random.Random(11)
    pages = DraftPages(ctx.pages, ColourMode.GREY, dpi=150)
    text, _ = sample(rng, dpi=150, blank=False, rotation=90, skew=5.0, border=True)
    pages.add_image(text, 150)
    pages.add_image(blank_page(rng, 150), 150, side="back")
    page = upright_page(rng, 150).convert("RGB")
    noted = page.copy()
    noted.paste((250, 230, 80), (500, 300, 900, 650))
    pages.add_sticky_pair(noted, page, 150)
    strip = PageStripWidget(pages, runner)
    qtbot.addWidget(strip)
    qtbot.waitUntil(lambda: strip.count() == 4, timeout=10000)
    texts = [strip.list.item(i).text() for i in range(4)]
    assert "trắng" in texts[1] and "mặt sau" in texts[1]
    assert "có giấy nhớ" in texts[2] and "bỏ giấy nhớ" in texts[3]
    assert "trắng" not in texts[0]
    strip.resize(760, 300)
    strip.grab().save(str(_shots() / "capture-page-strip-flags.png"))


def test_rescan_one_page_through_the_strip(qtbot, runner, ctx) -> None:  # type: ignore[no-untyped-def]
    from desk_app.capture.wia_backend import FakeWia, WiaScanner

    pages = DraftPages(ctx.pages, ColourMode.GREY, dpi=200)
    for i in range(2):
        pages.add_image(page_image(f"P{i}", size=(600, 800)), 200)
    strip = PageStripWidget(pages, runner, scanner=WiaScanner(FakeWia()),
                            device="wia:fake-wia-1")
    qtbot.addWidget(strip)
    qtbot.waitUntil(lambda: strip.count() == 2, timeout=10000)
    keys_before = strip.keys()
    old = pages.pages()[1]
    strip.list.setCurrentRow(1)
    strip.rescan_selected()
    qtbot.waitUntil(lambda: pages.pages()[1].sha256 != old.sha256, timeout=20000)
    assert strip.keys() == keys_before  # same place in the order
    assert pages.pages()[1].source == "scan" and pages.pages()[1].width > old.width


def test_cancel_stops_a_feeder_scan(qtbot, runner, ctx, sane_config: Path) -> None:  # type: ignore[no-untyped-def]
    from desk_app.capture.scanner import ScanSettings

    pages = DraftPages(ctx.pages, ColourMode.GREY, dpi=200)
    dialog = ScanDialog(SaneScanner(), pages, runner,
                        ScanSettings(dpi=200, source="feeder", pages=0))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.devices_loaded, timeout=15000):
        pass
    dialog.page_added.connect(lambda *_: dialog.cancel())
    with qtbot.waitSignal(dialog.scan_finished, timeout=60000) as done:
        dialog.start_scan()
    assert 1 <= done.args[0] < 10 and len(pages.pages()) == done.args[0]
