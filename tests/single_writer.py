"""The tests' rule for the store's write guard (desk_app/write_guard.py): the client's rule (only
the task runner's writer thread writes the store), except that a test's own code may write on the
GUI thread, where it sets up and checks. The client's code on that thread may not: a write with a
frame from ui/ on its stack is refused there as it is in the client."""
from __future__ import annotations

import os
import sys
from pathlib import Path

_UI = str(Path(__file__).resolve().parents[1] / "ui") + os.sep


def writes_allowed() -> bool:
    from ui.workers import on_gui_thread, on_writer_thread

    if on_writer_thread():
        return True
    if not on_gui_thread():
        return False
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename.startswith(_UI):
            return False
        frame = frame.f_back
    return True
