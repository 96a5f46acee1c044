"""Starts the desktop client. Kept apart so the CLI imports no Qt until the GUI is asked for."""
from __future__ import annotations

import importlib


def run_gui() -> int:
    app_module = importlib.import_module("ui.app")
    return int(app_module.main())
