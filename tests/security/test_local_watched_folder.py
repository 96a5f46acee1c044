"""Issue 11 point 9: the watched folder followed symbolic links (a link to a 0600 file elsewhere
was imported as a page). Now a link is never read through: it is set aside as refused, and the
open itself refuses a link (O_NOFOLLOW) should one replace a file between the listing and the
read. The folder's files also meet the size and pixel limits before decoding."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image

from desk_app.capture.folder_backend import FolderWatcher
from desk_app.capture.loader import LoadedPage, load_pages
from desk_app.errors import InputRefused
from tests.capture.corpus import jpeg_bytes, page_image


class Got:
    def __init__(self) -> None:
        self.files: list[Path] = []
        self.refused: list[tuple[Path, str]] = []

    def on_file(self, path: Path, pages: list[LoadedPage]) -> None:
        self.files.append(path)

    def on_refused(self, path: Path, exc: InputRefused) -> None:
        self.refused.append((path, exc.code))


def _poll(watcher: FolderWatcher, got: Got, seconds: float = 3.0) -> None:
    deadline = time.monotonic() + seconds
    while not (got.files or got.refused) and time.monotonic() < deadline:
        watcher.poll_once()
        time.sleep(0.15)
    watcher.poll_once()


def test_a_link_to_a_private_file_is_not_imported(tmp_path: Path) -> None:
    folder = tmp_path / "watched"
    folder.mkdir()
    secret = tmp_path / "elsewhere" / "ho-so-mat.jpg"
    secret.parent.mkdir()
    secret.write_bytes(jpeg_bytes(page_image()))
    secret.chmod(0o600)
    (folder / "scan0001.jpg").symlink_to(secret)
    got = Got()
    watcher = FolderWatcher(folder, got.on_file, got.on_refused, settle=0.1)
    _poll(watcher, got)
    assert got.files == []
    assert got.refused == [(folder / "scan0001.jpg", "link_not_followed")]
    set_aside = folder / ".refused" / "scan0001.jpg"
    assert set_aside.is_symlink()  # the link itself was moved, not the file it names
    assert secret.is_file() and not secret.is_symlink()
    for _ in range(3):  # and it is not refused again on every poll
        watcher.poll_once()
    assert len(got.refused) == 1

    # a real file next to it is still taken
    (folder / "scan0002.jpg").write_bytes(jpeg_bytes(page_image()))
    got.refused.clear()
    _poll(watcher, got)
    assert [p.name for p in got.files] == ["scan0002.jpg"]


def test_the_read_itself_does_not_follow_a_link(tmp_path: Path) -> None:
    target = tmp_path / "that.jpg"
    target.write_bytes(jpeg_bytes(page_image()))
    link = tmp_path / "this.jpg"
    link.symlink_to(target)
    with pytest.raises(InputRefused) as err:
        load_pages(link, follow_links=False)
    assert err.value.code == "link_not_followed"
    assert len(load_pages(link)) == 1  # a file the officer names on purpose may be a link


def test_a_too_large_file_in_the_folder_is_refused_before_decoding(tmp_path: Path) -> None:
    folder = tmp_path / "watched"
    folder.mkdir()
    frame = Image.new("1", (9000, 9000), 1)
    big = tmp_path / "big.tif"
    frame.save(big, save_all=True, append_images=[frame] * 3, compression="packbits")
    big.rename(folder / "big.tif")
    got = Got()
    watcher = FolderWatcher(folder, got.on_file, got.on_refused, settle=0.1)
    started = time.monotonic()
    _poll(watcher, got)
    assert got.refused == [(folder / "big.tif", "file_pixels_too_large")]
    assert time.monotonic() - started < 3.0
