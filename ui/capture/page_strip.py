"""The page strip of one component: thumbnails as pages arrive, rotate / reorder / delete / rescan
one page, import files (button or drag-and-drop). Every operation on pages runs on a worker
thread, one at a time and in the order asked; the GUI thread only draws."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap, QShortcut
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
from ui.capture.texts import error_text
from ui.capture.worker import CaptureSignals, CaptureWorker

logger = logging.getLogger(__name__)

KEY_ROLE = Qt.ItemDataRole.UserRole


class PageStripWidget(QWidget):
    pages_changed = Signal(int)  # number of pages
    busy_changed = Signal(bool)

    def __init__(self, pages: DraftPages, scanner: Scanner | None = None, device: str = "",
                 settings: ScanSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.scanner = scanner
        self.device = device
        self.settings = settings or ScanSettings(
            dpi=pages.dpi if pages.dpi in ALLOWED_DPI else 300, mode=pages.mode)
        # Page operations run one at a time, in order (like writes to the store).
        self.ops = QThreadPool(self)
        self.ops.setMaxThreadCount(1)
        self.last_error: QMessageBox | None = None
        self._current: CaptureWorker | None = None
        self._pending = 0
        self._watcher: FolderWatcher | None = None
        # Signals from the watched folder's thread, delivered to bound slots on the GUI thread.
        self._bridge = CaptureSignals(self)
        self._bridge.item.connect(self._on_item)
        self._bridge.error.connect(self._on_error)

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

        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_selected)
        QShortcut(QKeySequence("Ctrl+Left"), self.list, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Right"), self.list, lambda: self.move_selected(1))
        self.refresh()

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
        self.pages_changed.emit(self.list.count())

    def import_files(self, paths: list[Path]) -> CaptureWorker:
        def task(emit: Callable[[Any], None], progress: Callable[[int, int, str], None],
                 cancel: threading.Event) -> int:
            added = self.pages.add_files(paths, progress, cancel.is_set)
            for page in added:
                emit((page, self.pages.thumbnail(page.key)))
            return len(added)

        return self._run(task, self.tr("Đang nhập %n tệp…", "", len(paths)))

    def refresh(self) -> CaptureWorker:
        def task(emit: Callable[[Any], None], progress: Callable[[int, int, str], None],
                 cancel: threading.Event) -> list[tuple[CapturedPage, bytes]]:
            return [(p, self.pages.thumbnail(p.key)) for p in self.pages.pages()]

        return self._run(task, "", item_slot=None, on_result=self._rebuild)

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

        def task(emit: Callable[[Any], None], progress: Callable[[int, int, str], None],
                 cancel: threading.Event) -> None:
            got: list[ScannedPage] = []
            scanner.scan(device, settings, got.append, cancel)
            if got:
                self.pages.replace(key, got[0].image, got[0].dpi)

        worker = self._run(task, self.tr("Đang quét lại trang…"), item_slot=None)
        worker.after.append(self.refresh)

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel.set()

    def watch_folder(self, folder: Path, **options: Any) -> FolderWatcher:
        """Takes every complete file a scanner or copier saves into `folder` (polled, so network
        shares work) into this component; pages appear here as they are added."""
        self.stop_watching()
        pages = self.pages

        def on_file(path: Path, loaded: list[Any]) -> None:  # on the watcher's thread
            for page in loaded:
                captured = pages.add_image(page.image, page.dpi, source="folder")
                self._bridge.item.emit((captured, pages.thumbnail(captured.key)))

        def on_refused(path: Path, exc: Exception) -> None:
            self._bridge.error.emit(exc)

        self._watcher = FolderWatcher(folder, on_file, on_refused, dpi=self.settings.dpi, **options)
        self._watcher.start()
        return self._watcher

    def stop_watching(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.stop_watching()
        super().closeEvent(event)

    # --- drag and drop of files ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
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

    def _op(self, fn: Callable[[], object], select: str | None = None) -> None:
        def task(emit: Callable[[Any], None], progress: Callable[[int, int, str], None],
                 cancel: threading.Event) -> object:
            return fn()

        worker = self._run(task, "", item_slot=None)
        worker.after.append(lambda: self.refresh().after.append(lambda: self._select(select)))

    def _select(self, key: str | None) -> None:
        if key and key in self.keys():
            self.list.setCurrentRow(self.keys().index(key))

    def _run(self, task: Callable[..., Any], message: str,
             item_slot: Callable[[Any], None] | None | str = "default",
             on_result: Callable[[Any], None] | None = None) -> CaptureWorker:
        # Every connection is made before the worker starts: a fast task could otherwise emit
        # into the void.
        worker = CaptureWorker(task)
        if on_result is not None:
            worker.signals.result.connect(on_result)
        if item_slot == "default":
            worker.signals.item.connect(self._on_item)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.error.connect(self._on_error)
        worker.signals.done.connect(self._done)
        self._pending += 1
        if message:
            self._current = worker
            self.status.setText(message)
            self.cancel_button.setEnabled(True)
        self.busy_changed.emit(True)
        self.ops.start(worker)
        return worker

    def _on_item(self, pair: tuple[CapturedPage, bytes]) -> None:
        self.append_page(*pair)

    def _done(self, worker: CaptureWorker) -> None:
        self._pending -= 1
        for callback in worker.after:
            callback()
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
        from desk_app.capture.service import Cancelled

        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Đã huỷ; không có trang nào được thêm."))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Không thêm được trang"),
                          error_text(exc if isinstance(exc, BaseException) else Exception(str(exc))),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(self.tr("Không có trang nào của lần nhập này được thêm vào hồ sơ."))
        box.open()  # window-modal, never blocks the event loop
        self.last_error = box

    def _rebuild(self, pairs: list[tuple[CapturedPage, bytes]]) -> None:
        current = self.selected_key()
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
