"""The watched folder (a file appears within 2 s; a slow writer is taken only when complete) and
the Windows WIA backend through its fake."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from desk_app.capture.folder_backend import FolderScanner, FolderWatcher
from desk_app.capture.loader import LoadedPage
from desk_app.capture.scanner import ScanError, ScannedPage, ScanSettings
from desk_app.capture.wia_backend import (
    WIA_DPS_DOCUMENT_HANDLING_SELECT,
    WIA_IPS_CUR_INTENT,
    WIA_IPS_XRES,
    FakeWia,
    WiaScanner,
)
from desk_app.errors import InputRefused
from tests.capture.corpus import jpeg_bytes, page_image, pdf_with_pages


class Collector:
    def __init__(self) -> None:
        self.files: list[tuple[Path, list[LoadedPage], float]] = []
        self.refused: list[tuple[Path, InputRefused]] = []
        self.arrived = threading.Event()

    def on_file(self, path: Path, pages: list[LoadedPage]) -> None:
        self.files.append((path, pages, time.monotonic()))
        self.arrived.set()

    def on_refused(self, path: Path, exc: InputRefused) -> None:
        self.refused.append((path, exc))
        self.arrived.set()


def test_dropped_file_taken_within_two_seconds(tmp_path: Path) -> None:
    got = Collector()
    watcher = FolderWatcher(tmp_path, got.on_file, got.on_refused)
    watcher.start()
    try:
        time.sleep(0.4)
        tmp = tmp_path / "incoming.part"
        tmp.write_bytes(jpeg_bytes(page_image()))
        dropped = time.monotonic()
        tmp.rename(tmp_path / "scan0001.jpg")  # how a copier drops a finished file
        assert got.arrived.wait(5)
    finally:
        watcher.stop()
    path, pages, when = got.files[0]
    assert path.name == "scan0001.jpg" and len(pages) == 1
    assert when - dropped < 2.0
    assert (tmp_path / ".imported" / "scan0001.jpg").is_file()
    assert not (tmp_path / "scan0001.jpg").exists()


def test_slow_writer_taken_only_when_complete(tmp_path: Path) -> None:
    data = pdf_with_pages(tmp_path.parent / "src.pdf", 3).read_bytes()
    data += b" " * 0  # a real 3-page PDF
    got = Collector()
    watcher = FolderWatcher(tmp_path, got.on_file, got.on_refused)
    watcher.start()
    target = tmp_path / "slow.pdf"
    started = time.monotonic()
    try:
        chunks = 10
        step = -(-len(data) // chunks)
        with target.open("wb") as fh:
            for i in range(chunks):
                fh.write(data[i * step:(i + 1) * step])
                fh.flush()
                # One long pause in the middle: the file looks stable but does not open yet.
                time.sleep(1.5 if i == 4 else 0.4)
        finished = time.monotonic()
        assert got.arrived.wait(5)
    finally:
        watcher.stop()
    assert finished - started >= 5.0
    assert got.refused == []
    assert len(got.files) == 1
    _path, pages, when = got.files[0]
    assert when >= finished - 0.05 and len(pages) == 3


def test_bad_file_in_folder_is_refused_and_set_aside(tmp_path: Path) -> None:
    got = Collector()
    watcher = FolderWatcher(tmp_path, got.on_file, got.on_refused, settle=0.1)
    (tmp_path / "notes.jpg").write_text("không phải ảnh")
    deadline = time.monotonic() + 5
    while not got.refused and time.monotonic() < deadline:
        watcher.poll_once()
        time.sleep(0.15)
    assert got.refused and got.refused[0][1].code == "unsupported_format"
    assert (tmp_path / ".refused" / "notes.jpg").is_file() and got.files == []


def test_folder_scanner_interface(tmp_path: Path) -> None:
    for i in range(2):
        page_image(f"p{i}").save(tmp_path / f"s{i}.png")
    pages: list[ScannedPage] = []
    n = FolderScanner(poll=0.1, settle=0.1).scan(f"folder:{tmp_path}", ScanSettings(pages=2), pages.append)
    assert n == 2 and [p.index for p in pages] == [0, 1]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ScanError) as err:
        FolderWatcher(tmp_path / "nope", lambda p, x: None).poll_once()
    assert err.value.code == "folder_missing"


# --- WIA, through its fake (the real COM layer cannot run on Linux) --------------------------

def test_wia_fake_feeder_batch_with_settings() -> None:
    fake = FakeWia(sheets=3)
    scanner = WiaScanner(fake)
    assert [d.id for d in scanner.list_devices()] == ["wia:fake-wia-1"]
    pages: list[ScannedPage] = []
    n = scanner.scan("wia:fake-wia-1", ScanSettings(dpi=200, mode="colour", source="feeder", pages=0),
                     pages.append)
    assert n == 3
    assert fake.props[(True, WIA_IPS_XRES)] == 200 and fake.props[(True, WIA_IPS_CUR_INTENT)] == 1
    assert fake.props[(False, WIA_DPS_DOCUMENT_HANDLING_SELECT)] == 1
    assert pages[0].image.mode == "RGB" and pages[0].image.width == round(210 / 25.4 * 200)


def test_wia_fake_jam_keeps_pages_so_far() -> None:
    scanner = WiaScanner(FakeWia(fault_at=3))
    pages: list[ScannedPage] = []
    with pytest.raises(ScanError) as err:
        scanner.scan("wia:fake-wia-1", ScanSettings(dpi=200, source="feeder", pages=5), pages.append)
    assert err.value.code == "scanner_jammed" and err.value.pages_done == 2 and len(pages) == 2


def test_wia_fake_empty_feeder_and_cover_open() -> None:
    pages: list[ScannedPage] = []
    with pytest.raises(ScanError) as err:
        WiaScanner(FakeWia(sheets=2)).scan(
            "wia:fake-wia-1", ScanSettings(dpi=200, source="feeder", pages=4), pages.append)
    assert err.value.code == "feeder_empty" and len(pages) == 2
    with pytest.raises(ScanError) as err:
        WiaScanner(FakeWia(fault_at=1, fault=0x80210016)).scan(
            "wia:fake-wia-1", ScanSettings(dpi=200), lambda p: None)
    assert err.value.code == "scanner_cover_open"


def test_wia_real_driver_refused_off_windows() -> None:
    from desk_app.capture.wia_backend import ComWia
    from desk_app.errors import ToolMissing

    with pytest.raises(ToolMissing):
        ComWia()


