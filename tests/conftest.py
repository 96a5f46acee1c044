"""Shared fixtures: every test gets a fresh store under tmp_path; Qt runs offscreen."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("DESK_APP_HOME", str(path))
    monkeypatch.delenv("DESK_APP_CENTRAL_URL", raising=False)
    return path


@pytest.fixture()
def ctx(home: Path) -> Iterator[object]:
    from desk_app.context import open_context

    context = open_context(home)
    yield context
    context.close()
