"""Fixtures of the capture tests: a SANE configuration that holds only the `test` backend."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture()
def sane_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(folder))
    return folder
