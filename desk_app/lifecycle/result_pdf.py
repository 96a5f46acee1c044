"""Results are digitised too: OCR of the result's pages (role "result") and one searchable PDF/A
of them, kept in the page store as the dossier's `result` document. The dossier's own pages are
not touched (their PDF is the `digitize` command's)."""
from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from sqlalchemy import select

from db.models import Dossier, GeneratedDocument, Page
from desk_app.context import AppContext
from desk_app.domain.types import DocumentKind
from desk_app.errors import DeskError, NotFound
from desk_app.tasks import CancelToken, Progress

logger = logging.getLogger(__name__)


def digitise_result(ctx: AppContext, code: str, now: dt.datetime,
                    progress: Progress | None = None, cancel: CancelToken | None = None) -> str:
    """Returns the sha256 of the stored PDF/A."""
    from desk_app.digitise.pdfa import PdfMeta, PdfPage, build_pdf
    from desk_app.digitise.service import _open_image
    from desk_app.ocr.preprocess import upright_rgb
    from desk_app.ocr.service import OcrService
    from desk_app.ocr.store_ops import latest_result, load_page_ocr, save_result
    from desk_app.ocr.types import Geometry

    with ctx.sessions() as s:
        d = s.scalar(select(Dossier).where(Dossier.code == code))
        if d is None:
            raise NotFound("unknown_dossier", code)
        dossier_id, agency = d.id, d.receiving_agency_code
        procedure = f"{d.procedure.code} - {d.procedure.name}"
        received = d.received_at
        pages = [(p.id, p.sha256, p.dpi) for p in s.scalars(
            select(Page).where(Page.dossier_id == d.id, Page.role == "result", ~Page.deleted)
            .order_by(Page.position))]
        pending = [(pid, sha) for pid, sha, _ in pages if latest_result(s, pid) is None]
    if not pages:
        raise DeskError("no_pages", code)
    if pending:
        service = OcrService()
        loaders: list[Callable[[], bytes]] = [partial(ctx.pages.get, sha) for _, sha in pending]
        results = service.recognise_batch(loaders, progress=progress, cancel=cancel)
        for (pid, _sha), res in zip(pending, results, strict=True):
            if not isinstance(res, DeskError):
                save_result(ctx, pid, res)
    pdf_pages = []
    with ctx.sessions() as s:
        for pid, sha, dpi in pages:
            img = _open_image(ctx.pages.get(sha))
            result = latest_result(s, pid)
            if result is None:
                pdf_pages.append(PdfPage(upright_rgb(img, Geometry()), dpi or 300, []))
                continue
            words, geometry = load_page_ocr(result)
            pdf_pages.append(PdfPage(upright_rgb(img, geometry), dpi or 300, list(words)))
    meta = PdfMeta(title=f"Kết quả giải quyết hồ sơ {code}", dossier_code=code,
                   procedure=procedure, received=received, digitised=now, agency=agency,
                   author=ctx.workstation.name)
    with tempfile.TemporaryDirectory(dir=ctx.home) as tmp:
        out = Path(tmp) / "result.pdf"
        build_pdf(pdf_pages, meta, out)
        sha = ctx.pages.put(out.read_bytes())
    with ctx.sessions.begin() as s:
        s.add(GeneratedDocument(dossier_id=dossier_id, kind=DocumentKind.RESULT, sha256=sha,
                                number=code, created_at=now))
    logger.info("result digitised: %d pages", len(pdf_pages))
    return sha
