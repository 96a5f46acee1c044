"""Screenshots of Qt's own dialogs in the Vietnamese client (catalogue made by tools/qt_vi.py):
docs/screenshots/qt-file-dialog-vi.png and qt-print-dialog-vi.png, plus, with --all, the message
box into the folder given by --out. Run offscreen:
QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tools/qt_vi_screenshots.py [--all] [--out DIR]"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[1]


def grab(widget: QWidget, path: Path, app: QApplication) -> None:
    widget.show()
    for _ in range(20):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    from ui.i18n import Translators

    app = QApplication(sys.argv[:1])
    Translators().install("vi")
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else \
        ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        for name in ("giay-khai-sinh.pdf", "to-khai.png", "cccd-mat-truoc.jpg"):
            (Path(folder) / name).write_bytes(b"0" * 2048)
        dialog = QFileDialog(None, "Chọn các trang cần thêm", folder,
                             "Ảnh hoặc PDF (*.png *.jpg *.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.resize(860, 460)
        dialog.show()
        for _ in range(20):
            app.processEvents()
        for tree in dialog.findChildren(QTreeView):  # Qt's default widths cut "Kích thước"
            tree.header().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        grab(dialog, out / "qt-file-dialog-vi.png", app)
        dialog.close()
    printer = QPrinter()
    printing = QPrintDialog(printer)
    for button in printing.findChildren(QPushButton):
        if button.text().startswith("&Tuỳ chọn"):
            button.click()
    grab(printing, out / "qt-print-dialog-vi.png", app)
    if "--all" in sys.argv:
        B = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, "Xác nhận", "Lưu các thay đổi của hồ sơ?",
                          B.Save | B.Discard | B.Cancel | B.Yes | B.No | B.Ok | B.Close)
        box.setDetailedText("Hồ sơ 000.00.00.H00-260101-0001")
        grab(box, out / "qt-message-box-vi.png", app)


if __name__ == "__main__":
    main()
