"""The main window's views of the dossier list — today, due soon, overdue, waiting for the result,
ready to return — as a row of buttons, each with its count, chosen by Ctrl+1 … Ctrl+5."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ui.i18n import QT_TRANSLATE_NOOP

# the view's key (what the lifecycle service's `view()` takes) -> its name on the button
VIEWS: tuple[tuple[str, str], ...] = (
    ("today", QT_TRANSLATE_NOOP("DossierViews", "Hôm nay")),
    ("due_soon", QT_TRANSLATE_NOOP("DossierViews", "Sắp đến hạn")),
    ("overdue", QT_TRANSLATE_NOOP("DossierViews", "Quá hạn")),
    ("waiting_result", QT_TRANSLATE_NOOP("DossierViews", "Chờ kết quả")),
    ("ready_to_return", QT_TRANSLATE_NOOP("DossierViews", "Chờ trả kết quả")),
)
# a view that needs the officer's attention is marked by colour and by a sign in its text
ALERT = {"due_soon": ("⌛", "#8a4b00"), "overdue": ("⚠", "#b00020")}


def view_name(key: str) -> str:
    return QCoreApplication.translate("DossierViews", dict(VIEWS).get(key, key))


class ViewBar(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewBar")
        self.current = "today"
        self.counts: dict[str, int] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, (key, _name) in enumerate(VIEWS, start=1):
            b = QPushButton(self)
            b.setObjectName(f"view.{key}")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.clicked.connect(lambda _c=False, key=key: self.choose(key))
            self._group.addButton(b)
            self.buttons[key] = b
            layout.addWidget(b)
            sc = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(lambda key=key: self.choose(key))
        layout.addStretch(1)
        self.buttons["today"].setChecked(True)
        self._show()

    def choose(self, key: str) -> None:
        self.current = key
        self.buttons[key].setChecked(True)
        self.chosen.emit(key)

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self._show()

    def _show(self) -> None:
        for n, (key, _name) in enumerate(VIEWS, start=1):
            b = self.buttons[key]
            count = self.counts.get(key)
            text = view_name(key) if count is None else f"{view_name(key)}: {count}"
            sign, colour = ALERT.get(key, ("", ""))
            if sign and count:
                text = f"{sign} {text}"
                b.setStyleSheet(f"color: {colour}; font-weight: bold;")
            else:
                b.setStyleSheet("")
            b.setText(f"{text}  · Ctrl+{n}")
