"""What the review screen needs, without Qt: a page's upright image with its words and text, the
officer's correction, and background OCR of a dossier's pages with progress per page."""
from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from db.models import Page
from desk_app.context import AppContext
from desk_app.errors import NotFound
from desk_app.ocr.preprocess import upright_rgb
from desk_app.ocr.service import OcrService
from desk_app.ocr.store_ops import (
    PageStatus,
    effective_text,
    latest_result,
    load_page_ocr,
    ocr_pending_pages,
    page_statuses,
    save_correction,
)
from desk_app.ocr.types import LOW_CONFIDENCE, Word
from desk_app.tasks import CancelToken, Progress, Writer, write_here


@dataclass(frozen=True)
class ReviewPage:
    page_id: str
    position: int
    image_png: bytes  # the page turned upright as OCR read it; word boxes are in its pixels
    width: int
    height: int
    words: list[Word]
    text: str  # the text that counts: the correction if any, else the OCR text
    ocr_text: str
    corrected: bool
    confidence: float

    @property
    def low_words(self) -> list[Word]:
        return [w for w in self.words if w.conf < LOW_CONFIDENCE]


class ReviewService:
    def __init__(self, ctx: AppContext, ocr: OcrService | None = None) -> None:
        self.ctx = ctx
        self._ocr = ocr

    @property
    def ocr(self) -> OcrService:
        if self._ocr is None:
            self._ocr = OcrService()
        return self._ocr

    def statuses(self, dossier_id: str) -> list[PageStatus]:
        return page_statuses(self.ctx, dossier_id)

    def recognise(self, dossier_id: str, progress: Progress | None = None,
                  cancel: CancelToken | None = None, write: Writer = write_here) -> int:
        return ocr_pending_pages(self.ctx, dossier_id, progress, cancel, self.ocr, write)

    def load(self, page_id: str) -> ReviewPage:
        with self.ctx.sessions() as s:
            page = s.get(Page, page_id)
            if page is None:
                raise NotFound("page_not_found")
            result = latest_result(s, page_id)
            if result is None:
                raise NotFound("page_not_recognised")
            words, geometry = load_page_ocr(result)
            img = upright_rgb(Image.open(io.BytesIO(self.ctx.pages.get(page.sha256))), geometry)
            buf = io.BytesIO()
            img.save(buf, format="PNG", compress_level=1)
            return ReviewPage(page_id, page.position, buf.getvalue(), img.width, img.height, words,
                              effective_text(result), result.text,
                              result.corrected_text is not None, result.confidence)

    def save(self, page_id: str, text: str) -> None:
        save_correction(self.ctx, page_id, text)
