"""The verification service the desktop client (and scripts) call: compare a copy with the original
shown, and attest a component. Plain Python; ui/verify wraps it in workers and widgets."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from sqlalchemy import select

from db.models import Dossier, DossierComponent, Page, VerificationEntry
from desk_app.clock import Clock, SystemClock
from desk_app.compare import CompareResult, compare_images, load_image
from desk_app.context import AppContext
from desk_app.domain.types import Verdict
from desk_app.errors import NotFound
from desk_app.ocr.store_ops import latest_result, load_page_ocr
from desk_app.ocr.types import Word
from desk_app.verification.attest import Officer, attest_component, record_original_scan

logger = logging.getLogger(__name__)


@dataclass
class ComparePack:
    """What the compare screen shows: both pages in copy pixels, and the engine's findings."""

    result: CompareResult
    copy: np.ndarray  # as scanned (grey or BGR)
    original_aligned: np.ndarray  # the original warped onto the copy (same size as copy)
    original_bytes: bytes = b""  # the original's scan as received (hashed or kept at attestation)
    copy_hashes: list[str] = field(default_factory=list)


@dataclass
class AttestRequest:
    dossier_id: str
    component_id: str
    officer: Officer
    presentation_form: str
    original_shown: bool
    decision: Verdict
    override_reason: str = ""
    demanded_form: str | None = None


def aligned_original(original: np.ndarray, result: CompareResult) -> np.ndarray:
    """The original warped into the copy's pixels (unchanged if alignment failed)."""
    w, h = result.copy_size
    if result.homography is None:
        return cv2.resize(original, (w, h), interpolation=cv2.INTER_AREA)
    return cv2.warpPerspective(original, np.asarray(result.homography), (w, h),
                               flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))


class VerificationService:
    def __init__(self, ctx: AppContext, clock: Clock | None = None) -> None:
        self.ctx = ctx
        self.clock: Clock = clock or SystemClock()

    def compare(self, original: bytes | Path, copy: bytes | Path, *, ocr: bool = True
                ) -> ComparePack:
        original_bytes = original if isinstance(original, bytes) else Path(original).read_bytes()
        copy_bytes = copy if isinstance(copy, bytes) else Path(copy).read_bytes()
        orig = load_image(original_bytes)
        cp = load_image(copy_bytes)
        copy_hash = hashlib.sha256(copy_bytes).hexdigest()
        words = self.stored_copy_words(copy_hash, (cp.shape[1], cp.shape[0])) if ocr else None
        result = compare_images(orig, cp, ocr=ocr, copy_words=words)
        return ComparePack(result, cp, aligned_original(orig, result), original_bytes,
                           [copy_hash])

    def stored_copy_words(self, sha256: str, size: tuple[int, int]) -> list[Word] | None:
        """The words digitisation already read on this copy page (same image bytes), when they are
        in the image's own pixels (no turn, no deskew) and Vietnamese: reading twice costs a
        Tesseract run. None otherwise."""
        with self.ctx.sessions() as s:
            page = s.scalars(select(Page).where(Page.sha256 == sha256, Page.deleted.is_(False))
                             .limit(1)).first()
            result = latest_result(s, page.id) if page is not None else None
            if result is None or "vie" not in result.engine:
                return None
            words, geometry = load_page_ocr(result)
        if geometry.rotation or abs(geometry.skew) > 0.05:
            return None
        if geometry.width and (geometry.width, geometry.height) != size:
            return None
        return words

    def copy_pages(self, component_id: str) -> list[str]:
        """sha256 of the component's copy pages, in order."""
        with self.ctx.sessions() as s:
            return list(s.scalars(
                select(Page.sha256).where(Page.component_id == component_id,
                                          Page.role == "copy", Page.deleted.is_(False))
                .order_by(Page.position)
            ))

    def attest(self, request: AttestRequest, pack: ComparePack | None) -> VerificationEntry:
        with self.ctx.sessions.begin() as s:
            dossier = s.get(Dossier, request.dossier_id)
            component = s.get(DossierComponent, request.component_id)
            if dossier is None or component is None or component.dossier_id != dossier.id:
                raise NotFound("not_found", "thành phần hồ sơ")
            hashes: list[str] = []
            if pack is not None:
                hashes = list(pack.copy_hashes) or self.copy_pages(component.id)
                if pack.original_bytes:
                    hashes.append(record_original_scan(s, self.ctx.pages, dossier, component,
                                                       pack.original_bytes))
            return attest_component(
                s, self.ctx.workstation, dossier, component, request.officer,
                request.presentation_form, request.original_shown, request.decision,
                pack.result if pack else None, request.override_reason, hashes,
                request.demanded_form, when=self.clock.now(),
            )
