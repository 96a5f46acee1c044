"""A watched folder: works with any scanner or copier that saves files (to a local folder or a
network share). The folder is polled - change notifications do not cross SMB/NFS reliably - and
a file is taken only when it is complete: its size and modification time are the same on two
polls and it was last written `settle` seconds ago, AND it opens completely (a half-written JPEG
or PDF fails to load and is simply tried again at the next poll). Taken files move to `.imported/`, refused ones to `.refused/`."""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desk_app.capture.loader import DEFAULT_LIMITS, Limits, LoadedPage, load_pages
from desk_app.capture.scanner import (
    DeviceInfo,
    PageCallback,
    ScanError,
    ScannedPage,
    Scanner,
    ScanSettings,
)
from desk_app.errors import InputRefused
from desk_app.tasks import CancelToken, Progress

logger = logging.getLogger(__name__)

IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".download", "~")
# Codes a file still being written can produce; others are final at once.
TRANSIENT = {"empty_file", "corrupt_image", "corrupt_pdf", "file_unreadable", "empty_pdf"}

FileCallback = Callable[[Path, list[LoadedPage]], None]
RefusedCallback = Callable[[Path, InputRefused], None]


@dataclass
class _Seen:
    size: int
    mtime_ns: int
    since: float  # monotonic time this size/mtime was first seen


class FolderWatcher:
    def __init__(self, folder: Path, on_file: FileCallback, on_refused: RefusedCallback | None = None,
                 poll: float = 0.3, settle: float = 0.6, give_up: float = 60.0, dpi: int = 300,
                 limits: Limits = DEFAULT_LIMITS, after: str = "move") -> None:
        self.folder = Path(folder)
        self.on_file = on_file
        self.on_refused = on_refused
        self.poll = poll
        self.settle = settle
        self.give_up = give_up  # a file that never opens completely is refused after this
        self.dpi = dpi
        self.limits = limits
        self.after = after  # move / delete / keep
        self._seen: dict[str, _Seen] = {}
        self._done: set[str] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- one poll, testable on its own ------------------------------------------------------
    def poll_once(self) -> list[Path]:
        if not self.folder.is_dir():
            raise ScanError("folder_missing", self.folder.name)
        now = time.monotonic()
        taken: list[Path] = []
        try:
            entries = sorted(os.scandir(self.folder), key=lambda e: e.name)
        except OSError as exc:
            raise ScanError("folder_missing", type(exc).__name__) from None
        present = set()
        for entry in entries:
            name = entry.name
            if name.startswith((".", "~$")) or name.lower().endswith(IGNORED_SUFFIXES):
                continue
            try:
                link = entry.is_symlink()
                if not link and not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # vanished or locked between listing and stat
            if link:
                # A link could name any file this program may read (another user's 0600 file
                # reachable by the counter's account): never followed, set aside as refused.
                present.add(name)
                if name not in self._done:
                    self._refuse_link(Path(entry.path))
                continue
            present.add(name)
            if name in self._done:
                continue
            seen = self._seen.get(name)
            if seen is None or (seen.size, seen.mtime_ns) != (st.st_size, st.st_mtime_ns):
                self._seen[name] = _Seen(st.st_size, st.st_mtime_ns, now)
                continue
            # Unchanged since the last poll, and last written at least `settle` ago (a file
            # moved in whole keeps its old mtime and goes at once). A share whose clock runs
            # ahead of ours shows mtimes in the future: then our own observation time decides.
            written_ago = time.time() - st.st_mtime
            if written_ago < self.settle and now - seen.since < 3 * self.settle:
                continue
            path = Path(entry.path)
            try:
                pages = load_pages(path, self.dpi, self.limits, follow_links=False)
            except InputRefused as exc:
                if exc.code in TRANSIENT and now - seen.since < self.give_up:
                    continue  # maybe still being written with pauses: try again later
                self._finish(path, refused=True)
                if self.on_refused:
                    self.on_refused(path, exc)
                continue
            self.on_file(path, pages)
            self._finish(path, refused=False)
            taken.append(path)
        for name in list(self._seen):
            if name not in present:
                del self._seen[name]
        self._done &= present
        return taken

    def _refuse_link(self, path: Path) -> None:
        logger.warning("a symbolic link in the watched folder was not followed")
        self._finish(path, refused=True)
        if self.on_refused:
            self.on_refused(path, InputRefused("link_not_followed", path.name))

    def _finish(self, path: Path, refused: bool) -> None:
        self._done.add(path.name)
        self._seen.pop(path.name, None)
        if self.after == "keep":
            return
        try:
            if self.after == "delete" and not refused:
                path.unlink()
                return
            target_dir = self.folder / (".refused" if refused else ".imported")
            target_dir.mkdir(exist_ok=True)
            target = target_dir / path.name
            if target.exists():
                target = target_dir / f"{path.stem}-{time.time_ns()}{path.suffix}"
            path.replace(target)
        except OSError as exc:
            # A read-only share: remember the name instead (kept in _done while present).
            logger.warning("could not move a taken file: %s", type(exc).__name__)

    # --- a background thread ----------------------------------------------------------------
    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="folder-watch", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_once()
            except ScanError as exc:
                logger.warning("watched folder: %s", exc.code)
            except Exception:  # the watcher must survive a callback's failure
                logger.exception("watched folder poll failed")
            self._stop.wait(self.poll)


class FolderScanner(Scanner):
    """The watched folder behind the Scanner interface: device `folder:<path>`; `scan` waits for
    `settings.pages` pages (0 = until cancelled) to arrive in the folder."""

    name = "folder"

    def __init__(self, poll: float = 0.3, settle: float = 0.6) -> None:
        self.poll = poll
        self.settle = settle

    def list_devices(self) -> list[DeviceInfo]:
        return []  # folders are configured, not discovered

    def scan(self, device: str, settings: ScanSettings, on_page: PageCallback,
             cancel: CancelToken | None = None, progress: Progress | None = None) -> int:
        folder = Path(device.removeprefix("folder:"))
        count = 0
        refused: list[InputRefused] = []

        def take(path: Path, pages: list[LoadedPage]) -> None:
            nonlocal count
            for page in pages:
                on_page(ScannedPage(index=count, image=page.image, dpi=page.dpi, device=device))
                count += 1
                if progress:
                    progress(count, settings.pages, path.name)

        watcher = FolderWatcher(folder, take, lambda p, e: refused.append(e), self.poll,
                                self.settle, dpi=settings.dpi)
        stop = cancel or CancelToken()
        while not stop.is_set() and (settings.pages == 0 or count < settings.pages):
            watcher.poll_once()
            if refused:
                raise refused[0]
            stop.wait(self.poll)
        return count


def device_id(folder: Path) -> str:
    return f"folder:{Path(folder).resolve()}"

