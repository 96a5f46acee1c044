"""SANE's real `test` backend, driven out of process: pages, feeder, jam, cover, crash, hang."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desk_app.capture.sane_backend import SaneScanner
from desk_app.capture.scanner import ScanError, ScannedPage, ScanSettings

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "desk_app", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


def test_cli_lists_the_test_device(sane_config: Path) -> None:
    run = cli("scan", "--list")
    assert run.returncode == 0, run.stderr
    assert "test:0" in run.stdout.split()


def test_cli_scans_three_pages_to_a_folder(sane_config: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = cli("scan", "--device", "test:0", "--pages", "3", "-o", str(out), "--dpi", "200",
              "--option", "test-picture=Grid")
    assert run.returncode == 0, run.stderr
    files = sorted(out.iterdir())
    assert [f.name for f in files] == ["page-0001.png", "page-0002.png", "page-0003.png"]
    with Image.open(files[0]) as im:
        # The test backend's largest scan area is 200 x 200 mm: at 200 dpi 1575 pixels.
        assert abs(im.width - 1575) <= 2 and abs(im.height - 1575) <= 2
        dark = int((np.asarray(im.convert("L")) < 128).sum())
        assert 0 < dark < im.width * im.height  # a grid: some lines, mostly paper


def test_cli_jam_keeps_pages_so_far(sane_config: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = cli("scan", "--device", "test:0", "--pages", "5", "-o", str(out), "--dpi", "200",
              "--option", "@3:read-return-value=SANE_STATUS_JAMMED")
    assert run.returncode == 3
    assert "kẹt giấy" in run.stderr and "Traceback" not in run.stderr
    assert sorted(f.name for f in out.iterdir()) == ["page-0001.png", "page-0002.png"]


def test_cli_empty_feeder_keeps_pages_so_far(sane_config: Path, tmp_path: Path) -> None:
    # The test backend's feeder is empty after 10 sheets.
    out = tmp_path / "out"
    run = cli("scan", "--device", "test:0", "--pages", "12", "--source", "feeder", "-o", str(out),
              "--dpi", "200")
    assert run.returncode == 3
    assert "hết giấy" in run.stderr and "Traceback" not in run.stderr
    assert len(list(out.iterdir())) == 10


def test_feeder_until_empty_is_a_normal_end(sane_config: Path) -> None:
    pages: list[ScannedPage] = []
    n = SaneScanner().scan("test:0", ScanSettings(dpi=200, source="feeder", pages=0), pages.append)
    assert n == 10 and [p.index for p in pages] == list(range(10))


def test_cover_open_before_first_page(sane_config: Path) -> None:
    pages: list[ScannedPage] = []
    with pytest.raises(ScanError) as err:
        SaneScanner().scan("test:0", ScanSettings(
            dpi=200, pages=2, device_options={"read-return-value": "SANE_STATUS_COVER_OPEN"}),
            pages.append)
    assert err.value.code == "scanner_cover_open" and pages == []


def test_settings_reach_the_driver(sane_config: Path) -> None:
    pages: list[ScannedPage] = []
    SaneScanner().scan("test:0", ScanSettings(dpi=300, mode="colour", page_size="A5", pages=1),
                       pages.append)
    # A5 is 148 x 210 mm; the test backend stops at 200 mm.
    assert pages[0].image.mode == "RGB"
    w, h = pages[0].image.size
    assert abs(w - 148 / 25.4 * 300) <= 3 and abs(h - 200 / 25.4 * 300) <= 3
    bw: list[ScannedPage] = []
    SaneScanner().scan("test:0", ScanSettings(dpi=200, mode="bw", pages=1,
                                              device_options={"test-picture": "Solid black"}),
                       bw.append)
    assert bw[0].image.mode in ("1", "L")
    assert bw[0].image.convert("L").getextrema() == (0, 0)  # solid black stays black


def test_duplex_marks_back_sides(sane_config: Path) -> None:
    pages: list[ScannedPage] = []
    SaneScanner().scan("test:0", ScanSettings(dpi=200, source="duplex", pages=4), pages.append)
    assert [p.side for p in pages] == ["front", "back", "front", "back"]


def test_driver_crash_keeps_pages_and_next_scan_works(sane_config: Path) -> None:
    scanner = SaneScanner()
    pages: list[ScannedPage] = []

    def on_page(page: ScannedPage) -> None:
        pages.append(page)
        if len(pages) == 2:
            assert scanner.last_worker_pid
            os.kill(scanner.last_worker_pid, signal.SIGKILL)  # the driver dies mid-batch

    with pytest.raises(ScanError) as err:
        scanner.scan("test:0", ScanSettings(dpi=300, source="feeder", pages=8), on_page)
    assert err.value.code == "scanner_crashed"
    assert len(pages) >= 2 and err.value.pages_done == len(pages)
    again: list[ScannedPage] = []
    assert scanner.scan("test:0", ScanSettings(dpi=200, pages=1), again.append) == 1


def test_hung_driver_is_killed_and_pages_kept(sane_config: Path) -> None:
    scanner = SaneScanner(stall_timeout=1.5)
    pages: list[ScannedPage] = []

    def on_page(page: ScannedPage) -> None:
        pages.append(page)
        if len(pages) == 1:
            os.kill(scanner.last_worker_pid or 0, signal.SIGSTOP)  # alive but silent: a hang

    with pytest.raises(ScanError) as err:
        scanner.scan("test:0", ScanSettings(dpi=600, pages=4), on_page)
    assert err.value.code == "scanner_hung"
    assert len(pages) >= 1 and err.value.pages_done == len(pages)
    pid = scanner.last_worker_pid
    assert pid
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the stuck worker is gone


def test_cancel_stops_after_the_page_in_progress(sane_config: Path) -> None:
    cancel = threading.Event()
    pages: list[ScannedPage] = []

    def on_page(page: ScannedPage) -> None:
        pages.append(page)
        cancel.set()

    n = SaneScanner().scan("test:0", ScanSettings(dpi=300, source="feeder", pages=10), on_page, cancel)
    assert 1 <= n < 10 and n == len(pages)


def test_unknown_device(sane_config: Path) -> None:
    with pytest.raises(ScanError) as err:
        SaneScanner().scan("test:9", ScanSettings(dpi=200), lambda p: None)
    assert err.value.code == "scanner_not_found"
