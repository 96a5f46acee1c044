"""Every text a window shows, for the tests that read a window as the officer sees it (the 1366
check of every window, and Qt's own dialogs in Vietnamese)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def visible_texts(window: Any, *, qt_dialog: bool = False) -> Iterator[tuple[str, str]]:
    """(where, text) for the window's title and every visible child's texts: labels, buttons,
    group titles, tabs, combo items, tooltips, item-view headers. The client's windows
    (`qt_dialog=False`) add line-edit placeholders and skip child windows (each is checked on its
    own); Qt's dialogs (`qt_dialog=True`) add list rows (the file dialog's places) and the headers
    of every item view."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListView,
        QTableView,
        QTabWidget,
        QTreeView,
        QWidget,
    )

    yield ("title" if qt_dialog else "window title"), window.windowTitle()
    for w in [window, *window.findChildren(QWidget)]:
        if w is not window and (not w.isVisibleTo(window) or (not qt_dialog and w.isWindow())):
            continue
        name = type(w).__name__ if qt_dialog else f"{type(w).__name__} {w.objectName()}".strip()
        if w.toolTip():
            yield name + " tooltip", w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit) and not qt_dialog:
            yield name + " placeholder", w.placeholderText()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name + " tab", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name + " item", w.itemText(i)
        model = w.model() if isinstance(w, QAbstractItemView) else None
        if model is None:
            continue
        if qt_dialog and isinstance(w, QListView):
            for row in range(model.rowCount(w.rootIndex())):
                yield name + " row", str(model.index(row, 0, w.rootIndex()).data() or "")
        if qt_dialog or isinstance(w, (QTableView, QTreeView)):
            for col in range(model.columnCount(QModelIndex())):
                yield name + " header", str(model.headerData(
                    col, Qt.Orientation.Horizontal) or "")
