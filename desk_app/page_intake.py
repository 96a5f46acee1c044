"""Turning files into page images ready for the store. Every file is read and checked before any
page is stored, so a bad file refuses the whole batch and nothing is half-added."""
from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Page
from db.page_store import PageStore
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


def encode_master(img: Image.Image, dpi: int) -> PreparedPage:
    """Lossless master: PNG, bi-level and grey pages kept in their own mode (small)."""
    mode = {"1": "bw", "L": "grey"}.get(img.mode, "colour")
    if img.mode not in ("1", "L", "RGB"):
        img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi), optimize=False, compress_level=6)
    return PreparedPage(buf.getvalue(), "image/png", img.width, img.height, dpi, mode)


def prepare_files(
    files: Sequence[Path], dpi: int = 300, progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[list[PreparedPage]]:
    """Loads, checks, cleans and encodes every page of every file, in order: one list per file."""
    # Interim loader until the Capture area's validating loader is wired in.
    from desk_app.errors import InputRefused

    images: list[list[Image.Image]] = []
    for f in files:
        try:
            with Image.open(f) as im:
                im.load()
                images.append([im.copy()])
        except Exception as exc:  # noqa: BLE001 - any decoder failure is a refusal
            raise InputRefused("corrupt_image", Path(f).name) from exc
    total = sum(len(x) for x in images)
    out: list[list[PreparedPage]] = []
    done = 0
    for file_images in images:
        out.append([])
        for img in file_images:
            if cancel and cancel():
                raise Cancelled()
            out[-1].append(encode_master(img, dpi))
            done += 1
            if progress:
                progress(done, total, "")
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
