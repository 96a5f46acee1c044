"""Qt's own dialogs and buttons in the Vietnamese client: Qt ships no qtbase_vi.qm, so ui/i18n.py
loads the project's (resources/translations/qtbase_vi.ts, tools/qt_vi.py). Each dialog is opened
offscreen with the Vietnamese language installed through ui.i18n.Translators and its visible texts
(window title, labels, buttons, combo items, header labels, tooltips) must hold no English word."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gui.visible_texts import visible_texts

ENGLISH = ("OK", "Cancel", "Close", "Save", "Open", "Yes", "No", "Apply", "Discard", "Reset",
           "Help", "Retry", "Ignore", "Abort", "File name", "Files of type", "Look in", "Name",
           "Size", "Type", "Date Modified", "Back", "Forward", "Parent Directory", "Detail View",
           "List View", "Create New Folder", "Print", "Printer", "Properties", "Options", "Copies",
           "Pages", "Page", "Portrait", "Landscape", "Orientation", "Margins", "Paper", "Color",
           "Grayscale", "Collate", "Reverse", "Selection", "All", "Location", "Preview", "Output",
           "Form", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Show Details",
           "Duplex", "Current", "Settings", "Recent Places", "Computer", "Files", "Directory")
WORDS = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH) + r")\b")


@pytest.fixture()
def vietnamese(qapp: Any) -> Iterator[Any]:
    from ui.i18n import Translators

    translators = Translators()
    assert translators.install("vi")
    yield translators
    translators.install("vi")


def english_in(window: Any) -> list[str]:
    found = []
    for where, text in visible_texts(window, qt_dialog=True):
        match = WORDS.search(text.replace("&", ""))
        if match:
            found.append(f"{where}: “{text}” ({match.group(1)})")
    return found


def shown(qtbot: Any, window: Any) -> Any:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_catalogue_is_the_projects_own_and_loads(vietnamese: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from desk_app import paths

    assert paths.resource("translations", "qtbase_vi.qm").is_file()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Huỷ"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Tên &tệp:"
    assert QCoreApplication.translate("QPrintSettingsOutput", "Copies:") == "Số bản:"


def test_message_box_standard_buttons_are_vietnamese(qtbot: Any, vietnamese: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    B = QMessageBox.StandardButton
    every = (B.Ok | B.Save | B.SaveAll | B.Open | B.Yes | B.YesToAll | B.No | B.NoToAll | B.Abort
             | B.Retry | B.Ignore | B.Close | B.Cancel | B.Discard | B.Help | B.Apply | B.Reset
             | B.RestoreDefaults)
    box = shown(qtbot, QMessageBox(QMessageBox.Icon.Question, "Xác nhận", "Lưu hồ sơ?", every))
    box.setDetailedText("Chi tiết")
    labels = {box.button(b).text() for b in (B.Ok, B.Cancel, B.Yes, B.No, B.Close, B.Save)}
    assert {"Đồng ý", "Huỷ", "&Có", "&Không", "Đóng", "Lưu"} <= labels
    assert english_in(box) == []


def test_button_box_ok_cancel_close_save_are_vietnamese(qtbot: Any, vietnamese: Any) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

    S = QDialogButtonBox.StandardButton
    dialog = QDialog()
    buttons = QDialogButtonBox(S.Ok | S.Cancel | S.Close | S.Save, dialog)
    QVBoxLayout(dialog).addWidget(buttons)
    shown(qtbot, dialog)
    assert [buttons.button(b).text() for b in (S.Ok, S.Cancel, S.Close, S.Save)] == [
        "Đồng ý", "Huỷ", "Đóng", "Lưu"]
    assert english_in(dialog) == []


@pytest.mark.parametrize("mode", ["open", "save"])
def test_file_dialog_is_vietnamese(qtbot: Any, vietnamese: Any, tmp_path: Path,
                                   mode: str) -> None:
    """The dialog the client's QFileDialog.getOpenFileName/getSaveFileName calls show where the
    platform has no native dialog (offscreen; xcb without a desktop's file chooser)."""
    from PySide6.QtWidgets import QFileDialog

    (tmp_path / "to-khai.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = QFileDialog(None, "Chọn tệp", str(tmp_path), "Ảnh hoặc PDF (*.png *.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    shown(qtbot, dialog)
    qtbot.wait(200)
    seen = [t for _, t in visible_texts(dialog, qt_dialog=True)]
    assert {"Tên &tệp:", "&Kiểu tệp:", "Tên", "Kích thước", "Máy tính"} <= set(seen), seen
    assert english_in(dialog) == []


def test_print_dialog_is_vietnamese(qtbot: Any, vietnamese: Any) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QPushButton, QTabWidget

    printer = QPrinter()
    dialog = shown(qtbot, QPrintDialog(printer))
    # The options pane (copies, pages, colour, duplex) opens with "Tuỳ chọn >>"
    more = [b for b in dialog.findChildren(QPushButton) if b.text().startswith("&Tuỳ chọn")]
    if more:
        more[0].click()
    qtbot.wait(100)
    tabs = dialog.findChildren(QTabWidget)
    assert tabs, "the options pane did not open"
    for index in range(tabs[0].count()):  # copies and pages; colour and duplex
        tabs[0].setCurrentIndex(index)
        qtbot.wait(50)
        assert english_in(dialog) == []
    assert any(t == "Số bản:" for _, t in visible_texts(dialog, qt_dialog=True)) or any(
        "Số bản" in t for _, t in visible_texts(dialog, qt_dialog=True))


def test_line_edit_context_menu_is_vietnamese(qtbot: Any, vietnamese: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    edit = shown(qtbot, QLineEdit("Nguyễn Văn An"))
    menu = edit.createStandardContextMenu()
    words = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    menu.deleteLater()
    assert {"&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán", "Xoá", "Chọn tất cả"} <= set(words)
    assert not [w for w in words if WORDS.search(w.replace("&", ""))]


def test_the_clients_static_file_dialog_is_qts_own_in_vietnamese(qtbot: Any, vietnamese: Any,
                                                                  tmp_path: Path) -> None:
    """The client calls QFileDialog.getOpenFileNames/getSaveFileName; in Vietnamese these show
    Qt's dialog (a desktop's native one would speak the desktop's language)."""
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    found: list[list[str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        found.append(english_in(dialog) + [t for _, t in visible_texts(dialog, qt_dialog=True)])
        dialog.reject()

    QTimer.singleShot(50, look)
    QFileDialog.getSaveFileName(None, "Lưu PDF số hoá", str(tmp_path / "ho-so.pdf"),
                                "PDF (*.pdf)")
    assert found and "Tên &tệp:" in found[0] and "&Lưu" in found[0], found
    assert not [t for t in found[0] if "(" in t and t.endswith(")") and WORDS.search(t)]


def test_print_preview_and_page_setup_are_vietnamese(qtbot: Any, vietnamese: Any) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrinter, QPrintPreviewDialog

    printer = QPrinter()
    setup = shown(qtbot, QPageSetupDialog(printer))
    assert {"Khổ giấy:", "Hướng giấy", "Dọc", "Ngang", "Lề"} <= {t for _, t in visible_texts(setup, qt_dialog=True)}
    assert english_in(setup) == []
    preview = shown(qtbot, QPrintPreviewDialog(printer))
    actions = [a.text() for a in preview.findChildren(QAction) if a.text()]
    assert {"In", "Trang sau", "Phóng to", "Thiết lập trang"} <= set(actions)
    assert not [a for a in actions if WORDS.search(a)]
    assert english_in(preview) == []
