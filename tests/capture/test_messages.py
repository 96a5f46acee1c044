"""Every error code the capture area can raise has a Vietnamese sentence for the command line."""
from __future__ import annotations

import ast
from pathlib import Path

from desk_app.capture.sane_backend import STATUS_CODES
from desk_app.capture.wia_backend import HRESULT_CODES
from desk_app.messages import MESSAGES

CAPTURE = Path(__file__).resolve().parents[2] / "desk_app" / "capture"
RAISERS = {"InputRefused", "ScanError", "DeskError", "ToolMissing", "NotFound", "_refuse"}


def _codes() -> set[str]:
    found: set[str] = set()
    for path in CAPTURE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in RAISERS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return found | set(STATUS_CODES.values()) | set(HRESULT_CODES.values())


def test_every_capture_code_has_a_sentence() -> None:
    codes = _codes()
    assert len(codes) > 20  # the walk really finds them
    assert sorted(c for c in codes if c not in MESSAGES) == []
