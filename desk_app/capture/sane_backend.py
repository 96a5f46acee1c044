"""SANE scanners (Linux), driven OUT of the GUI process: each list or scan runs the small worker
in sane_worker.py as a child process. A driver that crashes kills only the child; one that hangs
is killed after `stall_timeout` seconds without a sign of life. Either way the pages received so
far stay with the caller, and the next call simply starts a fresh worker."""
from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from PIL import Image

from desk_app.capture.scanner import (
    PAGE_SIZES,
    DeviceInfo,
    PageCallback,
    ScanError,
    ScannedPage,
    Scanner,
    ScanSettings,
    side_of,
)
from desk_app.errors import ToolMissing
from desk_app.tasks import CancelToken, Progress

logger = logging.getLogger(__name__)

WORKER = Path(__file__).with_name("sane_worker.py")

# SANE status of the worker -> our stable error code.
STATUS_CODES = {
    "jammed": "scanner_jammed",
    "no_docs": "feeder_empty",
    "cover_open": "scanner_cover_open",
    "device_busy": "scanner_busy",
    "io_error": "scanner_io_error",
    "access_denied": "scanner_access_denied",
    "no_mem": "scanner_error",
    "no_libsane": "sane_missing",
}


class _Worker:
    """One child process and a thread that turns its framed stdout into queue items."""

    def __init__(self, command: dict[str, Any], env: dict[str, str] | None) -> None:
        self.events: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, **(env or {})},
        )
        assert self.proc.stdin and self.proc.stdout and self.proc.stderr
        self.proc.stdin.write(json.dumps(command).encode() + b"\n")
        self.proc.stdin.flush()
        self._stderr: list[bytes] = []
        self.last_event = time.monotonic()
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()
        threading.Thread(target=self._drain, args=(self.proc.stderr,), daemon=True).start()

    def _read(self, out: IO[bytes]) -> None:
        try:
            while True:
                line = out.readline()
                if not line:
                    break
                event = json.loads(line)
                if "length" in event:
                    event["payload"] = out.read(event["length"])
                    if len(event["payload"]) != event["length"]:
                        break  # the child died mid-page: that page is lost, not half-kept
                self.last_event = time.monotonic()
                self.events.put(event)
        except (ValueError, OSError) as exc:
            logger.warning("SANE worker output unreadable: %s", exc)
        finally:
            self.events.put(None)

    def _drain(self, err: IO[bytes]) -> None:
        # Keep the last lines of the driver's chatter for the log; never let the pipe fill.
        for line in iter(err.readline, b""):
            self._stderr = (self._stderr + [line])[-20:]

    def cancel(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            assert self.proc.stdin
            self.proc.stdin.write(b"cancel\n")
            self.proc.stdin.flush()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)

    def finish(self) -> int | None:
        with contextlib.suppress(OSError, ValueError):
            assert self.proc.stdin
            self.proc.stdin.close()
        try:
            return self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    @property
    def stderr_tail(self) -> str:
        return b"".join(self._stderr).decode(errors="replace")[-500:]


def image_from_event(event: dict[str, Any]) -> Image.Image:
    size = (int(event["width"]), int(event["height"]))
    mode = event["mode"]
    if mode == "1":
        # SANE line-art: a set bit is black, the opposite of PIL's "1" raw layout.
        return Image.frombytes("1", size, event["payload"], "raw", "1;I", int(event["stride"]))
    return Image.frombytes(mode, size, event["payload"], "raw", mode, int(event["stride"]))


class SaneScanner(Scanner):
    name = "sane"

    def __init__(self, stall_timeout: float = 30.0, env: dict[str, str] | None = None) -> None:
        self.stall_timeout = stall_timeout
        self.env = env
        self.last_worker_pid: int | None = None  # for tests that crash the driver on purpose

    def _start(self, command: dict[str, Any]) -> _Worker:
        worker = _Worker(command, self.env)
        self.last_worker_pid = worker.proc.pid
        return worker

    def list_devices(self) -> list[DeviceInfo]:
        worker = self._start({"op": "list"})
        try:
            event = self._next(worker, pages_done=0)
        finally:
            worker.finish()
        if event.get("event") == "error":
            raise self._error(event, 0)
        return [
            DeviceInfo(id=d["name"], vendor=d["vendor"], model=d["model"], kind=d["type"],
                       backend=self.name)
            for d in event.get("devices", [])
        ]

    def scan(
        self,
        device: str,
        settings: ScanSettings,
        on_page: PageCallback,
        cancel: CancelToken | None = None,
        progress: Progress | None = None,
    ) -> int:
        command = {
            "op": "scan",
            "device": device,
            "dpi": settings.dpi,
            "mode": str(settings.mode),
            "source": str(settings.source),
            "pages": settings.pages,
            "page_mm": list(PAGE_SIZES[settings.page_size]),
            "options": dict(settings.device_options),
        }
        worker = self._start(command)
        done = 0
        cancel_sent = False
        try:
            while True:
                if cancel is not None and cancel.is_set() and not cancel_sent:
                    worker.cancel()
                    cancel_sent = True
                event = self._next(worker, done, poll=cancel is not None and not cancel_sent)
                kind = event.get("event")
                if kind == "tick":
                    continue
                if kind == "alive":
                    continue
                if kind == "page":
                    image = image_from_event(event)
                    on_page(ScannedPage(index=done, image=image, dpi=settings.dpi,
                                        side=side_of(done, settings.source), device=device))
                    done += 1
                    if progress:
                        progress(done, settings.pages, "")
                elif kind in ("done", "cancelled"):
                    return done
                elif kind == "error":
                    raise self._error(event, done)
        finally:
            if worker.finish() not in (0, None):
                logger.info("SANE worker ended with %s", worker.proc.returncode)

    def _next(self, worker: _Worker, pages_done: int, poll: bool = False) -> dict[str, Any]:
        """The next event; with `poll`, a 'tick' every 0.2 s so a cancel is seen promptly.
        A worker silent for stall_timeout seconds is declared hung and killed."""
        while True:
            silent = time.monotonic() - worker.last_event
            remaining = self.stall_timeout - silent
            if remaining <= 0:
                logger.warning("SANE worker silent for %.0f s: killing it", self.stall_timeout)
                worker.kill()
                raise ScanError("scanner_hung", f"{self.stall_timeout:.0f} s", pages_done)
            try:
                event = worker.events.get(timeout=min(0.2, remaining) if poll else remaining)
            except queue.Empty:
                if poll:
                    return {"event": "tick"}
                continue
            if event is None:
                if worker.proc.poll() is None:
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        worker.proc.wait(timeout=5)
                code = worker.proc.returncode
                logger.warning("SANE worker ended abruptly (exit %s): %s", code, worker.stderr_tail)
                raise ScanError("scanner_crashed", f"exit {code}", pages_done)
            return event

    @staticmethod
    def _error(event: dict[str, Any], pages_done: int) -> ScanError:
        status = str(event.get("status", ""))
        where = str(event.get("where", ""))
        if status == "no_libsane":
            raise ToolMissing("sane_missing", where)
        if where == "open":
            code = "scanner_not_found" if status in ("inval", "unsupported") else STATUS_CODES.get(
                status, "scanner_error")
        else:
            code = STATUS_CODES.get(status, "scanner_error")
        # Known conditions speak for themselves; otherwise say what SANE said, for support.
        detail = "" if code not in ("scanner_error", "scanner_not_found") else f"SANE {status}"
        return ScanError(code, detail, pages_done)
