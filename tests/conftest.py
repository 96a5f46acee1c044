"""Shared fixtures: every test gets a fresh store under tmp_path; Qt runs offscreen; widgets get the
client's task runner, which fails the test on a store write outside its single writer and on
background work left running. A run that changes files of the checkout fails at the end
(tests/work_tree.py)."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
_before: dict[str, str] | None = None


def pytest_sessionstart(session: pytest.Session) -> None:
    global _before
    from tests.work_tree import snapshot

    _before = snapshot(ROOT)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run that changed files of the checkout fails (screenshots and other output belong in
    tmp_path, or in DESK_APP_SCREENSHOTS when asked for)."""
    from tests.work_tree import changed_during, snapshot

    after = snapshot(ROOT)
    if _before is None or after is None:
        return
    changed = changed_during(_before, after)
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        text = "\nthe test run changed files of the checkout:\n  " + "\n  ".join(changed)
        if reporter is not None:
            reporter.write_line(text, red=True)
        else:
            print(text)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# The counter's common screen: Qt's offscreen platform gets one virtual screen of 1366×768 (with
# window frames), so windows size themselves as they would there (tests/gui/test_fit_1366.py).
SCREEN_1366 = {"synchronousWindowSystemEvents": False, "windowFrameMargins": True,
               "screens": [{"name": "counter", "x": 0, "y": 0, "width": 1366, "height": 768,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """pytest-qt's QApplication arguments: on the offscreen platform, the 1366×768 screen."""
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return ["desk-tests"]
    config = tmp_path_factory.mktemp("qpa") / "screen-1366x768.json"
    config.write_text(json.dumps(SCREEN_1366))
    return ["desk-tests", "-platform", f"offscreen:configfile={config}"]


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("DESK_APP_HOME", str(path))
    monkeypatch.delenv("DESK_APP_CENTRAL_URL", raising=False)
    return path


@pytest.fixture()
def ctx(home: Path) -> Iterator[object]:
    """An open store: a copy of the run's migrated empty store (tests/store_template.py), opened
    as the program opens any store (workstation, reference data, permissions)."""
    from desk_app.context import open_context
    from tests.store_template import copy_migrated_store

    copy_migrated_store(home)
    context = open_context(home)
    yield context
    context.close()


@pytest.fixture()
def runner(request: pytest.FixtureRequest, qapp: Any) -> Iterator[Any]:
    """The client's TaskRunner. When the test has a store (`ctx`), its engine gets the write
    guard (`writes_allowed`): a store write from anywhere but the runner's single writer is refused
    and fails the test. Work still running at the end, on either of the runner's pools or on Qt's
    global pool, fails the test as well."""
    from PySide6.QtCore import QThreadPool

    from desk_app.write_guard import guard_writes
    from tests.single_writer import writes_allowed
    from ui.workers import TaskRunner

    task_runner = TaskRunner()
    guard = None
    if "ctx" in request.fixturenames:
        guard = guard_writes(request.getfixturevalue("ctx").engine, writes_allowed)
    yield task_runner
    done = task_runner.wait_done(20_000) and QThreadPool.globalInstance().waitForDone(20_000)
    qapp.processEvents()
    if guard is not None:
        guard.remove()
    assert done, "background work still running at the end of the test"
    assert guard is None or not guard.violations, (
        "store writes outside the single writer:\n" + "\n".join(guard.violations))
