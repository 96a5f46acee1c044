"""Windows Image Acquisition (WIA 2.0 automation layer, through comtypes) behind the Scanner
interface, and `FakeWia`, an in-memory stand-in with the same few calls.

TESTED ONLY THROUGH ITS FAKE: this repository's CI runs on Linux, so `ComWia` (the real COM
calls) has never run here; `WiaScanner` - settings, feeder loop, error mapping, pages kept on a
jam - is exercised with `FakeWia`. Property ids and HRESULTs are those of Microsoft's WIA
documentation (wiadef.h)."""
from __future__ import annotations

import io
import logging
import sys
from dataclasses import dataclass, field
from typing import Any, Protocol

from PIL import Image, ImageDraw

from desk_app.capture.scanner import (
    DeviceInfo,
    PageCallback,
    ScanError,
    ScannedPage,
    Scanner,
    ScanSettings,
    Source,
    side_of,
)
from desk_app.domain.types import ColourMode
from desk_app.errors import ToolMissing
from desk_app.tasks import CancelToken, Progress

logger = logging.getLogger(__name__)

# WIA property ids (wiadef.h)
WIA_IPS_XRES, WIA_IPS_YRES = 6147, 6148
WIA_IPS_CUR_INTENT = 6146
WIA_IPS_XEXTENT, WIA_IPS_YEXTENT = 6151, 6152
WIA_DPS_DOCUMENT_HANDLING_SELECT = 3088
WIA_DPS_PAGES = 3096
INTENT = {ColourMode.COLOUR: 1, ColourMode.GREY: 2, ColourMode.BW: 4}
HANDLING = {Source.FEEDER: 1, Source.FLATBED: 2, Source.DUPLEX: 1 | 4}
WIA_FORMAT_PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"

# HRESULTs (unsigned) -> our codes
HRESULT_CODES = {
    0x80210002: "scanner_jammed",  # WIA_ERROR_PAPER_JAM
    0x80210003: "feeder_empty",  # WIA_ERROR_PAPER_EMPTY
    0x80210016: "scanner_cover_open",  # WIA_ERROR_COVER_OPEN
    0x80210006: "scanner_busy",  # WIA_ERROR_BUSY
    0x80210005: "scanner_io_error",  # WIA_ERROR_OFFLINE
    0x8021000C: "scanner_io_error",  # WIA_ERROR_DEVICE_COMMUNICATION
    0x80210009: "scanner_not_found",  # WIA_S_NO_DEVICE_AVAILABLE
}


class WiaError(Exception):
    def __init__(self, hresult: int) -> None:
        super().__init__(hex(hresult))
        self.hresult = hresult & 0xFFFFFFFF


class WiaDevice(Protocol):
    def set_property(self, item_level: bool, prop: int, value: int) -> None: ...
    def transfer(self) -> bytes: ...  # one page as an image file (PNG); raises WiaError


class WiaDriver(Protocol):
    def devices(self) -> list[dict[str, str]]: ...  # [{"id", "name"}]
    def connect(self, device_id: str) -> WiaDevice: ...


class ComWia:
    """The real automation layer. Windows only; never run in this repository's CI."""

    # Declared here: off Windows the checker sees the end of __init__ as unreachable.
    _client: Any
    _manager: Any

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise ToolMissing("wia_missing", sys.platform)
        try:
            import comtypes.client
        except ImportError:
            raise ToolMissing("wia_missing", "comtypes") from None
        self._client = comtypes.client
        self._manager = comtypes.client.CreateObject("WIA.DeviceManager")

    def devices(self) -> list[dict[str, str]]:
        found = []
        infos = self._manager.DeviceInfos
        for i in range(1, infos.Count + 1):
            info = infos.Item(i)
            found.append({"id": str(info.DeviceID), "name": str(info.Properties("Name").Value)})
        return found

    def connect(self, device_id: str) -> WiaDevice:
        infos = self._manager.DeviceInfos
        for i in range(1, infos.Count + 1):
            info = infos.Item(i)
            if str(info.DeviceID) == device_id:
                return _ComDevice(info.Connect())
        raise WiaError(0x80210009)


class _ComDevice:
    def __init__(self, device: Any) -> None:
        self.device = device
        self.item = device.Items(1)

    def set_property(self, item_level: bool, prop: int, value: int) -> None:
        props = self.item.Properties if item_level else self.device.Properties
        for i in range(1, props.Count + 1):
            p = props.Item(i)
            if int(p.PropertyID) == prop:
                p.Value = value
                return

    def transfer(self) -> bytes:
        try:
            image = self.item.Transfer(WIA_FORMAT_PNG)
        except _com_error() as exc:
            raise WiaError(int(getattr(exc, "hresult", 0))) from None
        return bytes(image.FileData.BinaryData)


def _com_error() -> type[Exception]:
    """The exception comtypes raises for a failed COM call; it exists on Windows only."""
    if sys.platform == "win32":
        from _ctypes import COMError

        return COMError
    return OSError  # never raised by a COM call: ComWia refuses to start off Windows


@dataclass
class FakeWia:
    """An in-memory WIA driver: `sheets` in the feeder (flatbed: unlimited), and an optional
    fault (an HRESULT) raised at transfer number `fault_at` (1-based)."""

    sheets: int = 10
    fault_at: int | None = None
    fault: int = 0x80210002
    names: dict[str, str] = field(default_factory=lambda: {"fake-wia-1": "Fake WIA Scanner"})
    props: dict[tuple[bool, int], int] = field(default_factory=dict)
    transfers: int = 0

    def devices(self) -> list[dict[str, str]]:
        return [{"id": k, "name": v} for k, v in self.names.items()]

    def connect(self, device_id: str) -> WiaDevice:
        if device_id not in self.names:
            raise WiaError(0x80210009)
        return self

    def set_property(self, item_level: bool, prop: int, value: int) -> None:
        self.props[(item_level, prop)] = value

    def transfer(self) -> bytes:
        self.transfers += 1
        if self.fault_at is not None and self.transfers == self.fault_at:
            raise WiaError(self.fault)
        feeder = self.props.get((False, WIA_DPS_DOCUMENT_HANDLING_SELECT), 2) & 1
        if feeder and self.transfers > self.sheets:
            raise WiaError(0x80210003)
        dpi = self.props.get((True, WIA_IPS_XRES), 300)
        w = self.props.get((True, WIA_IPS_XEXTENT), int(8.27 * dpi))
        h = self.props.get((True, WIA_IPS_YEXTENT), int(11.69 * dpi))
        intent = self.props.get((True, WIA_IPS_CUR_INTENT), 2)
        img = Image.new("RGB" if intent == 1 else "L", (w, h), "white")
        ImageDraw.Draw(img).text((w // 10, h // 10), f"WIA page {self.transfers}", fill="black")
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return buf.getvalue()


class WiaScanner(Scanner):
    name = "wia"

    def __init__(self, driver: WiaDriver | None = None) -> None:
        self._driver = driver

    @property
    def driver(self) -> WiaDriver:
        if self._driver is None:
            self._driver = ComWia()
        return self._driver

    def list_devices(self) -> list[DeviceInfo]:
        return [DeviceInfo(id=f"wia:{d['id']}", model=d["name"], backend=self.name)
                for d in self.driver.devices()]

    def scan(self, device: str, settings: ScanSettings, on_page: PageCallback,
             cancel: CancelToken | None = None, progress: Progress | None = None) -> int:
        from desk_app.capture.scanner import PAGE_SIZES

        try:
            dev = self.driver.connect(device.removeprefix("wia:"))
            dev.set_property(False, WIA_DPS_DOCUMENT_HANDLING_SELECT, HANDLING[settings.source])
            if settings.source is not Source.FLATBED:
                dev.set_property(False, WIA_DPS_PAGES, 1)  # one page per transfer: we loop
            dev.set_property(True, WIA_IPS_CUR_INTENT, INTENT[settings.mode])
            dev.set_property(True, WIA_IPS_XRES, settings.dpi)
            dev.set_property(True, WIA_IPS_YRES, settings.dpi)
            w_mm, h_mm = PAGE_SIZES[settings.page_size]
            dev.set_property(True, WIA_IPS_XEXTENT, round(w_mm / 25.4 * settings.dpi))
            dev.set_property(True, WIA_IPS_YEXTENT, round(h_mm / 25.4 * settings.dpi))
        except WiaError as exc:
            raise ScanError(HRESULT_CODES.get(exc.hresult, "scanner_error"), hex(exc.hresult)) from None
        done = 0
        while settings.pages == 0 or done < settings.pages:
            if cancel is not None and cancel.is_set():
                break
            try:
                data = dev.transfer()
            except WiaError as exc:
                code = HRESULT_CODES.get(exc.hresult, "scanner_error")
                if code == "feeder_empty" and settings.pages == 0 and done > 0:
                    break  # "until the feeder is empty" ended normally
                raise ScanError(code, "" if code != "scanner_error" else hex(exc.hresult),
                                done) from None
            with Image.open(io.BytesIO(data)) as im:
                im.load()
                image = im.copy()
            on_page(ScannedPage(index=done, image=image, dpi=settings.dpi,
                                side=side_of(done, settings.source), device=device))
            done += 1
            if progress:
                progress(done, settings.pages, "")
            if settings.source is Source.FLATBED and settings.pages == 0:
                break
        return done
