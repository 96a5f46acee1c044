"""The document camera behind the scanner interface, with a video file standing in for it."""
from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.capture.camera_backend import CameraScanner, Preview
from desk_app.capture.devices import scanner_for
from desk_app.capture.pipeline import process_page
from desk_app.capture.scanner import ScanError, ScannedPage, ScanSettings
from tests.capture.camera_video import write_video


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_video(tmp_path_factory.mktemp("camera") / "camera.avi")


def test_three_pages_taken_when_still(video: Path) -> None:
    previews: list[Preview] = []
    scanner = scanner_for(f"camera:{video}")
    assert isinstance(scanner, CameraScanner)
    scanner.on_preview = previews.append
    scanner.preview_fps = 1000.0  # every frame of the file
    pages: list[ScannedPage] = []
    assert scanner.scan(f"camera:{video}", ScanSettings(pages=0), pages.append) == 3
    assert [p.photo for p in pages] == [True] * 3
    assert scanner.modes(f"camera:{video}") == [(720, 960)]
    # The preview showed the outline while the pages lay still.
    assert sum(p.corners is not None for p in previews) >= 30
    flat = [process_page(p.image, dpi=p.dpi, photo_hint=True) for p in pages]
    assert all(f.photo is not None for f in flat)
    # Three different pages (the turns were seen), each flattened to A4's proportions.
    for f in flat:
        w, h = f.image.size
        assert abs(max(w, h) / min(w, h) - 2 ** 0.5) < 0.03


def test_capture_key_takes_a_frame_at_once(video: Path) -> None:
    scanner = CameraScanner(still_frames=10_000)  # never still long enough
    scanner.request_capture()
    pages: list[ScannedPage] = []
    assert scanner.scan(f"camera:{video}", ScanSettings(pages=1), pages.append) == 1


def test_missing_camera_is_a_scan_error(tmp_path: Path) -> None:
    with pytest.raises(ScanError) as err:
        CameraScanner().scan(f"camera:{tmp_path}/none/x.avi", ScanSettings(), lambda p: None)
    assert err.value.code == "camera_not_found"
