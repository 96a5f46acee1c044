"""The session check of conftest.py: a file changed during the run counts, the developer's edits
made before it do not."""
from __future__ import annotations

import subprocess
from pathlib import Path

from tests.work_tree import changed_during, snapshot


def test_only_changes_made_during_the_run_count(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "shot.png").write_bytes(b"old")
    (tmp_path / "mine.py").write_text("x = 1\n")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "c")
    (tmp_path / "mine.py").write_text("x = 2\n")  # the developer's uncommitted edit
    before = snapshot(tmp_path)
    assert before is not None and set(before) == {"mine.py"}
    assert changed_during(before, snapshot(tmp_path) or {}) == []
    (tmp_path / "shot.png").write_bytes(b"new")  # what a test must not do
    (tmp_path / "mine.py").write_text("x = 3\n")
    (tmp_path / "new.png").write_bytes(b"x")
    assert changed_during(before, snapshot(tmp_path) or {}) == ["mine.py", "new.png", "shot.png"]


def test_outside_a_checkout_there_is_nothing_to_compare(tmp_path: Path) -> None:
    assert snapshot(tmp_path) is None
