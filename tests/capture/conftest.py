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


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """The bad-file corpus, made once per run: name -> (file, expected refusal code)."""
    from tests.capture.corpus import bad_corpus

    return bad_corpus(tmp_path_factory.mktemp("bad"))
