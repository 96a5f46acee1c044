"""OCR results in the local store: recognise the pages that have none yet, store an officer's
correction, and read back the text that counts (the correction when there is one)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import OcrResult, Page
from desk_app.context import AppContext
from desk_app.domain.text import fold, nfc
from desk_app.errors import NotFound
from desk_app.ocr.service import OcrService
from desk_app.ocr.types import Geometry, PageOcr, Word
from desk_app.tasks import CancelToken, Progress, Writer, write_here

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageStatus:
    page_id: str
    position: int
    done: bool
    confidence: float | None
    low_words: int


def effective_text(result: OcrResult) -> str:
    return result.corrected_text if result.corrected_text is not None else result.text


def latest_result(session: Session, page_id: str) -> OcrResult | None:
    return session.scalars(
        select(OcrResult).where(OcrResult.page_id == page_id)
        .order_by(OcrResult.created_at.desc()).limit(1)
    ).first()


def pending_pages(session: Session, dossier_id: str | None) -> list[Page]:
    done = select(OcrResult.page_id)
    q = select(Page).where(Page.deleted.is_(False), Page.id.not_in(done))
    if dossier_id is not None:
        q = q.where(Page.dossier_id == dossier_id)
    return list(session.scalars(q.order_by(Page.dossier_id, Page.position)))


def save_result(ctx: AppContext, page_id: str, ocr: PageOcr) -> str:
    with ctx.sessions.begin() as s:
        row = OcrResult(
            page_id=page_id, engine=ocr.engine, text=nfc(ocr.text), corrected_text=None,
            folded_text=fold(ocr.text), words=[w.to_json() for w in ocr.words],
            confidence=ocr.confidence, geometry=ocr.geometry.to_json(),
        )
        s.add(row)
        s.flush()
        return row.id


def ocr_pending_pages(
    ctx: AppContext,
    dossier_id: str | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    service: OcrService | None = None,
    write: Writer = write_here,
) -> int:
    """OCR of every page (of one dossier, or of all) that has no result yet; each result is stored
    (through `write`) as soon as its page is done, so a cancelled run keeps what it finished.
    Returns the number of pages recognised."""
    with ctx.sessions() as s:
        pages = [(p.id, p.sha256, p.position) for p in pending_pages(s, dossier_id)]
    if not pages:
        if progress:
            progress(0, 0, "")
        return 0
    service = service or OcrService()
    stored = 0

    def on_result(i: int, res: PageOcr) -> None:
        nonlocal stored
        write(lambda: save_result(ctx, pages[i][0], res))
        stored += 1

    loaders = [lambda sha=sha: ctx.pages.get(sha) for _, sha, _ in pages]
    service.recognise_batch(loaders, progress=progress, cancel=cancel,
                            labels=[pid for pid, _, _ in pages], on_result=on_result)
    return stored


def save_correction(ctx: AppContext, page_id: str, text: str) -> None:
    """The officer's corrected text of a page; from now on search and the PDF text layer use it.
    An empty correction or one equal to the OCR text removes the correction."""
    text = nfc(text).strip()
    with ctx.sessions.begin() as s:
        row = latest_result(s, page_id)
        if row is None:
            raise NotFound("page_not_recognised")
        if not text or text == row.text.strip():
            row.corrected_text = None
            row.folded_text = fold(row.text)
        else:
            row.corrected_text = text
            row.folded_text = fold(text)


def page_statuses(ctx: AppContext, dossier_id: str) -> list[PageStatus]:
    """OCR progress of a dossier, page by page (for the dossier screen)."""
    from desk_app.ocr.types import LOW_CONFIDENCE

    out = []
    with ctx.sessions() as s:
        pages = s.scalars(select(Page).where(Page.dossier_id == dossier_id,
                                             Page.deleted.is_(False)).order_by(Page.position))
        for p in pages:
            r = latest_result(s, p.id)
            low = sum(1 for w in r.words if float(w.get("conf", 0)) < LOW_CONFIDENCE) if r else 0
            out.append(PageStatus(p.id, p.position, r is not None,
                                  r.confidence if r else None, low))
    return out


def load_page_ocr(result: OcrResult) -> tuple[list[Word], Geometry]:
    return [Word.from_json(w) for w in result.words], Geometry.from_json(result.geometry)
