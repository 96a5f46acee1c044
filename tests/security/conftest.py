"""The local side of issue 11, tried from outside: each test runs `desk-app` as its own process
on a store of its own and, where memory is the point, measures that process's peak RSS."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A process of its own around the measured command: RUSAGE_CHILDREN of that wrapper is the peak
# RSS of the one command it waited for (in the test process it would be the largest child so far).
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.monotonic()
done = subprocess.run(sys.argv[1:], capture_output=True)
seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
sys.stdout.buffer.write(done.stdout)
sys.stderr.buffer.write(done.stderr)
sys.stderr.write("\\n@@" + json.dumps({"peak": peak, "seconds": seconds}))
sys.exit(done.returncode)
"""


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_bytes: int = 0
    seconds: float = 0.0


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DESK_APP_CENTRAL_URL", "DESK_APP_USER", "DESK_APP_PASSWORD")}
    env.update({"DESK_APP_HOME": str(home), "PYTHONPATH": str(ROOT)}, **extra)
    return env


def run_cli(home: Path, *args: str, measure: bool = False, timeout: float = 600,
            **extra: str) -> Run:
    cmd = [sys.executable, "-m", "desk_app", *args]
    if measure:
        cmd = [sys.executable, "-c", _MEASURE, *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, env=cli_env(home, **extra),
                          cwd=ROOT, timeout=timeout, check=False)
    run = Run(done.returncode, done.stdout, done.stderr)
    if measure:
        run.stderr, _, tail = done.stderr.rpartition("\n@@")
        numbers = json.loads(tail)
        run.peak_bytes, run.seconds = int(numbers["peak"]), float(numbers["seconds"])
    return run


@pytest.fixture()
def cli() -> Callable[..., Run]:
    return run_cli
