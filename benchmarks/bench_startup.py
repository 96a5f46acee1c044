"""Cold start of the desktop client to its first window, beside a bare PySide6 QApplication+QWidget.

Each run launches a new process (`desk-app` with no arguments, or `python -m ui.launcher` when the
command is not installed) and times from the launch to the `FIRST_WINDOW_SHOWN` line the client
prints once its first window has been painted (DESK_APP_STARTUP_MARKER=1; with
DESK_APP_EXIT_AFTER_FIRST_WINDOW=1 it then quits). The baseline script shows a QWidget and prints the
same line after its first paint. Runs alternate between the two; medians of --runs.

Under a real X server: an Xvfb of its own (when Xvfb is installed), else --platform offscreen.

    /work/venv/bin/python benchmarks/bench_startup.py [--runs 5] [--platform xvfb|offscreen]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "FIRST_WINDOW_SHOWN"
LIMIT_S = 3.0

BASELINE = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.report)
    def report(self):
        print("{MARKER}", flush=True)
        app.quit()

app = QApplication([])
w = Window()
w.resize(420, 200)
w.show()
app.exec()
"""


def client_command() -> list[str]:
    installed = Path(sys.executable).parent / "desk-app"
    if installed.exists():
        return [str(installed)]
    return [sys.executable, "-m", "ui.launcher"]


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for n in range(90, 140):
        if Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
            continue
        proc = subprocess.Popen(
            ["Xvfb", f":{n}", "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                return proc, f":{n}"
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.kill()
    raise RuntimeError("could not start Xvfb")


def time_to_marker(cmd: list[str], env: dict[str, str], timeout: float = 30.0) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(MARKER):
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{cmd[0]} exited without showing a window")
        proc.wait(timeout=timeout)
        return elapsed
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def prepare_store(home: Path) -> None:
    """An existing store with an account: the client opens on its login window."""
    code = (
        "from desk_app.context import open_context\n"
        "from desk_app.accounts import AccountService\n"
        "from desk_app.domain.types import Role\n"
        f"ctx = open_context({str(home)!r})\n"
        "AccountService(ctx).create_account('canbo', 'Lê Thị Mai', Role.OFFICER, 'matkhau123')\n"
        "ctx.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", choices=["xvfb", "offscreen"],
                        default="xvfb" if shutil.which("Xvfb") else "offscreen")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    prepare_store(home)
    env = dict(os.environ, DESK_APP_HOME=str(home), DESK_APP_STARTUP_MARKER="1",
               DESK_APP_EXIT_AFTER_FIRST_WINDOW="1", PYTHONPATH=str(ROOT))
    xvfb = None
    if args.platform == "xvfb":
        xvfb, display = start_xvfb()
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env.update(QT_QPA_PLATFORM="offscreen")
    try:
        client = client_command()
        baseline = [sys.executable, "-c", BASELINE]
        # one warm-up of each: the first launch after a build also fills the OS file cache
        time_to_marker(baseline, env)
        time_to_marker(client, env)
        ours, base = [], []
        for _ in range(args.runs):
            base.append(time_to_marker(baseline, env))
            ours.append(time_to_marker(client, env))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(home, ignore_errors=True)

    m_ours, m_base = statistics.median(ours), statistics.median(base)
    print(f"platform: {args.platform}; runs: {args.runs}; command: {' '.join(client)}")
    print(f"desk-app first window:            median {m_ours:.3f} s "
          f"(min {min(ours):.3f}, max {max(ours):.3f})")
    print(f"baseline QApplication+QWidget:    median {m_base:.3f} s "
          f"(min {min(base):.3f}, max {max(base):.3f})")
    print(f"ratio desk-app / baseline:        {m_ours / m_base:.2f}x")
    verdict = "within" if max(ours) <= LIMIT_S else "OVER"
    print(f"slowest desk-app start {max(ours):.3f} s: {verdict} the {LIMIT_S:.0f} s limit")
    return 0 if max(ours) <= LIMIT_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
