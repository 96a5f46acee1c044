"""Result types of OCR: words with boxes and confidences, the page text (NFC), and the geometry
that maps the recognised page back onto the stored image."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

LOW_CONFIDENCE = 80.0  # below this a word is highlighted for review (Tesseract's 0-100 scale)


@dataclass(frozen=True)
class Word:
    text: str
    x: int
    y: int
    w: int
    h: int
    conf: float
    line: int  # running line number on the page, so text can be rebuilt line by line
    block: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Word:
        return cls(
            text=str(data["text"]), x=int(data["x"]), y=int(data["y"]), w=int(data["w"]),
            h=int(data["h"]), conf=float(data.get("conf", 0.0)), line=int(data.get("line", 0)),
            block=int(data.get("block", 0)),
        )


@dataclass(frozen=True)
class Geometry:
    """How the stored image was turned upright before recognition: first rotated clockwise by
    `rotation` degrees (0/90/180/270), then by `skew` degrees (deskew). Word boxes are in the pixel
    frame of that upright image at the stored resolution (`width` x `height`)."""

    rotation: int = 0
    skew: float = 0.0
    width: int = 0
    height: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Geometry:
        if not data:
            return cls()
        return cls(int(data.get("rotation", 0)), float(data.get("skew", 0.0)),
                   int(data.get("width", 0)), int(data.get("height", 0)))


@dataclass(frozen=True)
class PageOcr:
    text: str  # NFC, lines separated by "\n", blocks by a blank line
    words: list[Word]
    confidence: float  # mean word confidence, 0-100
    engine: str  # e.g. "tesseract-5.3.0/vie"
    geometry: Geometry = field(default_factory=Geometry)
    seconds: float = 0.0
