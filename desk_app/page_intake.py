"""Pages ready for the store, and putting them there: blobs staged as pages arrive, rows written
with the dossier. (Reading files and scans into such pages is desk_app/capture/service.py.)"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Page
from db.models_photo import PagePhoto
from db.page_store import PageStore

logger = logging.getLogger(__name__)



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
    source: str = "import"  # scan / import / folder / demo
    sha256: str | None = None  # set once the blob is in the page store (stage_pages)
    role: str = "copy"  # copy / back (duplex back side)
    label: str = ""  # note:with / note:without (the two scans of a page with a sticky note)
    # A photographed page (issue 17): the photo as taken, kept as the master beside the flattened
    # page; where the page was found in it; and why it may read badly.
    original: bytes | None = None
    original_mime: str = "image/jpeg"
    corners: tuple[tuple[float, float], ...] = ()
    manual_corners: bool = False
    warnings: tuple[str, ...] = ()


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
            source=p.source, role=p.role, label=p.label,
        )
        session.add(row)
        rows.append(row)
    add_photos(session, store, rows, pages)
    return rows


def add_photos(session: Session, store: PageStore, rows: Sequence[Page],
               pages: Sequence[PreparedPage]) -> None:
    """The photo each photographed page was flattened from, beside its row."""
    if not any(p.original for p in pages):
        return
    session.flush()  # the rows' ids
    for row, p in zip(rows, pages, strict=True):
        if p.original:
            session.add(PagePhoto(id=row.id, page_id=row.id, sha256=store.put(p.original),
                                  byte_size=len(p.original), mime=p.original_mime,
                                  corners=[list(c) for c in p.corners], manual=p.manual_corners,
                                  warnings=list(p.warnings)))
