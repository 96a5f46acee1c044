"""The SANE worker: runs in its own process (started by sane_backend.py) so that a driver crash or
hang cannot take the application down. It talks to libsane through ctypes and speaks a small
framed protocol on stdout: one JSON line per event, followed by `length` raw bytes for a page.

Commands arrive as one JSON line on stdin; afterwards the line "cancel" asks to stop after the
page in progress. This module imports nothing of desk_app on purpose: it must start fast and
survive anything the driver does to its own process only."""
from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import select
import sys
import time
from typing import Any, BinaryIO

STATUS = {
    0: "good", 1: "unsupported", 2: "cancelled", 3: "device_busy", 4: "inval", 5: "eof",
    6: "jammed", 7: "no_docs", 8: "cover_open", 9: "io_error", 10: "no_mem", 11: "access_denied",
}
TYPE_BOOL, TYPE_INT, TYPE_FIXED, TYPE_STRING, TYPE_BUTTON, TYPE_GROUP = range(6)
CAP_SOFT_SELECT, CAP_INACTIVE = 1, 32
CONSTRAINT_NONE, CONSTRAINT_RANGE, CONSTRAINT_WORD_LIST, CONSTRAINT_STRING_LIST = range(4)
FRAME_GRAY, FRAME_RGB, FRAME_RED, FRAME_GREEN, FRAME_BLUE = range(5)
ACTION_GET, ACTION_SET = 0, 1


class Device(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("vendor", ctypes.c_char_p),
                ("model", ctypes.c_char_p), ("type", ctypes.c_char_p)]


class Range(ctypes.Structure):
    _fields_ = [("min", ctypes.c_int), ("max", ctypes.c_int), ("quant", ctypes.c_int)]


class OptionDescriptor(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("title", ctypes.c_char_p), ("desc", ctypes.c_char_p),
                ("type", ctypes.c_int), ("unit", ctypes.c_int), ("size", ctypes.c_int),
                ("cap", ctypes.c_int), ("constraint_type", ctypes.c_int),
                ("constraint", ctypes.c_void_p)]


class Parameters(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("last_frame", ctypes.c_int),
                ("bytes_per_line", ctypes.c_int), ("pixels_per_line", ctypes.c_int),
                ("lines", ctypes.c_int), ("depth", ctypes.c_int)]


class SaneFailure(Exception):
    def __init__(self, status: int, where: str) -> None:
        super().__init__(f"{where}: {STATUS.get(status, status)}")
        self.status = STATUS.get(status, f"status_{status}")
        self.where = where


class Channel:
    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.last = 0.0

    def send(self, event: dict[str, Any], payload: bytes = b"") -> None:
        if payload:
            event["length"] = len(payload)
        self.out.write(json.dumps(event).encode() + b"\n")
        if payload:
            self.out.write(payload)
        self.out.flush()
        self.last = time.monotonic()

    def heartbeat(self, done: int) -> None:
        # Tells the parent the driver is alive; rate-limited.
        if time.monotonic() - self.last > 0.25:
            self.send({"event": "alive", "bytes": done})


def load_libsane() -> ctypes.CDLL:
    name = os.environ.get("DESK_APP_LIBSANE") or ctypes.util.find_library("sane") or "libsane.so.1"
    lib = ctypes.CDLL(name)
    lib.sane_init.argtypes = [ctypes.POINTER(ctypes.c_int), ctypes.c_void_p]
    lib.sane_get_devices.argtypes = [
        ctypes.POINTER(ctypes.POINTER(ctypes.POINTER(Device))), ctypes.c_int]
    lib.sane_open.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
    lib.sane_close.argtypes = [ctypes.c_void_p]
    lib.sane_get_option_descriptor.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.sane_get_option_descriptor.restype = ctypes.POINTER(OptionDescriptor)
    lib.sane_control_option.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                        ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
    lib.sane_get_parameters.argtypes = [ctypes.c_void_p, ctypes.POINTER(Parameters)]
    lib.sane_start.argtypes = [ctypes.c_void_p]
    lib.sane_read.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_ubyte), ctypes.c_int,
                              ctypes.POINTER(ctypes.c_int)]
    lib.sane_cancel.argtypes = [ctypes.c_void_p]
    return lib


class Session:
    def __init__(self, lib: ctypes.CDLL, device: str) -> None:
        self.lib = lib
        self.handle = ctypes.c_void_p()
        status = lib.sane_open(device.encode(), ctypes.byref(self.handle))
        if status != 0:
            raise SaneFailure(status, "open")
        self.options = self._read_options()

    def _read_options(self) -> dict[str, tuple[int, OptionDescriptor]]:
        count = ctypes.c_int(0)
        self.lib.sane_control_option(self.handle, 0, ACTION_GET, ctypes.byref(count), None)
        found: dict[str, tuple[int, OptionDescriptor]] = {}
        for i in range(1, count.value):
            desc = self.lib.sane_get_option_descriptor(self.handle, i)
            if desc and desc.contents.name:
                found[desc.contents.name.decode()] = (i, desc.contents)
        return found

    def choices(self, name: str) -> list[str]:
        if name not in self.options:
            return []
        _, d = self.options[name]
        if d.constraint_type != CONSTRAINT_STRING_LIST or not d.constraint:
            return []
        arr = ctypes.cast(d.constraint, ctypes.POINTER(ctypes.c_char_p))
        out, i = [], 0
        while arr[i]:
            out.append(arr[i].decode())
            i += 1
        return out

    def range_of(self, name: str) -> tuple[float, float] | None:
        if name not in self.options:
            return None
        _, d = self.options[name]
        if d.constraint_type != CONSTRAINT_RANGE or not d.constraint:
            return None
        r = ctypes.cast(d.constraint, ctypes.POINTER(Range)).contents
        scale = 65536.0 if d.type == TYPE_FIXED else 1.0
        return r.min / scale, r.max / scale

    def set(self, name: str, value: str | float | bool) -> bool:
        if name not in self.options:
            return False
        index, _d = self.options[name]
        desc = self.lib.sane_get_option_descriptor(self.handle, index).contents
        if not desc.cap & CAP_SOFT_SELECT or desc.cap & CAP_INACTIVE:
            return False
        info = ctypes.c_int(0)
        buf: Any
        if desc.type == TYPE_STRING:
            buf = ctypes.create_string_buffer(str(value).encode(), max(desc.size, len(str(value)) + 1))
        elif desc.type == TYPE_BOOL:
            buf = ctypes.c_int(1 if str(value).lower() in ("1", "true", "yes") else 0)
        elif desc.type == TYPE_INT:
            buf = ctypes.c_int(int(float(value)))
        elif desc.type == TYPE_FIXED:
            buf = ctypes.c_int(round(float(value) * 65536))
        elif desc.type == TYPE_BUTTON:
            buf = None
        else:
            return False
        status = self.lib.sane_control_option(
            self.handle, index, ACTION_SET, ctypes.byref(buf) if buf is not None else None,
            ctypes.byref(info))
        if status != 0:
            raise SaneFailure(status, f"option {name}")
        return True

    def read_frame(self, channel: Channel) -> tuple[Parameters, bytes]:
        params = Parameters()
        status = self.lib.sane_get_parameters(self.handle, ctypes.byref(params))
        if status != 0:
            raise SaneFailure(status, "parameters")
        size = 65536
        buf = (ctypes.c_ubyte * size)()
        length = ctypes.c_int(0)
        chunks: list[bytes] = []
        total = 0
        while True:
            status = self.lib.sane_read(self.handle, buf, size, ctypes.byref(length))
            if status == 5:  # EOF: frame complete
                break
            if status != 0:
                raise SaneFailure(status, "read")
            if length.value:
                chunks.append(bytes(buf[: length.value]))
                total += length.value
            channel.heartbeat(total)
        return params, b"".join(chunks)


def _pick(choices: list[str], words: tuple[str, ...], avoid: tuple[str, ...] = ()) -> str | None:
    for choice in choices:
        low = choice.lower()
        if any(w in low for w in words) and not any(a in low for a in avoid):
            return choice
    return None


def apply_settings(s: Session, cmd: dict[str, Any]) -> None:
    mode = cmd.get("mode", "grey")
    modes = s.choices("mode")
    wanted = {
        "colour": _pick(modes, ("color", "colour")),
        "grey": _pick(modes, ("gray", "grey")),
        "bw": _pick(modes, ("lineart", "binary", "halftone")),
    }.get(mode)
    if mode == "bw" and wanted is None:
        wanted = _pick(modes, ("gray", "grey"))  # binarised later by the pipeline
    if wanted:
        s.set("mode", wanted)
    if "depth" in s.options and (mode != "bw" or (wanted and "gray" in wanted.lower())):
        s.set("depth", 8)
    s.set("resolution", cmd.get("dpi", 300))
    sources = s.choices("source")
    source = cmd.get("source", "flatbed")
    if sources:
        pick = {
            "flatbed": _pick(sources, ("flatbed",)),
            "feeder": _pick(sources, ("adf", "feeder"), ("duplex",)),
            "duplex": _pick(sources, ("duplex",)),
        }.get(source)
        if pick:
            s.set("source", pick)
    width, height = cmd.get("page_mm", [210.0, 297.0])
    for name, value in (("page-width", width), ("page-height", height)):
        s.set(name, value)
    for name, value in (("tl-x", 0.0), ("tl-y", 0.0), ("br-x", width), ("br-y", height)):
        limits = s.range_of(name)
        if limits:
            value = max(limits[0], min(limits[1], value))
        s.set(name, value)
    for name, value in cmd.get("options", {}).items():
        if not name.startswith("@"):
            s.set(name, value)


def pack_image(frames: list[tuple[Parameters, bytes]]) -> tuple[dict[str, Any], bytes]:
    params, data = frames[-1]
    width = params.pixels_per_line
    bpl = params.bytes_per_line
    lines = params.lines if params.lines > 0 else len(data) // max(bpl, 1)
    depth = params.depth
    if params.format in (FRAME_RED, FRAME_GREEN, FRAME_BLUE) and len(frames) >= 3:
        planes = {p.format: d for p, d in frames}
        r, g, b = planes.get(FRAME_RED, b""), planes.get(FRAME_GREEN, b""), planes.get(FRAME_BLUE, b"")
        n = min(len(r), len(g), len(b))
        out = bytearray(n * 3)
        out[0::3], out[1::3], out[2::3] = r[:n], g[:n], b[:n]
        return {"mode": "RGB", "width": width, "height": lines, "stride": bpl * 3,
                "depth": depth}, bytes(out)
    mode = "RGB" if params.format == FRAME_RGB else ("1" if depth == 1 else "L")
    if depth == 16:
        # Keep the high byte of each sample (native little-endian on the machines we support).
        data = data[1::2]
        bpl //= 2
    return {"mode": mode, "width": width, "height": lines, "stride": bpl, "depth": depth}, data


def _cancel_reader() -> Any:
    state = {"cancel": False}

    def cancelled() -> bool:
        if not state["cancel"]:
            try:
                ready, _, _ = select.select([sys.stdin], [], [], 0)
            except (OSError, ValueError):
                return state["cancel"]
            if ready:
                line = sys.stdin.readline()
                if not line or line.strip() == "cancel":
                    state["cancel"] = True
        return state["cancel"]

    return cancelled


def run_scan(lib: ctypes.CDLL, cmd: dict[str, Any], channel: Channel) -> None:
    cancelled = _cancel_reader()
    session = Session(lib, cmd["device"])
    try:
        apply_settings(session, cmd)
        wanted = int(cmd.get("pages", 1))
        scheduled = {k: v for k, v in cmd.get("options", {}).items() if k.startswith("@")}
        index = 0
        while wanted == 0 or index < wanted:
            for key, value in scheduled.items():
                page, _, name = key[1:].partition(":")
                if int(page) == index + 1:
                    session.set(name, value)
            frames: list[tuple[Parameters, bytes]] = []
            while True:
                status = lib.sane_start(session.handle)
                if status != 0:
                    if STATUS.get(status) == "no_docs" and index > 0 and wanted == 0:
                        lib.sane_cancel(session.handle)
                        channel.send({"event": "done", "pages": index})
                        return
                    raise SaneFailure(status, "start")
                params, data = session.read_frame(channel)
                frames.append((params, data))
                if params.last_frame:
                    break
            meta, payload = pack_image(frames)
            meta.update({"event": "page", "index": index, "dpi": cmd.get("dpi", 300)})
            channel.send(meta, payload)
            index += 1
            if cancelled():
                channel.send({"event": "cancelled", "pages": index})
                lib.sane_cancel(session.handle)
                return
            if cmd.get("source", "flatbed") == "flatbed" and wanted == 0:
                break
        lib.sane_cancel(session.handle)
        channel.send({"event": "done", "pages": index})
    finally:
        lib.sane_close(session.handle)


def main() -> int:
    out = sys.stdout.buffer
    channel = Channel(out)
    line = sys.stdin.readline()
    try:
        cmd = json.loads(line)
    except ValueError:
        channel.send({"event": "error", "status": "bad_command", "where": "stdin"})
        return 2
    try:
        lib = load_libsane()
    except OSError as exc:
        channel.send({"event": "error", "status": "no_libsane", "where": str(exc)[:200]})
        return 3
    version = ctypes.c_int(0)
    status = lib.sane_init(ctypes.byref(version), None)
    if status != 0:
        channel.send({"event": "error", "status": STATUS.get(status, "init"), "where": "init"})
        return 3
    try:
        if cmd.get("op") == "list":
            devices = ctypes.POINTER(ctypes.POINTER(Device))()
            status = lib.sane_get_devices(ctypes.byref(devices), 0)
            if status != 0:
                raise SaneFailure(status, "devices")
            found = []
            i = 0
            while devices[i]:
                d = devices[i].contents
                found.append({k: (getattr(d, k) or b"").decode(errors="replace")
                              for k in ("name", "vendor", "model", "type")})
                i += 1
            channel.send({"event": "devices", "devices": found})
        elif cmd.get("op") == "scan":
            run_scan(lib, cmd, channel)
        else:
            channel.send({"event": "error", "status": "bad_command", "where": "op"})
            return 2
    except SaneFailure as exc:
        channel.send({"event": "error", "status": exc.status, "where": exc.where})
        return 1
    finally:
        lib.sane_exit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
