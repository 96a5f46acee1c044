"""The compare screen and the attestation dialog, driven with pytest-qt on a real comparison."""
from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import VerificationEntry
from desk_app.compare import compare_images
from desk_app.verification.log import verify_log
from desk_app.verification.service import VerificationService, aligned_original
from tests.verify.helpers import OfficerStub, make_dossier
from ui.verify.attest_dialog import AttestDialog, ComponentInfo
from ui.verify.compare_view import CompareView, Mode

# Screenshots go to docs/screenshots only when asked for (DESK_APP_SCREENSHOTS=docs/screenshots);
# a normal run keeps the work tree clean.
SHOTS = Path(os.environ.get("DESK_APP_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))


def _png(array) -> bytes:
    ok, buf = cv2.imencode(".png", array)
    assert ok
    return buf.tobytes()


class ThreadSpyService(VerificationService):
    """The real service, noting which thread each call ran on."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.threads: list[str] = []

    def compare(self, original, copy, *, ocr=True):
        self.threads.append(threading.current_thread().name)
        return super().compare(original, copy, ocr=ocr)

    def attest(self, request, pack):
        self.threads.append(threading.current_thread().name)
        return super().attest(request, pack)


def test_attest_with_override_through_the_compare_screen(qtbot, ctx, runner, digit_pair) -> None:
    with ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        info = ComponentInfo(dossier.id, comp.id, comp.name, dossier.code)
    service = ThreadSpyService(ctx)
    original_png, copy_png = _png(digit_pair.original), _png(digit_pair.copy)
    dialog = AttestDialog(service, info, OfficerStub(), original_png, copy_png, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.compared, timeout=60_000) as blocker:
        pass
    pack = blocker.args[0]
    assert pack.result.verdict == "mismatch"
    assert "MainThread" not in service.threads  # compared in a worker, never on the GUI thread
    view = dialog.view
    assert view.changes.count() >= 1
    assert digit_pair.after in view.changes.item(0).text()

    # Clicking the text change centres both views on it.
    item = view.changes.item(0)
    view.changes.setCurrentItem(item)
    qtbot.mouseClick(view.changes.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.changes.visualItemRect(item).center())
    x, y, w, h = pack.result.text_changes[0].region
    centre = view.visible_centre()
    assert abs(centre.x() - (x + w / 2)) < 40 and abs(centre.y() - (y + h / 2)) < 40

    # Accepting a flagged copy: the reason field appears and the button waits for a reason.
    dialog.match.setChecked(True)
    assert dialog.reason.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("Số cuối bị mờ do máy photo; đã đọc lại trên bản chính")
    assert dialog.ok_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "compare-attest-dialog.png"))
    with qtbot.waitSignal(dialog.attested, timeout=20_000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    entry = done.args[0]
    assert service.threads[-1] != "MainThread"
    with ctx.sessions() as s:
        row = s.scalar(select(VerificationEntry))
        total, breaks = verify_log(s)
    assert row.id == entry.id
    assert (row.verdict, row.engine_verdict) == ("match", "mismatch")
    assert row.override_reason.startswith("Số cuối bị mờ")
    assert row.presentation_form == "photocopy_with_original" and row.original_shown
    import hashlib

    assert row.page_hashes == [hashlib.sha256(copy_png).hexdigest(),
                               hashlib.sha256(original_png).hexdigest()]
    assert not ctx.pages.exists(hashlib.sha256(original_png).hexdigest())  # only its hash kept
    assert (total, breaks) == (1, [])


def test_mismatch_needs_no_reason_and_certified_copy_no_comparison(qtbot, ctx, runner,
                                                                   digit_pair) -> None:
    with ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        info = ComponentInfo(dossier.id, comp.id, comp.name, dossier.code)
    dialog = AttestDialog(VerificationService(ctx), info, OfficerStub(),
                          _png(digit_pair.original), _png(digit_pair.copy), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.compared, timeout=60_000):
        pass
    dialog.mismatch.setChecked(True)
    assert not dialog.reason.isVisible() and dialog.ok_button.isEnabled()
    dialog.form.setCurrentIndex(dialog.form.findData("certified_copy"))
    assert not dialog.match.isEnabled()
    with qtbot.waitSignal(dialog.attested, timeout=20_000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert done.args[0].verdict == "not_compared"
    assert done.args[0].engine_verdict is None


def test_compare_view_modes_and_screenshots(qtbot, digit_pair) -> None:
    result = compare_images(digit_pair.original, digit_pair.copy)
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    view.set_pages(aligned_original(digit_pair.original, result), digit_pair.copy, result)
    qtbot.waitExposed(view)
    region = result.regions[0]
    SHOTS.mkdir(parents=True, exist_ok=True)

    # Side by side: zoom and pan in step.
    view.show_region(region.box, zoom=0.8)
    view.right.zoom_by(0.8)
    assert view.left.transform() == view.right.transform()

    def centres_agree() -> bool:
        a, b = view.visible_centre(view.left), view.visible_centre(view.right)
        return abs(a.x() - b.x()) < 3 and abs(a.y() - b.y()) < 3

    before = view.visible_centre(view.right)
    view.right.horizontalScrollBar().setValue(view.right.horizontalScrollBar().value() + 37)
    assert view.visible_centre(view.right).x() > before.x() + 20
    assert centres_agree()
    view.left.verticalScrollBar().setValue(view.left.verticalScrollBar().value() - 23)
    assert centres_agree()
    view.show_region(region.box, zoom=0.8)
    view.grab().save(str(SHOTS / "compare-side-by-side.png"))

    view.set_mode(Mode.OVERLAY)
    assert not view.left_box.isVisible()
    view.slider.setValue(35)
    assert view._original_over.opacity() == pytest.approx(0.35)
    qtbot.wait(100)  # the right view takes the whole width
    assert view.right.viewport().width() > 900
    view.grab().save(str(SHOTS / "compare-overlay.png"))

    view.set_mode(Mode.BLINK)
    assert view.blink_timer.isActive()
    first = view.original_showing()
    qtbot.waitUntil(lambda: view.original_showing() != first, timeout=3000)
    qtbot.waitUntil(view.original_showing, timeout=3000)
    view.grab().save(str(SHOTS / "compare-blink.png"))

    view.set_mode(Mode.SWIPE)
    assert not view.blink_timer.isActive()
    tx, _ty, tw, _th = digit_pair.truth  # the line through the changed digit
    view.slider.setValue(round(100 * (tx + tw / 2) / digit_pair.copy.shape[1]))
    assert view._original_over.rect().width() == pytest.approx(
        digit_pair.copy.shape[1] * view.slider.value() / 100)
    qtbot.wait(50)
    view.grab().save(str(SHOTS / "compare-swipe.png"))
    for name in ("side-by-side", "overlay", "blink", "swipe"):
        assert (SHOTS / f"compare-{name}.png").stat().st_size > 10_000


def test_full_resolution_pages_pan_without_stutter(qtbot) -> None:
    """A 300 dpi colour A4 original and copy: each repaint while panning at 100 % stays short."""
    import time

    import numpy as np

    from desk_app.compare.result import CompareResult, Region

    rng = np.random.default_rng(5)
    page = np.full((3508, 2480, 3), 245, np.uint8)
    for _ in range(400):  # lines of "text"
        x, y = int(rng.integers(100, 2000)), int(rng.integers(100, 3400))
        page[y:y + 30, x:x + int(rng.integers(100, 400))] = 20
    copy = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    result = CompareResult("mismatch", 0.9, [Region(1000, 1500, 300, 60, 0.9)], [])
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    t0 = time.perf_counter()
    view.set_pages(page, copy, result)
    load = time.perf_counter() - t0
    view.right.resetTransform()  # 100 %: every pixel of the scan
    frames = []
    for step in range(24):
        t = time.perf_counter()
        view.right.horizontalScrollBar().setValue(step * 60)
        view.right.verticalScrollBar().setValue(step * 120)
        view.right.viewport().repaint()
        view.left.viewport().repaint()
        frames.append(time.perf_counter() - t)
    frames.sort()
    assert load < 3.0
    assert frames[len(frames) // 2] < 0.05  # median frame, both views repainted
    assert abs(view.visible_centre(view.left).y() - view.visible_centre(view.right).y()) < 3


def test_unreadable_scan_still_lets_the_officer_record(qtbot, ctx, runner, faithful) -> None:
    """A corrupt scan of the original: the dialog says so (in Vietnamese) and the officer can still
    record a decision, which then carries no engine verdict."""
    with ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        info = ComponentInfo(dossier.id, comp.id, comp.name, dossier.code,
                             form="photocopy_with_original")
    service = VerificationService(ctx)
    dialog = AttestDialog(service, info, OfficerStub(), b"\x89PNG\r\n\x1a\n broken",
                          _png(faithful.copy), runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.compare_failed, timeout=20_000)
    assert "Ảnh bị hỏng" in dialog.status.text()
    dialog.mismatch.setChecked(True)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.attested, timeout=20_000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert done.args[0].verdict == "mismatch" and done.args[0].engine_verdict is None
