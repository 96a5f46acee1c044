"""Language of the client. The source strings are Vietnamese (the default); English comes from
resources/translations/desk_app_en.qm, Qt's own strings in Vietnamese from qtbase_vi.qm. The choice: DESK_APP_LANG, else the `language` setting of
the local store, else Vietnamese."""
from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from desk_app import paths

logger = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
STORE_FILE = "store.sqlite3"  # desk_app.context opens <home>/store.sqlite3


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` and returns it unchanged, as Qt's marker does
    (pyside6-lupdate finds the marker by this name); PySide6 types its own as returning object."""
    return source


def stored_language(home: Path) -> str | None:
    """Reads the `language` setting without opening the whole store: the translator must be in
    place before the first window, and migrating the store may take longer than that."""
    path = home / STORE_FILE
    if not path.is_file():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def choose_language(home: Path | None = None) -> str:
    env = os.environ.get("DESK_APP_LANG", "").strip().lower()[:2]
    if env in LANGUAGES:
        return env
    stored = stored_language(home if home is not None else paths.home())
    return stored if stored in LANGUAGES else "vi"


class Translators:
    """Holds the installed translators so the language can change while the client runs."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "vi"

    def install(self, language: str) -> bool:
        app = QCoreApplication.instance()
        assert app is not None
        for old in self._installed:
            app.removeTranslator(old)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "vi"
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ok = True
        if self.language == "en":
            own = QTranslator(app)
            qm = paths.resource("translations", "desk_app_en.qm")
            ok = own.load(str(qm))
            if ok:
                app.installTranslator(own)
                self._installed.append(own)
            else:
                logger.warning("English translation not found at %s", qm)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        else:
            # Qt's own strings (standard buttons, file and print dialogs, text context menus):
            # Qt's Vietnamese catalogue if a Qt ever ships one, else the project's own
            # (resources/translations/qtbase_vi.ts, made by tools/qt_vi.py).
            base = QTranslator(app)
            if (base.load(QLocale(QLocale.Language.Vietnamese), "qtbase", "_", qt_dir)
                    or base.load(str(paths.resource("translations", "qtbase_vi.qm")))):
                app.installTranslator(base)
                self._installed.append(base)
            else:
                logger.warning("Qt's Vietnamese translation not found")
            QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        # A desktop's native file dialog speaks the desktop's language, which at a Vietnamese
        # counter is often English; Qt's own dialogs follow the catalogue above.
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, self.language == "vi")
        return ok
