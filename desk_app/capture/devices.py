"""Which scanner technology serves a device id: `test:0`, `fujitsu:...` (SANE, Linux),
`wia:<id>` (Windows), `folder:<path>` (a folder any scanner saves into), `camera:<n>` (a
document camera, desk_app/capture/camera_backend.py)."""
from __future__ import annotations

import logging
import sys

from desk_app.capture.scanner import DeviceInfo, Scanner

logger = logging.getLogger(__name__)


def backends() -> list[Scanner]:
    found: list[Scanner] = []
    if sys.platform == "win32":
        from desk_app.capture.wia_backend import WiaScanner

        found.append(WiaScanner())
    else:
        from desk_app.capture.sane_backend import SaneScanner

        found.append(SaneScanner())
    return found


def list_all() -> list[DeviceInfo]:
    devices: list[DeviceInfo] = []
    for backend in backends():
        devices.extend(backend.list_devices())
    return devices


def scanner_for(device: str) -> Scanner:
    if device.startswith("camera:"):
        from desk_app.capture.camera_backend import CameraScanner

        return CameraScanner()
    if device.startswith("folder:"):
        from desk_app.capture.folder_backend import FolderScanner

        return FolderScanner()
    if device.startswith("wia:"):
        from desk_app.capture.wia_backend import WiaScanner

        return WiaScanner()
    from desk_app.capture.sane_backend import SaneScanner

    return SaneScanner()
