"""Multi-page documents: a copy of N pages against an original of N pages.

Pages are paired by content, not by position (a copy fed in another order still pairs): every copy
page is matched against every original page by ORB features on a reduced page, and the pairing with
the most geometrically consistent matches overall is taken. Each pair is then compared as a single
page; the document is a mismatch when any page is, or when a page has no partner."""
from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image

from desk_app.compare.engine import compare_images, ink_map, to_grey
from desk_app.compare.imageio import load_image
from desk_app.compare.result import CompareResult, Region
from desk_app.domain.types import Verdict

PAIR_LONG_SIDE = 700
MIN_PAIR_INLIERS = 20
EXACT_UP_TO = 7  # pages: beyond this the pairing is greedy (8! orderings would be too many)


def _to_array(image: Image.Image) -> np.ndarray:
    if image.mode in ("1", "L", "I;16", "I", "F"):
        return np.ascontiguousarray(np.asarray(image.convert("L")))
    return np.ascontiguousarray(np.asarray(image.convert("RGB"))[..., ::-1])


def load_document(path: Path) -> list[np.ndarray]:
    """The pages of a file: every frame of a TIFF, every page of a PDF (at 200 dpi), or the one
    image of any other format. Bad files are refused as for a single page."""
    path = Path(path)
    head = b""
    if path.is_file():
        with path.open("rb") as fh:
            head = fh.read(1024)
    # The capture loader (PDF libraries: a tenth of a second to import) only for what may have
    # several pages; the same magic bytes as its own sniffing.
    if not (head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+") or b"%PDF-" in head):
        return [load_image(path)]
    from desk_app.capture import loader

    if loader.sniff(head) not in ("tiff", "pdf"):
        return [load_image(path)]
    return [_to_array(p.image) for p in loader.load_pages(path, dpi=200)]


@dataclass
class PagePair:
    copy_page: int  # 0-based
    original_page: int | None  # None: no original page fits this copy page
    result: CompareResult


@dataclass
class DocumentResult:
    verdict: Verdict
    pages: list[PagePair]
    unpaired_original: list[int] = field(default_factory=list)  # 0-based
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return max((p.result.score for p in self.pages), default=1.0)

    def to_json(self) -> dict[str, Any]:
        """The single-page keys for the whole document (regions, text changes and doubts of every
        page, each with its `page`), plus `document_verdict` and one entry per copy page."""
        pages = []
        merged: dict[str, list[dict[str, Any]]] = {"regions": [], "text_changes": [], "doubts": []}
        for pair in self.pages:
            one = pair.result.to_json()
            number = pair.copy_page + 1
            for name, items in merged.items():
                items.extend({**item, "page": number} for item in one[name])
            pages.append({"page": number,
                          "original_page": None if pair.original_page is None
                          else pair.original_page + 1, **one})
        return {
            "verdict": self.verdict,
            "score": round(self.score, 4),
            "aligned": all(p.result.aligned for p in self.pages),
            **merged,
            "words_compared": sum(p.result.words_compared for p in self.pages),
            "timings": {"total": round(self.seconds, 4)},
            "document_verdict": self.verdict,
            "page_count": {"original": len(self.pages) - sum(p.original_page is None
                                                             for p in self.pages)
                           + len(self.unpaired_original), "copy": len(self.pages)},
            "pages": pages,
            "unpaired_original_pages": [i + 1 for i in self.unpaired_original],
        }


def _features(image: np.ndarray) -> tuple[list[cv2.KeyPoint], np.ndarray | None]:
    grey = to_grey(image if image.dtype == np.uint8 else cv2.convertScaleAbs(image))
    f = min(1.0, PAIR_LONG_SIDE / max(grey.shape))
    small = cv2.resize(grey, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    ink = cv2.bitwise_not(ink_map(small))
    orb = cv2.ORB.create(nfeatures=1200, scaleFactor=1.2, nlevels=6, fastThreshold=10)
    keys, desc = orb.detectAndCompute(ink, None)
    return list(keys), desc


def _inliers(a: tuple[list[cv2.KeyPoint], np.ndarray | None],
             b: tuple[list[cv2.KeyPoint], np.ndarray | None]) -> int:
    (ka, da), (kb, db) = a, b
    if da is None or db is None or len(ka) < 8 or len(kb) < 8:
        return 0
    pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(da, db, k=2)
    good = [m for m, *rest in pairs if rest and m.distance < 0.8 * rest[0].distance]
    if len(good) < 8:
        return 0
    src = np.array([ka[m.queryIdx].pt for m in good], np.float32).reshape(-1, 1, 2)
    dst = np.array([kb[m.trainIdx].pt for m in good], np.float32).reshape(-1, 1, 2)
    _h, mask = cv2.findHomography(src, dst, cv2.RANSAC, 4.0, maxIters=2000, confidence=0.995)
    return int(mask.sum()) if mask is not None else 0


def pair_pages(originals: list[np.ndarray], copies: list[np.ndarray]) -> list[int | None]:
    """For each copy page, the index of its original page (None when none fits)."""
    fo = [_features(p) for p in originals]
    fc = [_features(p) for p in copies]
    score = np.array([[_inliers(o, c) for o in fo] for c in fc], dtype=np.int64).reshape(
        len(copies), len(originals))
    n = min(len(copies), len(originals))
    best: list[int | None] = [None] * len(copies)
    if n == 0:
        return best
    if max(len(copies), len(originals)) <= EXACT_UP_TO:
        top = -1
        # The shorter side keeps its order; the longer side's orderings are tried (at most 7!).
        if len(copies) <= len(originals):
            options = ((tuple(range(n)), cols)
                       for cols in itertools.permutations(range(len(originals)), n))
        else:
            options = ((rows, tuple(range(n)))
                       for rows in itertools.permutations(range(len(copies)), n))
        for rows, cols in options:
            total = int(sum(score[r, c] for r, c in zip(rows, cols, strict=True)))
            if total > top:
                top = total
                best = [None] * len(copies)
                for r, c in zip(rows, cols, strict=True):
                    best[r] = c
    else:
        taken: set[int] = set()
        for flat in np.argsort(-score, axis=None):
            r, c = divmod(int(flat), len(originals))
            if best[r] is None and c not in taken:
                best[r] = c
                taken.add(c)
    return [c if c is not None and score[r, c] >= MIN_PAIR_INLIERS else None
            for r, c in enumerate(best)]


def compare_documents(originals: list[np.ndarray], copies: list[np.ndarray], *,
                      ocr: bool = True) -> DocumentResult:
    t0 = time.perf_counter()
    pairing = pair_pages(originals, copies) if len(originals) > 1 or len(copies) > 1 else [0]
    pages: list[PagePair] = []
    for k, (copy, o) in enumerate(zip(copies, pairing, strict=True)):
        if o is None:
            h, w = copy.shape[:2]
            result = CompareResult(Verdict.MISMATCH, 1.0, [Region(0, 0, w, h, 1.0)], [],
                                   aligned=False, copy_size=(w, h))
        else:
            result = compare_images(originals[o], copy, ocr=ocr)
        pages.append(PagePair(k, o, result))
    unpaired = sorted(set(range(len(originals))) - {o for o in pairing if o is not None})
    flagged = any(p.result.flagged for p in pages) or bool(unpaired)
    verdict = Verdict.MISMATCH if flagged else Verdict.MATCH
    return DocumentResult(verdict, pages, unpaired, time.perf_counter() - t0)
