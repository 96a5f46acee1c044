"""A document camera (a USB camera on a stand) behind the scanner interface, through OpenCV's
VideoCapture: V4L2 on Linux, Media Foundation then DirectShow on Windows. `camera:0` is the first
camera; `camera:<file>` plays a video file or an image sequence (`frame-%03d.png`) as if it were
one, which is how the tests drive it.

The capture loop watches the frames: a page is taken when the picture has been still for a moment
with a page outline in it (or at once when the officer presses the capture key), and the next one
as soon as the picture has changed (the page was turned) and is still again. A preview (a small
frame and the outline found in it) goes to `on_preview` a few times a second."""
from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from desk_app.capture import photo
from desk_app.capture.scanner import (
    DeviceInfo,
    PageCallback,
    ScanError,
    ScannedPage,
    Scanner,
    ScanSettings,
)
from desk_app.tasks import CancelToken, Progress

logger = logging.getLogger(__name__)

COMMON_MODES = ((3840, 2160), (3264, 2448), (2592, 1944), (1920, 1080), (1600, 1200), (1280, 720),
                (640, 480))
PREVIEW_SIDE = 480


@dataclass
class Preview:
    frame: np.ndarray  # RGB, long side PREVIEW_SIDE
    corners: np.ndarray | None  # the page outline in `frame`'s pixels, or None
    still: float  # 0..1: how far towards an automatic capture
    pages: int  # taken so far


PreviewCallback = Callable[[Preview], None]


def _backends() -> list[int]:
    if sys.platform == "win32":
        return [cv2.CAP_MSMF, cv2.CAP_DSHOW]
    if sys.platform.startswith("linux"):
        return [cv2.CAP_V4L2, cv2.CAP_ANY]
    return [cv2.CAP_ANY]


def open_capture(device: str) -> cv2.VideoCapture:
    target = device.removeprefix("camera:")
    if target.isdigit():
        for api in _backends():
            cap = cv2.VideoCapture(int(target), api)
            if cap.isOpened():
                return cap
            cap.release()
        raise ScanError("camera_not_found", device)
    if not Path(target.split("%")[0]).parent.exists():
        raise ScanError("camera_not_found", Path(target).name)
    cap = cv2.VideoCapture(target, cv2.CAP_ANY)
    if not cap.isOpened():
        raise ScanError("camera_not_found", Path(target).name)
    return cap


def is_live(device: str) -> bool:
    return device.removeprefix("camera:").isdigit()


class CameraScanner(Scanner):
    name = "camera"

    def __init__(self, still_frames: int = 6, still_level: float = 1.5, turn_level: float = 8.0,
                 preview_fps: float = 12.0, on_preview: PreviewCallback | None = None) -> None:
        self.still_frames = still_frames  # frames without motion before an automatic capture
        self.still_level = still_level  # mean grey change per pixel below which nothing moves
        self.turn_level = turn_level  # change from the last page taken that means a new page
        self.preview_fps = preview_fps
        self.on_preview = on_preview
        self._capture_now = threading.Event()

    def request_capture(self) -> None:
        """The officer's capture key: take the next frame, still or not."""
        self._capture_now.set()

    def list_devices(self) -> list[DeviceInfo]:
        found = []
        for index in range(4):
            for api in _backends():
                cap = cv2.VideoCapture(index, api)
                ok = cap.isOpened()
                cap.release()
                if ok:
                    found.append(DeviceInfo(f"camera:{index}", "", f"Camera {index}", "camera",
                                            "camera"))
                    break
        return found

    def modes(self, device: str) -> list[tuple[int, int]]:
        """The resolutions the camera accepts, largest first (a file: its own)."""
        cap = open_capture(device)
        try:
            if not is_live(device):
                return [(int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT)))]
            seen: list[tuple[int, int]] = []
            for w, h in COMMON_MODES:
                cap.set(cv2.CAP_PROP_FRAME_WIDTH, w)
                cap.set(cv2.CAP_PROP_FRAME_HEIGHT, h)
                got = (int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT)))
                if got not in seen and got[0] > 0:
                    seen.append(got)
            return sorted(seen, reverse=True)
        finally:
            cap.release()

    def scan(self, device: str, settings: ScanSettings, on_page: PageCallback,
             cancel: CancelToken | None = None, progress: Progress | None = None) -> int:
        cap = open_capture(device)
        try:
            width = settings.device_options.get("width")
            height = settings.device_options.get("height")
            if width and height and is_live(device):
                cap.set(cv2.CAP_PROP_FRAME_WIDTH, int(width))
                cap.set(cv2.CAP_PROP_FRAME_HEIGHT, int(height))
            return self._loop(cap, device, settings, on_page, cancel, progress)
        finally:
            self._capture_now.clear()  # a key pressed after the batch is not for the next one
            cap.release()

    def _loop(self, cap: cv2.VideoCapture, device: str, settings: ScanSettings,
              on_page: PageCallback, cancel: CancelToken | None, progress: Progress | None) -> int:
        taken, still, armed = 0, 0, True
        previous: np.ndarray | None = None
        reference: np.ndarray | None = None  # the small frame of the last page taken
        last_preview = 0.0
        failures = 0
        while settings.pages == 0 or taken < settings.pages:
            if cancel is not None and cancel.is_set():
                break
            ok, bgr = cap.read()
            if not ok or bgr is None:
                if not is_live(device):
                    break  # the end of the file standing in for the camera
                failures += 1
                if failures > 50:
                    raise ScanError("camera_lost", device, pages_done=taken)
                time.sleep(0.02)
                continue
            failures = 0
            rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
            small = cv2.resize(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), (160, 120),
                               interpolation=cv2.INTER_AREA).astype(np.float32)
            motion = float(np.abs(small - previous).mean()) if previous is not None else 255.0
            previous = small
            still = still + 1 if motion < self.still_level else 0
            if not armed and reference is not None and float(np.abs(small - reference).mean()) > self.turn_level:
                armed = True  # the page was turned: the next still picture is a new page
            image = Image.fromarray(rgb, "RGB")
            outline = None
            want = self._capture_now.is_set() or (armed and still >= self.still_frames)
            now = time.monotonic()
            if want or now - last_preview >= 1 / self.preview_fps:
                outline = photo.find_outline(image)
            if now - last_preview >= 1 / self.preview_fps and self.on_preview is not None:
                last_preview = now
                scale = PREVIEW_SIDE / max(rgb.shape[:2])
                frame = cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
                corners = outline.corners * scale if outline is not None else None
                self.on_preview(Preview(frame, corners, min(1.0, still / self.still_frames), taken))
            if want and (outline is not None or self._capture_now.is_set()):
                self._capture_now.clear()
                dpi = max(50, round(max(image.size) / (297 / 25.4)))
                on_page(ScannedPage(taken, image, dpi, device=device, photo=True))
                taken += 1
                armed, reference, still = False, small, 0
                if progress:
                    progress(taken, settings.pages, "")
        return taken
