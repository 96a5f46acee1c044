"""pytest-qt: three pages from a document camera backed by a video file. The preview shows the
outline, pages are taken when still, thumbnails arrive while the GUI thread keeps ticking; the
officer corrects the corners by keyboard and the correction is kept for the batch."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from desk_app.capture.camera_backend import CameraScanner
from desk_app.capture.scanner import DeviceInfo
from desk_app.capture.service import DraftPages
from desk_app.domain.types import ColourMode
from tests.capture.camera_video import write_video
from ui.capture.camera_dialog import CameraDialog
from ui.capture.page_strip import PageStripWidget


def _shots() -> Path:
    # docs/screenshots only when asked for (DESK_APP_SCREENSHOTS=docs/screenshots)
    folder = Path(os.environ.get("DESK_APP_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_video(tmp_path_factory.mktemp("camera") / "camera.avi")


def test_three_pages_from_a_camera(qtbot, runner, ctx, video: Path) -> None:  # type: ignore[no-untyped-def]
    pages = DraftPages(ctx.pages, ColourMode.GREY, dpi=300)
    strip = PageStripWidget(pages, runner)
    qtbot.addWidget(strip)
    device = f"camera:{video}"
    # Real time: the file plays at about the pace a camera delivers frames.
    scanner = CameraScanner(preview_fps=1000.0)
    dialog = CameraDialog(pages, runner, scanner,
                          devices=[DeviceInfo(device, "", "Video", "camera", "camera")])
    qtbot.addWidget(dialog)
    dialog.page_added.connect(strip.append_page)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.resolution.count() == 1, timeout=20000)
    assert dialog.resolution.currentText() == "720 × 960"
    outlines: list[bool] = []
    dialog.preview_shown.connect(outlines.append)
    ticks = [0]
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    arrivals: list[tuple[float, int]] = []
    strip.pages_changed.connect(lambda n: arrivals.append((time.monotonic(), ticks[0])))
    shot_taken = False
    with qtbot.waitSignal(dialog.scan_finished, timeout=240000) as done:
        assert dialog.start_scan() is not None
        qtbot.waitUntil(lambda: any(outlines), timeout=60000)
        if not shot_taken:
            dialog.grab().save(str(_shots() / "camera-dialog-outline.png"))
            shot_taken = True
    timer.stop()
    assert done.args == [3]
    assert strip.count() == 3
    assert sum(outlines) >= 30  # the outline was drawn on the preview
    # Thumbnails arrived one by one while the timer kept counting on the GUI thread.
    assert [t for _, t in arrivals] == sorted({t for _, t in arrivals}) and len(arrivals) == 3
    assert ticks[0] > 50 and arrivals[0][1] > 0
    stored = pages.pages()
    assert all(p.source == "camera" and p.original is not None for p in stored)

    # Corner correction by keyboard on the last page: corner 2, ten steps left and down.
    corner = dialog.correct_corners()
    assert corner is not None
    qtbot.addWidget(corner)
    editor = corner.editor
    before = list(editor.corners)
    qtbot.keyClick(editor, Qt.Key.Key_2)
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    after = editor.corners
    assert after[1][0] < before[1][0] and after[1][1] > before[1][1]
    assert after[0] == before[0] and after[2] == before[2]
    corner.grab().save(str(_shots() / "camera-corner-correction.png"))
    with qtbot.waitSignal(dialog.page_corrected, timeout=60000) as fixed:
        corner.accept()
    page = fixed.args[0]
    assert page.manual_corners and pages.pipeline.corners is not None
    assert [tuple(round(v, 4) for v in c) for c in pages.pipeline.corners] == \
        [tuple(round(v, 4) for v in c) for c in after]
    assert len(pages.pages()) == 3
