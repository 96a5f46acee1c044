"""The digitised dossier: OCR whatever pages still lack a result, then one searchable PDF/A-2b of
all pages in order, kept in the page store and recorded as a generated document."""
from __future__ import annotations

import datetime as dt
import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from db.models import Dossier, GeneratedDocument, Page
from desk_app.context import AppContext
from desk_app.digitise.marks import stamp_page
from desk_app.digitise.pdfa import PdfMeta, PdfPage, build_pdf
from desk_app.digitise.text_layer import align_correction
from desk_app.domain.types import DocumentKind
from desk_app.errors import DeskError, NotFound
from desk_app.ocr.preprocess import upright_rgb
from desk_app.ocr.service import OcrService
from desk_app.ocr.store_ops import latest_result, load_page_ocr, ocr_pending_pages
from desk_app.ocr.types import Geometry, Word
from desk_app.tasks import CancelToken, Progress, Writer, write_here
from desk_app.verification.stamp import verified_marks

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DigitiseReport:
    path: Path
    pages: int
    bytes: int
    sha256: str

    @property
    def bytes_per_page(self) -> int:
        return self.bytes // max(1, self.pages)


def suggested_filename(code: str, when: dt.date | None = None) -> str:
    """File name of the digitised dossier: the dossier code (its characters are file-safe) and the
    date of digitisation, e.g. `H31.12.05-261126-0001_20261126.pdf`. [unconfirmed: the 11/2025
    technical guidance's exact naming rule was not at hand; the code keeps the file findable.]"""
    safe = re.sub(r"[^A-Za-z0-9.\-]", "_", code)
    return f"{safe}_{(when or dt.date.today()):%Y%m%d}.pdf"


def _open_image(data: bytes) -> Image.Image:
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
        return img
    except OSError as exc:
        raise DeskError("page_missing", type(exc).__name__) from exc


def digitise_dossier(
    ctx: AppContext,
    code: str,
    out: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    service: OcrService | None = None,
    write: Writer = write_here,
) -> DigitiseReport:
    from desk_app.safe_output import check_target

    check_target(out)  # a FIFO or device at `out` is refused before the OCR work, not after
    with ctx.sessions() as s:
        dossier = s.scalars(select(Dossier).where(Dossier.code == code)).first()
        if dossier is None:
            raise NotFound("unknown_dossier", code)
        dossier_id = dossier.id
        proc = dossier.procedure
        procedure = f"{proc.code} - {proc.name}" if proc else dossier.procedure_code
        received = dossier.received_at
        applicant = dossier.applicant.full_name if dossier.applicant else ""
        agency = dossier.receiving_agency_code
    ocr_pending_pages(ctx, dossier_id, progress=progress, cancel=cancel, service=service,
                      write=write)

    pdf_pages: list[PdfPage] = []
    with ctx.sessions() as s:
        pages = list(s.scalars(select(Page).where(Page.dossier_id == dossier_id,
                                                  Page.deleted.is_(False))
                               .order_by(Page.position)))
        if not pages:
            raise DeskError("no_pages", code)
        # copy pages an officer attested carry the "đã đối chiếu với bản chính" mark
        marks = verified_marks(s, dossier_id)
        for page in pages:
            if not ctx.pages.exists(page.sha256):
                raise DeskError("page_missing", f"trang {page.position}")
            result = latest_result(s, page.id)
            img = _open_image(ctx.pages.get(page.sha256))
            dpi = round(float(img.info.get("dpi", (page.dpi,))[0])) or page.dpi or 300
            words: list[Word]
            if result is None:  # a page that could not be recognised still goes in, without text
                upright, words = upright_rgb(img, Geometry()), []
            else:
                words, geometry = load_page_ocr(result)
                if result.corrected_text is not None:
                    words = align_correction(words, result.corrected_text)
                upright = upright_rgb(img, geometry)
            mark = marks.get(page.sha256)
            if mark is not None:
                upright, mark_words = stamp_page(upright, mark)
                words = list(words) + mark_words
            pdf_pages.append(PdfPage(upright, dpi, words))
    now = dt.datetime.now().replace(microsecond=0)
    meta = PdfMeta(
        title=f"Hồ sơ {code}" + (f" — {applicant}" if applicant else ""),
        dossier_code=code, procedure=procedure, received=received, digitised=now, agency=agency,
        author=ctx.workstation.name,
    )
    size = build_pdf(pdf_pages, meta, out)
    sha = ctx.pages.put(out.read_bytes())

    def record() -> None:
        with ctx.sessions.begin() as s:
            s.add(GeneratedDocument(dossier_id=dossier_id, kind=DocumentKind.DIGITISED, sha256=sha,
                                    number=suggested_filename(code, now.date())))

    write(record)
    logger.info("digitised dossier: %d pages, %d bytes", len(pdf_pages), size)
    return DigitiseReport(out, len(pdf_pages), size, sha)
