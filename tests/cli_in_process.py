"""`desk-app` commands run through the console script's entry point in the test's own process.

A real `python -m desk_app` costs a Python start-up and the command's imports (about a second of
CPU per command on the CI machine). Tests that run many commands of the same kind take the first
of each kind as a real process, which shows that the console script works, and run the rest
here: same entry point (`desk_app.cli.main`), the same environment alone in `os.environ`, the
same umask as `desk_app/__main__.py`, no standard input, and the exit status, standard output and
standard error a finished process would give."""
from __future__ import annotations

import contextlib
import functools
import io
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from desk_app.store_permissions import PRIVATE_UMASK

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def _areas() -> frozenset[str]:
    """The commands that have sub-commands of their own (`catalog import`, `report ledger`)."""
    import argparse

    from desk_app.cli import build_parser

    def subs(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    return frozenset(name for name, child in subs(build_parser()).items() if subs(child))


def family(args: Sequence[str]) -> str:
    """The kind of a command: its first word, or its first two for the areas with sub-commands."""
    return " ".join(args[:2]) if args and args[0] in _areas() else (args[0] if args else "")


def run_in_process(args: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    from desk_app.cli import main

    saved = dict(os.environ)
    out, err = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(env)
    umask = os.umask(PRIVATE_UMASK)
    stdin = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse's usage errors, as the process's exit status
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = stdin
        os.umask(umask)
        os.environ.clear()
        os.environ.update(saved)
    return subprocess.CompletedProcess(["desk-app", *args], code, out.getvalue(), err.getvalue())


class Spawner:
    """Runs the first command of each kind as a real process, the same kind again in process."""

    def __init__(self) -> None:
        self.spawned: set[str] = set()

    def run(self, args: Sequence[str], env: dict[str, str], timeout: float = 600,
            ) -> subprocess.CompletedProcess[str]:
        kind = family(args)
        if kind in self.spawned:
            return run_in_process(args, env)
        self.spawned.add(kind)
        return subprocess.run([sys.executable, "-m", "desk_app", *args], check=False,
                              capture_output=True, text=True, env=env, cwd=ROOT,
                              timeout=timeout, stdin=subprocess.DEVNULL)
