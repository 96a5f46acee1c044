"""Every top-level window and dialog fits the screen it opens on, and comes back where its
officer left it.

The counter's common screen is 1366×768 with a taskbar, so a window asks for a preferred size and
gets at most the screen's available geometry minus room for the window manager's frame and title
bar; its position is pulled back onto the screen when it shows. Long contents scroll inside the
window (QScrollArea, splitters), buttons stay in view (tests/gui/test_fit_1366.py).

Where a window was is remembered per officer in a QSettings ini file in the store's home folder
(`windows.ini`, one group per username), not in the store's settings table: a window's place
belongs to this workstation's screen, never travels to the centre, and saving it must not be a
store write on the single writer's queue each time a dialog closes. The file is read once at login
and written on the runner's writer thread (ordered, off the GUI thread); until an officer has
logged in (the login dialog, tests of single widgets) nothing is remembered.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left around the client area for what the window manager draws: side frames, and the title
# bar plus bottom frame (about 30 px with common themes, a little more with large fonts).
FRAME_WIDTH = 16
FRAME_HEIGHT = 40
PLACES_FILE = "windows.ini"


class _Places:
    """The remembered geometries of one officer: a dict in memory, saved through `write`."""

    def __init__(self, path: Path, user: str, saved: dict[str, bytes], write: Any) -> None:
        self.path = path
        self.user = user
        self.saved = saved
        self.write = write


_places: _Places | None = None


def read_places(path: Path, user: str) -> dict[str, bytes]:
    """Runs on a worker: the geometries saved for `user`."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.beginGroup(user)
    out: dict[str, bytes] = {}
    for key in settings.childKeys():
        value = settings.value(key)
        if isinstance(value, QByteArray):
            out[key] = bytes(value.data())
    return out


def write_place(path: Path, user: str, name: str, geometry: bytes) -> None:
    """Runs on the writer thread: one window's geometry into the ini file."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue(f"{user}/{name}", QByteArray(geometry))
    settings.sync()


def remember_for(home: Path, user: str, runner: Any) -> None:
    """From now on windows come back where `user` left them. The saved places are read on a
    worker; a window opened before they arrive simply opens at its preferred size."""
    global _places
    path = home / PLACES_FILE
    places = _Places(path, user, {}, runner.write)
    _places = places

    def loaded(saved: dict[str, bytes]) -> None:
        places.saved.update({k: v for k, v in saved.items() if k not in places.saved})

    runner.run(read_places, path, user, on_result=loaded)


def forget() -> None:
    """At logout: the next officer's places are not this one's."""
    global _places
    _places = None


def available(window: QWidget) -> QRect:
    """The available geometry (without taskbars) of the screen the window is on or will be on."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(window: QWidget, width: int, height: int) -> None:
    """Resizes to the preferred size, or to what the screen has room for when smaller."""
    room = available(window)
    window.resize(min(width, room.width() - FRAME_WIDTH), min(height, room.height() - FRAME_HEIGHT))


def fit_window(window: QWidget, width: int, height: int, name: str | None = None) -> None:
    """A top-level window's preferred size, clamped to the screen, kept on screen when shown, and
    remembered per officer under `name` (default: its object name or class)."""
    fit_size(window, width, height)
    keeper = _Keeper(window, name or window.objectName() or type(window).__name__)
    window.installEventFilter(keeper)


def clamp_onto_screen(window: QWidget) -> None:
    """Shrinks the window to the available geometry and, when it has been placed (a remembered
    geometry), moves it so that all of it is visible."""
    if window.isMaximized() or window.isFullScreen():
        return
    room = available(window)
    width = min(window.width(), room.width() - FRAME_WIDTH)
    height = min(window.height(), room.height() - FRAME_HEIGHT)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        return  # not placed yet: Qt centres a dialog over its parent, within the screen
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), 0)
    extra_h = max(frame.height() - window.height(), 0)
    x = min(max(frame.x(), room.left()), room.right() + 1 - width - extra_w)
    y = min(max(frame.y(), room.top()), room.bottom() + 1 - height - extra_h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.left()), max(y, room.top()))


class _Keeper(QObject):
    """Restores the officer's geometry of this window when it first shows, keeps it on screen, and
    saves it when the window hides (closing hides it)."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.name = name
        self.restored = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.Show and watched.isWindow():
            if not self.restored:
                self.restored = True
                places = _places
                saved = places.saved.get(self.name) if places is not None else None
                if saved:
                    watched.restoreGeometry(QByteArray(saved))
            clamp_onto_screen(watched)
        elif event.type() == QEvent.Type.Hide and watched.isWindow():
            places = _places
            if places is not None:
                geometry = bytes(watched.saveGeometry().data())
                places.saved[self.name] = geometry
                places.write(write_place, places.path, places.user, self.name, geometry)
        return False
