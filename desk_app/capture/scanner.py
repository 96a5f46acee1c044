"""The scanner interface every backend implements (SANE, watched folder, Windows WIA), and the
scan settings the counter needs."""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desk_app.domain.types import ColourMode
from desk_app.errors import DeskError
from desk_app.tasks import CancelToken, Progress

if TYPE_CHECKING:
    from PIL import Image

logger = logging.getLogger(__name__)


class Source(StrEnum):
    FLATBED = "flatbed"
    FEEDER = "feeder"
    DUPLEX = "duplex"


# Page sizes in millimetres (width, height).
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "A3": (297.0, 420.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "ID": (85.6, 54.0),  # an identity card on the flatbed
}

ALLOWED_DPI = (200, 300, 400, 600)


@dataclass
class ScanSettings:
    dpi: int = 300
    mode: ColourMode = ColourMode.GREY
    source: Source = Source.FLATBED
    page_size: str = "A4"
    # How many sheets to take; 0 = until the feeder is empty (a flatbed then takes one).
    pages: int = 1
    # Raw driver options for a given device (name -> value), applied after ours. A key
    # "@N:name" applies from page N on (1-based): how tests drive the SANE test backend into
    # a jam after some pages.
    device_options: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.mode = ColourMode(self.mode)
        self.source = Source(self.source)
        if self.dpi not in ALLOWED_DPI:
            raise DeskError("invalid_scan_settings", f"dpi={self.dpi}")
        if self.page_size not in PAGE_SIZES:
            raise DeskError("invalid_scan_settings", f"page_size={self.page_size}")
        if self.pages < 0:
            raise DeskError("invalid_scan_settings", f"pages={self.pages}")

    @classmethod
    def for_component(cls, colour: bool, **overrides: Any) -> ScanSettings:
        """Defaults for a component of the catalog: colour where there are seals, photos or
        handwriting (Circular 01/2023), grey otherwise; 300 dpi."""
        values: dict[str, Any] = {"mode": ColourMode.COLOUR if colour else ColourMode.GREY}
        values.update(overrides)
        return cls(**values)


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    vendor: str = ""
    model: str = ""
    kind: str = ""
    backend: str = ""

    @property
    def label(self) -> str:
        return " ".join(p for p in (self.vendor, self.model) if p) or self.id


@dataclass
class ScannedPage:
    index: int  # 0-based, in the order the device delivered
    image: Image.Image
    dpi: int
    side: str = "front"  # front / back (duplex)
    device: str = ""
    photo: bool = False  # a camera frame: the photo step looks for the page in it


class ScanError(DeskError):
    """A scan stopped by the device. Pages delivered through on_page before it stay valid:
    `pages_done` says how many."""

    code = "scanner_error"

    def __init__(self, code: str | None = None, detail: str = "", pages_done: int = 0) -> None:
        super().__init__(code, detail)
        self.pages_done = pages_done


PageCallback = Callable[[ScannedPage], None]


class Scanner(ABC):
    """One scanner technology. `scan` calls on_page for every page as it arrives (from the
    calling thread), returns the number of pages, and raises ScanError when the device stops
    the batch (jam, empty feeder, cover open, crash, hang): pages already delivered stay valid.
    Setting `cancel` stops after the page in progress; that is not an error."""

    name: str = "scanner"

    @abstractmethod
    def list_devices(self) -> list[DeviceInfo]: ...

    @abstractmethod
    def scan(
        self,
        device: str,
        settings: ScanSettings,
        on_page: PageCallback,
        cancel: CancelToken | None = None,
        progress: Progress | None = None,
    ) -> int: ...


def side_of(index: int, source: Source) -> str:
    """Duplex devices deliver front, back, front, back ..."""
    if source is Source.DUPLEX and index % 2 == 1:
        return "back"
    return "front"
