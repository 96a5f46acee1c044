"""Turning files into page images ready for the store. Every file is read and checked before any
page is stored, so a bad file refuses the whole batch and nothing is half-added."""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Page
from db.page_store import PageStore
from desk_app.capture.encode import LOSSLESS, MasterFormat, encode_master
from desk_app.capture.loader import LoadedPage, load_many
from desk_app.capture.pipeline import PipelineSettings, process_page
from desk_app.domain.types import ColourMode
from desk_app.errors import DeskError

logger = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class PreparedPage:
    data: bytes
    mime: str
    width: int
    height: int
    dpi: int
    colour_mode: str
    blank: bool = False
    blurry: bool = False
    source: str = "import"
    sha256: str | None = None  # set once the blob is in the page store (stage_pages)


class Cancelled(DeskError):
    code = "cancelled"


def _prepare_one(page: LoadedPage, settings: PipelineSettings, fmt: MasterFormat) -> PreparedPage:
    done = process_page(page.image, settings, dpi=page.dpi)
    mode = {"1": ColourMode.BW, "L": ColourMode.GREY}.get(done.image.mode, ColourMode.COLOUR)
    enc = encode_master(done.image, mode, page.dpi, fmt)
    return PreparedPage(enc.data, enc.mime, enc.width, enc.height, enc.dpi, enc.mode.value,
                        blank=done.blank, blurry=done.blurry)


def prepare_files(
    files: Sequence[Path], dpi: int = 300, progress: Progress | None = None,
    cancel: Cancel | None = None, settings: PipelineSettings | None = None,
    fmt: MasterFormat = LOSSLESS,
) -> list[list[PreparedPage]]:
    """Loads and checks every page of every file (all-or-nothing: a bad file raises InputRefused
    before any page is returned), then turns, straightens, crops, checks and encodes each page.
    One list per file, pages in order."""
    loaded = load_many([Path(f) for f in files], dpi=dpi)
    settings = settings or PipelineSettings()
    out: list[list[PreparedPage]] = []
    # OpenCV and Pillow release the GIL in their heavy loops: two pages at a time on two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(_prepare_one, page, settings, fmt) for page in loaded]
        try:
            for done, (page, future) in enumerate(zip(loaded, futures, strict=True), start=1):
                if cancel and cancel():
                    raise Cancelled()
                if page.page_index == 0:
                    out.append([])
                out[-1].append(future.result())
                if progress:
                    progress(done, len(loaded), page.source)
        finally:
            for future in futures:
                future.cancel()
    return out


def stage_pages(store: PageStore, pages: Sequence[PreparedPage]) -> list[PreparedPage]:
    """Writes the blobs now (fsynced, content-addressed) so that saving the dossier later only
    writes rows. An abandoned reception leaves unreferenced blobs, which `prune_orphans` removes."""
    return [p if p.sha256 else replace(p, sha256=store.put(p.data)) for p in pages]


def store_pages(
    session: Session, store: PageStore, dossier_id: str, component_id: str | None,
    pages: Sequence[PreparedPage],
) -> list[Page]:
    """Writes blobs (content-addressed: harmless if the transaction later fails) then rows."""
    start = session.scalar(
        select(func.coalesce(func.max(Page.position), 0)).where(Page.dossier_id == dossier_id)
    ) or 0
    rows = []
    for offset, p in enumerate(pages, start=1):
        sha = p.sha256 if p.sha256 and store.exists(p.sha256) else store.put(p.data)
        row = Page(
            dossier_id=dossier_id, component_id=component_id, position=start + offset,
            sha256=sha, mime=p.mime, width=p.width, height=p.height, dpi=p.dpi,
            colour_mode=p.colour_mode, byte_size=len(p.data), blank=p.blank, blurry=p.blurry,
            source=p.source,
        )
        session.add(row)
        rows.append(row)
    return rows
