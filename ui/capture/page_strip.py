"""The page strip of one component: thumbnails as pages arrive, rotate / reorder / delete / rescan
one page, import files (button or drag-and-drop). Every change of the pages goes through the
client's single writer, one at a time and in the order asked; reading thumbnails and scanning run
on the wide pool; the GUI thread only draws."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.capture.folder_backend import FolderWatcher
from desk_app.capture.scanner import ALLOWED_DPI, ScannedPage, Scanner, ScanSettings
from desk_app.capture.service import NOTE_WITH, NOTE_WITHOUT, CapturedPage, DraftPages
from desk_app.tasks import Cancelled, CancelToken, Progress
from ui.capture.texts import error_text
from ui.workers import TaskRunner, Worker

logger = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole


class _FolderBridge(QObject):
    """Carries what the watched folder's thread finds to bound slots on the GUI thread."""

    pages = Signal(object)  # list[CapturedPage], prepared, not yet added
    refused = Signal(object)  # the exception


class PageStripWidget(QWidget):
    pages_changed = Signal(int)  # number of pages
    busy_changed = Signal(bool)

    def __init__(self, pages: DraftPages, runner: TaskRunner, scanner: Scanner | None = None,
                 device: str = "", settings: ScanSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.scanner = scanner
        self.device = device
        self.settings = settings or ScanSettings(
            dpi=pages.dpi if pages.dpi in ALLOWED_DPI else 300, mode=pages.mode)
        self._runner = runner
        self.last_error: QMessageBox | None = None
        self._current: Worker | None = None
        self._pending = 0
        self._generation = 0  # of the latest refresh; an older one's result is dropped
        self._refreshing = False
        self._select_after: str | None = None
        self._watcher: FolderWatcher | None = None
        self._bridge = _FolderBridge(self)
        self._bridge.pages.connect(self._add_prepared)
        self._bridge.refused.connect(self._on_error)

        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(QSize(120, 160))
        self.list.setGridSize(QSize(150, 210))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setAcceptDrops(False)  # file drops are handled by the strip itself
        self.list.setAccessibleName(self.tr("Các trang đã quét"))
        self.setAcceptDrops(True)

        def button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        self.import_button = button(
            self.tr("Nhập tệp…"),
            self.tr("Thêm ảnh hoặc PDF (có thể kéo thả tệp vào đây)"),
            self._choose_files)
        self.left_button = button(
            self.tr("◀ Trước"),
            self.tr("Chuyển trang lên trước (Ctrl+←)"),
            lambda: self.move_selected(-1))
        self.right_button = button(
            self.tr("Sau ▶"),
            self.tr("Chuyển trang ra sau (Ctrl+→)"),
            lambda: self.move_selected(1))
        self.rotate_left_button = button(
            self.tr("⟲ Xoay trái"),
            self.tr("Xoay trang 90° ngược chiều kim đồng hồ"),
            lambda: self.rotate_selected(90))
        self.rotate_right_button = button(
            self.tr("⟳ Xoay phải"),
            self.tr("Xoay trang 90° theo chiều kim đồng hồ"),
            lambda: self.rotate_selected(270))
        self.delete_button = button(
            self.tr("Xoá trang"),
            self.tr("Xoá trang đang chọn (Delete)"),
            self.delete_selected)
        self.rescan_button = button(
            self.tr("Quét lại trang"),
            self.tr("Quét lại trang đang chọn"),
            self.rescan_selected)
        self.rescan_button.setEnabled(scanner is not None)
        self.cancel_button = button(self.tr("Huỷ"), self.tr("Dừng việc đang làm"), self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel("", self)

        tools = QHBoxLayout()
        for w in (self.import_button, self.left_button, self.right_button, self.rotate_left_button,
                  self.rotate_right_button, self.delete_button, self.rescan_button):
            tools.addWidget(w)
        tools.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

        # page tools act on the selected page: off while there is none
        self.list.currentRowChanged.connect(lambda _r: self._update_tools())
        self.list.model().rowsInserted.connect(lambda *_a: self._update_tools())
        self.list.model().rowsRemoved.connect(lambda *_a: self._update_tools())
        self.list.model().modelReset.connect(self._update_tools)
        self._update_tools()
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_selected)
        QShortcut(QKeySequence("Ctrl+Left"), self.list, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Right"), self.list, lambda: self.move_selected(1))
        self.refresh()

    def _update_tools(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        selected = 0 <= row < count
        self.left_button.setEnabled(selected and row > 0)
        self.right_button.setEnabled(selected and row < count - 1)
        for b in (self.rotate_left_button, self.rotate_right_button, self.delete_button):
            b.setEnabled(selected)
        self.rescan_button.setEnabled(selected and self.scanner is not None)

    # --- public -------------------------------------------------------------------------------
    def count(self) -> int:
        return self.list.count()

    def keys(self) -> list[str]:
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]

    def selected_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item else None

    def append_page(self, page: CapturedPage, thumb: bytes) -> None:
        """A page added elsewhere (the scan dialog): show it at the end."""
        self._add_item(page, thumb)
        self._changed()
        self.pages_changed.emit(self.list.count())

    def import_files(self, paths: list[Path]) -> Worker:
        pages = self.pages

        def task(emit: Callable[[Any], None], progress: Progress, cancel: CancelToken) -> int:
            added = pages.add_files(paths, progress, cancel)
            for page in added:
                emit((page, pages.thumbnail(page.key)))
            return len(added)

        return self._write(task, self.tr("Đang nhập %n tệp…", "", len(paths)), items=True)

    def refresh(self) -> Worker:
        """Reads the set again (on the wide pool); a refresh overtaken by a change is dropped and
        another one asked, so the strip ends up showing the set as it is."""
        self._generation += 1
        generation = self._generation
        self._refreshing = True
        pages = self.pages

        def read() -> list[tuple[CapturedPage, bytes]]:
            return [(p, pages.thumbnail(p.key)) for p in pages.pages()]

        return self._track(lambda finished: self._runner.run(
            read, owner=self, on_result=lambda pairs: self._on_read(generation, pairs),
            on_error=self._on_error, on_finished=finished), "")

    def rotate_selected(self, degrees_ccw: int) -> None:
        key = self.selected_key()
        if key:
            self._op(lambda: self.pages.rotate(key, degrees_ccw))

    def delete_selected(self) -> None:
        key = self.selected_key()
        if key:
            self._op(lambda: self.pages.delete(key))

    def move_selected(self, step: int) -> None:
        key = self.selected_key()
        if key:
            index = self.keys().index(key) + step
            if 0 <= index < self.list.count():
                self._op(lambda: self.pages.move(key, index), select=key)

    def rescan_selected(self) -> None:
        key = self.selected_key()
        if not key or self.scanner is None:
            return
        scanner, device = self.scanner, self.device
        settings = ScanSettings(dpi=self.settings.dpi, mode=self.settings.mode,
                                source=self.settings.source, page_size=self.settings.page_size, pages=1)

        def scan(progress: Progress, cancel: CancelToken) -> ScannedPage | None:
            got: list[ScannedPage] = []
            scanner.scan(device, settings, got.append, cancel)
            return got[0] if got else None

        def scanned(page: ScannedPage | None) -> None:  # the store write, on the writer
            if page is not None:
                self._op(lambda: self.pages.replace(key, page.image, page.dpi))

        self._track(lambda finished: self._runner.run(
            scan, with_progress=True, owner=self, on_result=scanned, on_error=self._on_error,
            on_progress=self._on_progress, on_finished=finished), self.tr("Đang quét lại trang…"))

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel()

    def watch_folder(self, folder: Path, **options: Any) -> FolderWatcher:
        """Takes every complete file a scanner or copier saves into `folder` (polled, so network
        shares work) into this component; pages appear here as they are added."""
        self.stop_watching()
        pages = self.pages

        def on_file(path: Path, loaded: list[Any]) -> None:  # on the watcher's thread
            # The pipeline runs here; the store write goes to the writer, from the GUI thread.
            self._bridge.pages.emit([pages.prepare(p.image, p.dpi, source="folder") for p in loaded])

        def on_refused(path: Path, exc: Exception) -> None:
            self._bridge.refused.emit(exc)

        self._watcher = FolderWatcher(folder, on_file, on_refused, dpi=self.settings.dpi, **options)
        self._watcher.start()
        return self._watcher

    def stop_watching(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    def closeEvent(self, event: Any) -> None:
        self.stop_watching()
        super().closeEvent(event)

    # --- drag and drop of files ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # --- internals -----------------------------------------------------------------------------
    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn ảnh hoặc PDF"), "",
            self.tr("Ảnh và PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.webp *.bmp);;Mọi tệp (*)"))
        if files:
            self.import_files([Path(f) for f in files])

    def _add_prepared(self, prepared: list[CapturedPage]) -> None:
        pages = self.pages

        def task(emit: Callable[[Any], None], progress: Progress, cancel: CancelToken) -> None:
            for page in pages.add_prepared(prepared):
                emit((page, pages.thumbnail(page.key)))

        self._write(task, "", items=True)

    def _op(self, fn: Callable[[], object], select: str | None = None) -> None:
        def task(emit: Callable[[Any], None], progress: Progress, cancel: CancelToken) -> object:
            return fn()

        def then() -> None:
            self._select_after = select
            self.refresh()

        self._write(task, "", then=then)

    def _select(self, key: str | None) -> None:
        if key and key in self.keys():
            self.list.setCurrentRow(self.keys().index(key))

    def _write(self, task: Callable[..., Any], message: str, items: bool = False,
               then: Callable[[], None] | None = None) -> Worker:
        """A change of the set: on the client's single writer, in the order asked."""
        return self._track(lambda finished: self._runner.write(
            task, with_progress=True, with_items=True, owner=self,
            on_item=self._on_item if items else None, on_progress=self._on_progress,
            on_error=self._on_error, on_finished=finished), message, then)

    def _track(self, start: Callable[[Callable[[], None]], Worker], message: str,
               then: Callable[[], None] | None = None) -> Worker:
        """Starts a worker (through `start`, given the callback for its end) and counts it until
        it ends; with a message, it is the one the cancel button stops."""
        started: list[Worker] = []

        def finished() -> None:  # queued to the GUI thread, so `started` is filled by then
            if then is not None:
                then()
            self._done(started[0])

        worker = start(finished)
        started.append(worker)
        self._pending += 1
        if message:
            self._current = worker
            self.status.setText(message)
            self.cancel_button.setEnabled(True)
        self.busy_changed.emit(True)
        return worker

    def _changed(self) -> None:
        # A refresh still under way may have read the set before this change: ask another.
        if self._refreshing:
            self.refresh()

    def _on_item(self, pair: tuple[CapturedPage, bytes]) -> None:
        self.append_page(*pair)

    def _done(self, worker: Worker) -> None:
        self._pending -= 1
        if worker is self._current:
            self._current = None
            self.cancel_button.setEnabled(False)
            self.progress.setVisible(False)
            self.status.setText(self.tr("%n trang", "", self.list.count()))
        if self._pending == 0:
            self.busy_changed.emit(False)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _on_error(self, exc: object) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Đã huỷ; không có trang nào được thêm."))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Không thêm được trang"),
                          error_text(exc if isinstance(exc, BaseException) else Exception(str(exc))),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(self.tr("Không có trang nào của lần nhập này được thêm vào hồ sơ."))
        box.open()  # window-modal, never blocks the event loop
        self.last_error = box

    def _on_read(self, generation: int, pairs: list[tuple[CapturedPage, bytes]]) -> None:
        if generation != self._generation:
            return  # overtaken by a change: a newer refresh is on its way
        self._refreshing = False
        current, self._select_after = self._select_after or self.selected_key(), None
        self.list.clear()
        for page, thumb in pairs:
            self._add_item(page, thumb)
        self._select(current)
        self.pages_changed.emit(self.list.count())

    def _add_item(self, page: CapturedPage, thumb: bytes) -> None:
        pix = QPixmap()
        pix.loadFromData(thumb)
        flags = []
        if page.blank:
            flags.append(self.tr("trang trắng?"))
        if page.blurry:
            flags.append(self.tr("mờ?"))
        if page.role == "back":
            flags.append(self.tr("mặt sau"))
        if page.label == NOTE_WITH:
            flags.append(self.tr("có giấy nhớ"))
        elif page.label == NOTE_WITHOUT:
            flags.append(self.tr("bỏ giấy nhớ"))
        number = self.list.count() + 1
        text = self.tr("Trang %1").replace("%1", str(number))
        if flags:
            text += "\n" + ", ".join(flags)
        item = QListWidgetItem(QIcon(pix), text)
        item.setData(KEY_ROLE, page.key)
        item.setToolTip(text)
        if page.blank or page.blurry:
            item.setForeground(Qt.GlobalColor.darkRed)
        self.list.addItem(item)
