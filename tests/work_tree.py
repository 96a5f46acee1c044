"""What a test run may not do: change the files of the git checkout it runs in. `conftest.py` takes
a snapshot when the session starts and compares at the end; the developer's own uncommitted edits
are in both snapshots and so never count, only what changed during the run."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

Snapshot = dict[str, str]


def snapshot(root: Path) -> Snapshot | None:
    """Every path `git status` lists (tracked and changed, or untracked and not ignored) with a hash
    of its content; None outside a git checkout."""
    if not (root / ".git").exists() or shutil.which("git") is None:
        return None
    run = subprocess.run(["git", "status", "--porcelain=v1", "-z", "--untracked-files=all"],
                         cwd=root, capture_output=True, check=False)
    if run.returncode != 0:
        return None
    found: Snapshot = {}
    entries = run.stdout.decode("utf-8", "surrogateescape").split("\0")
    skip = False
    for entry in entries:
        if skip or not entry:  # a rename's second name follows it
            skip = False
            continue
        status, path = entry[:2], entry[3:]
        skip = "R" in status or "C" in status
        found[path] = f"{status}:{_digest(root / path)}"
    return found


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"
    except OSError:
        return "?"


def changed_during(before: Snapshot, after: Snapshot) -> list[str]:
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))
