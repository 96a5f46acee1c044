"""What a comparison returns: the verdict, difference regions in copy pixels, text changes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desk_app.domain.types import Verdict


@dataclass(frozen=True)
class Region:
    x: int
    y: int
    w: int
    h: int
    score: float
    # added / removed / changed: ink only in the copy, only in the original; faded: ink lost
    # only where a tone mark faded on the copy (never flagged, fulltext.py)
    kind: str = "changed"
    text: bool = False  # grown to the whole words it touches (a text line, worth reading)

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.w, self.h)

    def overlaps(self, box: tuple[int, int, int, int], margin: int = 0) -> bool:
        x, y, w, h = box
        return not (x > self.x + self.w + margin or x + w < self.x - margin
                    or y > self.y + self.h + margin or y + h < self.y - margin)

    def contains(self, px: float, py: float, margin: int = 0) -> bool:
        return (self.x - margin <= px <= self.x + self.w + margin
                and self.y - margin <= py <= self.y + self.h + margin)


@dataclass(frozen=True)
class TextChange:
    before: str
    after: str
    region: tuple[int, int, int, int]


@dataclass(frozen=True)
class TextDoubt:
    """Two readings that differ where OCR is unsure (or the pixels do not confirm it): shown to the
    officer to look at, never a mismatch on its own. `reason`: low_confidence, no_pixel_evidence,
    ocr_disagrees, faded_mark (the copy lacks only the original's tone mark, whose ink is still
    faintly there: worn toner, compare/faded.py)."""

    before: str
    after: str
    region: tuple[int, int, int, int]
    reason: str


@dataclass
class CompareResult:
    verdict: Verdict  # MATCH or MISMATCH
    score: float  # 0 = no difference found .. 1 = strongly different
    regions: list[Region]
    text_changes: list[TextChange]
    timings: dict[str, float] = field(default_factory=dict)
    aligned: bool = True
    homography: list[list[float]] | None = None  # original pixels -> copy pixels
    copy_size: tuple[int, int] = (0, 0)  # (width, height)
    doubts: list[TextDoubt] = field(default_factory=list)
    words_compared: int = 0  # word groups of the two full texts compared (0: text not read)

    @property
    def flagged(self) -> bool:
        return self.verdict != Verdict.MATCH

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "score": round(self.score, 4),
            "aligned": self.aligned,
            "regions": [
                {"x": r.x, "y": r.y, "w": r.w, "h": r.h, "score": round(r.score, 4), "kind": r.kind}
                for r in self.regions
            ],
            "text_changes": [
                {"before": t.before, "after": t.after, "x": t.region[0], "y": t.region[1],
                 "w": t.region[2], "h": t.region[3]}
                for t in self.text_changes
            ],
            "doubts": [
                {"before": d.before, "after": d.after, "reason": d.reason, "x": d.region[0],
                 "y": d.region[1], "w": d.region[2], "h": d.region[3]}
                for d in self.doubts
            ],
            "words_compared": self.words_compared,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }
