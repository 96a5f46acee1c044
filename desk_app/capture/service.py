"""Pages of one component as the counter handles them: scanned or imported pages go through the
pipeline, are encoded as the unit's master format and staged in the page store; the officer can
rotate, reorder, delete or rescan one page. The page strip and the scan dialog (ui/capture/) take
one of these in their constructor.

- `DraftPages`: the component of a dossier being received (nothing in the database yet; the
  reception service saves `prepared()` with the dossier in one transaction).
- `DossierPages`: a component of a saved dossier: every change is one short transaction.
"""
from __future__ import annotations

import dataclasses
import io
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Dossier, DossierComponent, Page, ProcedureComponent
from db.page_store import PageStore
from desk_app.capture.colour import page_mode
from desk_app.capture.encode import (
    LOSSLESS,
    SETTING_KEY,
    MasterFormat,
    decode,
    encode_master,
    thumbnail,
)
from desk_app.capture.loader import DEFAULT_LIMITS, Limits, load_many
from desk_app.capture.pipeline import PipelineSettings, ProcessedPage, process_page
from desk_app.capture.scanner import ScannedPage, ScanSettings
from desk_app.context import AppContext
from desk_app.domain.types import ColourMode
from desk_app.errors import DeskError, NotFound
from desk_app.page_intake import PreparedPage, add_photos
from desk_app.tasks import Cancelled, CancelToken, Progress

logger = logging.getLogger(__name__)

NOTE_WITH, NOTE_WITHOUT = "note:with", "note:without"  # the two scans of a page with a sticky note


@dataclass(frozen=True)
class CapturedPage(PreparedPage):
    """A page ready for the store (a PreparedPage, so the reception service saves it as one),
    with what the pipeline did to it."""

    rotation: int = 0  # what the pipeline turned (degrees counter-clockwise)
    skew: float = 0.0
    key: str = ""  # stable id in its set (the page row id for a saved dossier)


def prepare_image(image: Image.Image, dpi: int, mode: ColourMode, fmt: MasterFormat = LOSSLESS,
                  pipeline: PipelineSettings | None = None, source: str = "import",
                  side: str = "front", label: str = "", photo_hint: bool = False,
                  original: bytes | None = None, original_mime: str = "image/jpeg") -> CapturedPage:
    """Pipeline then master encoding; no storage. A photographed page (`photo_hint`: a camera
    frame or a file that may be a photo) is flattened first; the photo is kept as its master.
    The mode asked for (the component's) is adjusted to the page (desk_app/capture/colour.py):
    for a photo, to the flattened page, so the desk around it does not count as colour."""
    processed: ProcessedPage = process_page(image, pipeline, dpi=dpi, side=side,
                                            photo_hint=photo_hint)
    flat = processed.photo
    # a text page bi-level where masters are lossless; a unit that chose JPEG masters keeps grey
    mode = page_mode(processed.image if flat is not None else image, mode,
                     text_bw=fmt.kind == "lossless")
    if flat is not None:
        dpi = flat.dpi
        if original is None:
            original, original_mime = jpeg_bytes(image), "image/jpeg"
    encoded = encode_master(processed.image, mode, dpi, fmt)
    return CapturedPage(
        data=encoded.data, mime=encoded.mime, width=encoded.width, height=encoded.height, dpi=dpi,
        colour_mode=str(mode), blank=processed.blank,
        blurry=processed.blurry or "photo_blurred" in processed.warnings, source=source,
        role="back" if side == "back" else "copy", label=label, rotation=processed.rotation,
        skew=processed.skew,
        original=original if flat is not None else None, original_mime=original_mime,
        corners=tuple((float(x), float(y)) for x, y in flat.corners) if flat is not None else (),
        manual_corners=bool(flat and flat.manual), warnings=tuple(processed.warnings),
    )


def jpeg_bytes(image: Image.Image, quality: int = 92) -> bytes:
    """A camera frame as a photo file, to keep as the master of the page flattened from it."""
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


MIME = {"jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "tiff": "image/tiff",
        "bmp": "image/bmp"}


def prepare_files(files: Sequence[Path], dpi: int = 300, mode: ColourMode = ColourMode.GREY,
                  fmt: MasterFormat = LOSSLESS, pipeline: PipelineSettings | None = None,
                  progress: Progress | None = None, cancel: CancelToken | None = None,
                  limits: Limits = DEFAULT_LIMITS) -> list[list[CapturedPage]]:
    """Every page of every file, validated (all files before any page is processed), cleaned and
    encoded: one list per file, in order. Same shape as page_intake.prepare_files."""
    loaded = load_many(files, dpi=dpi, limits=limits)
    total = len(loaded)
    out: list[list[CapturedPage]] = [[] for _ in files]
    # OpenCV and Pillow release the GIL in their heavy loops: two pages at a time on two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(prepare_image, p.image, p.dpi, mode, fmt, pipeline, "import",
                               "front", "", p.photo_hint, p.original, MIME.get(p.kind, ""))
                   for p in loaded]
        try:
            file_no = -1
            for done, (page, future) in enumerate(zip(loaded, futures, strict=True), start=1):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if page.page_index == 0:
                    file_no += 1  # pages come file by file; every file has at least one page
                out[file_no].append(future.result())
                if progress:
                    progress(done, total, page.source)
        finally:
            for future in futures:
                future.cancel()
    return out


def mode_for_component(colour: bool) -> ColourMode:
    return ScanSettings.for_component(colour).mode


class DraftPages:
    """The pages of one component of a dossier being received, in order, in memory; blobs are
    staged in the page store as they arrive (orphans are pruned if the reception is abandoned)."""

    def __init__(self, store: PageStore, mode: ColourMode = ColourMode.GREY, dpi: int = 300,
                 fmt: MasterFormat = LOSSLESS, pipeline: PipelineSettings | None = None) -> None:
        self.store = store
        self.mode = ColourMode(mode)
        self.dpi = dpi
        self.fmt = fmt
        self.pipeline = pipeline or PipelineSettings()
        self._pages: list[CapturedPage] = []
        self._lock = threading.RLock()  # pages arrive from worker threads
        self._thumbs: OrderedDict[tuple[str, int], bytes] = OrderedDict()
        self._serial = 0

    # --- reading -----------------------------------------------------------------------------
    def pages(self) -> list[CapturedPage]:
        with self._lock:
            return list(self._pages)

    def prepared(self) -> list[CapturedPage]:
        """What to save with the dossier."""
        return self.pages()

    def thumbnail(self, key: str, size: int = 160) -> bytes:
        sha = self._find(key).sha256 or ""
        cache_key = (sha, size)
        with self._lock:
            if cache_key in self._thumbs:
                self._thumbs.move_to_end(cache_key)
                return self._thumbs[cache_key]
        data = thumbnail(self.store.get(sha), size)
        with self._lock:
            self._thumbs[cache_key] = data
            while len(self._thumbs) > 500:
                self._thumbs.popitem(last=False)
        return data

    def image(self, key: str) -> Image.Image:
        return decode(self.store.get(self._find(key).sha256 or ""))

    # --- adding ------------------------------------------------------------------------------
    def add_files(self, files: Sequence[Path], progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> list[CapturedPage]:
        """All pages of all files or none (a bad file raises InputRefused, nothing added)."""
        per_file = prepare_files(files, self.dpi, self.mode, self.fmt, self.pipeline, progress, cancel)
        return self._append([p for pages in per_file for p in pages])

    def add_image(self, image: Image.Image, dpi: int, source: str = "import", side: str = "front",
                  label: str = "") -> CapturedPage:
        return self.add_prepared([self.prepare(image, dpi, source, side, label)])[0]

    def prepare(self, image: Image.Image, dpi: int, source: str = "import", side: str = "front",
                label: str = "", photo_hint: bool = False) -> CapturedPage:
        """The pipeline and master encoding of one page with this set's settings, without adding
        it: the slow part, which the client runs apart from the store write."""
        return prepare_image(image, dpi, self.mode, self.fmt, self.pipeline, source, side, label,
                             photo_hint)

    def set_corners(self, corners: Sequence[tuple[float, float]] | None) -> None:
        """The officer's corners (fractions of the photo, tl tr br bl) for the rest of this batch:
        a camera on a stand sees every page at the same place."""
        self.pipeline = dataclasses.replace(
            self.pipeline, corners=tuple((float(x), float(y)) for x, y in corners) if corners else None)

    def recapture(self, key: str, photo: Image.Image, corners: Sequence[tuple[float, float]]) -> CapturedPage:
        """The page flattened again from its photo with the officer's corners (fractions), which
        are kept for the following pages of the batch."""
        self.set_corners(corners)
        old = self._find(key)
        page = prepare_image(photo, old.dpi, self.mode, self.fmt, self.pipeline, old.source,
                             "back" if old.role == "back" else "front", old.label, True)
        return self._swap(key, page)

    def add_prepared(self, pages: Sequence[CapturedPage]) -> list[CapturedPage]:
        return self._append(list(pages))

    def add_scanned(self, page: ScannedPage) -> CapturedPage:
        return self.add_image(page.image, page.dpi, "scan", page.side)

    def add_sticky_pair(self, with_note: Image.Image, without_note: Image.Image, dpi: int,
                        source: str = "scan") -> list[CapturedPage]:
        """A page carrying a sticky note is scanned twice (Circular 01/2023): one page, two
        images, kept side by side and labelled."""
        first = prepare_image(with_note, dpi, self.mode, self.fmt, self.pipeline, source, label=NOTE_WITH)
        second = prepare_image(without_note, dpi, self.mode, self.fmt, self.pipeline, source,
                               label=NOTE_WITHOUT)
        return self._append([first, second])

    # --- editing -----------------------------------------------------------------------------
    def rotate(self, key: str, degrees_ccw: int) -> CapturedPage:
        """Turns the master by a multiple of 90 degrees (lossless for PNG and G4 masters)."""
        if degrees_ccw % 90:
            raise DeskError("invalid_rotation", str(degrees_ccw))
        old = self._find(key)
        img = decode(self.store.get(old.sha256 or "")).rotate(degrees_ccw % 360, expand=True)
        encoded = encode_master(img, ColourMode(old.colour_mode), old.dpi, self.fmt)
        new = dataclasses.replace(old, data=encoded.data, mime=encoded.mime, width=encoded.width,
                                  height=encoded.height, sha256=self.store.put(encoded.data),
                                  rotation=(old.rotation + degrees_ccw) % 360)
        return self._swap(key, new)

    def replace(self, key: str, image: Image.Image, dpi: int, source: str = "scan") -> CapturedPage:
        """Rescan of one page: the new image takes the old one's place."""
        old = self._find(key)
        page = prepare_image(image, dpi, self.mode, self.fmt, self.pipeline, source,
                             "back" if old.role == "back" else "front", old.label)
        page = dataclasses.replace(page, sha256=self.store.put(page.data))
        return self._swap(key, page)

    def move(self, key: str, index: int) -> None:
        with self._lock:
            page = self._find(key)
            self._pages.remove(page)
            self._pages.insert(max(0, min(index, len(self._pages))), page)

    def delete(self, key: str) -> None:
        with self._lock:
            self._pages.remove(self._find(key))

    # --- internals ---------------------------------------------------------------------------
    def _find(self, key: str) -> CapturedPage:
        with self._lock:
            for p in self._pages:
                if p.key == key:
                    return p
        raise NotFound("not_found", "page")

    def _new_key(self) -> str:
        self._serial += 1
        return f"draft-{self._serial}"

    def _append(self, pages: list[CapturedPage]) -> list[CapturedPage]:
        staged = [dataclasses.replace(p, sha256=p.sha256 or self.store.put(p.data), key=self._new_key())
                  for p in pages]
        with self._lock:
            self._pages.extend(staged)
        return staged

    def _swap(self, key: str, new: CapturedPage) -> CapturedPage:
        new = dataclasses.replace(new, key=key, sha256=new.sha256 or self.store.put(new.data))
        with self._lock:
            index = self._pages.index(self._find(key))
            self._pages[index] = new
        return new


class DossierPages(DraftPages):
    """The pages of one component of a saved dossier; every change is written at once, in one
    short transaction (rows are never removed: a deleted or replaced page is marked deleted)."""

    def __init__(self, ctx: AppContext, dossier_id: str, component_id: str | None,
                 mode: ColourMode | None = None, dpi: int = 300,
                 pipeline: PipelineSettings | None = None) -> None:
        self.ctx = ctx
        self.dossier_id = dossier_id
        self.component_id = component_id
        fmt = MasterFormat.parse(ctx.setting(SETTING_KEY))
        with ctx.sessions() as s:
            if s.get(Dossier, dossier_id) is None:
                raise NotFound("unknown_dossier", dossier_id)
            colour = False
            if component_id:
                comp = s.get(DossierComponent, component_id)
                if comp is None or comp.dossier_id != dossier_id:
                    raise NotFound("not_found", "component")
                if comp.procedure_component_id:
                    pc = s.get(ProcedureComponent, comp.procedure_component_id)
                    colour = bool(pc and pc.colour)
        super().__init__(ctx.pages, mode or mode_for_component(colour), dpi, fmt, pipeline)
        self._reload()

    def _rows(self, s: Session) -> list[Page]:
        stmt = (select(Page).where(Page.dossier_id == self.dossier_id, ~Page.deleted,
                                   Page.component_id.is_(None) if self.component_id is None
                                   else Page.component_id == self.component_id)
                .order_by(Page.position, Page.created_at))
        return list(s.scalars(stmt))

    def _reload(self) -> None:
        with self.ctx.sessions() as s:
            self._pages = [CapturedPage(
                data=b"", mime=r.mime, width=r.width, height=r.height, dpi=r.dpi,
                colour_mode=r.colour_mode, blank=r.blank, blurry=r.blurry, source=r.source,
                sha256=r.sha256, role=r.role, label=r.label, key=r.id) for r in self._rows(s)]

    def _row(self, s: Session, page: CapturedPage, position: int) -> Page:
        return Page(dossier_id=self.dossier_id, component_id=self.component_id, position=position,
                    sha256=page.sha256 or "", mime=page.mime, width=page.width, height=page.height,
                    dpi=page.dpi, colour_mode=page.colour_mode, byte_size=len(page.data),
                    role=page.role, label=page.label, blank=page.blank, blurry=page.blurry,
                    source=page.source)

    def _renumber(self, s: Session, order: list[str]) -> None:
        rows = {r.id: r for r in self._rows(s)}
        for position, key in enumerate(order, start=1):
            if key in rows and rows[key].position != position:
                rows[key].position = position

    def _append(self, pages: list[CapturedPage]) -> list[CapturedPage]:
        staged = [dataclasses.replace(p, sha256=p.sha256 or self.store.put(p.data)) for p in pages]
        with self._lock, self.ctx.sessions.begin() as s:
            start = len(self._rows(s))
            rows = [self._row(s, p, start + i) for i, p in enumerate(staged, start=1)]
            s.add_all(rows)
            s.flush()
            add_photos(s, self.store, rows, staged)
            keyed = [dataclasses.replace(p, key=r.id) for p, r in zip(staged, rows, strict=True)]
        with self._lock:
            self._pages.extend(keyed)
        return keyed

    def _swap(self, key: str, new: CapturedPage) -> CapturedPage:
        new = dataclasses.replace(new, sha256=new.sha256 or self.store.put(new.data))
        with self._lock, self.ctx.sessions.begin() as s:
            old = s.get(Page, key)
            if old is None:
                raise NotFound("not_found", "page")
            old.deleted = True
            row = self._row(s, new, old.position)
            s.add(row)
            s.flush()
            add_photos(s, self.store, [row], [new])
            new = dataclasses.replace(new, key=row.id)
            index = self._pages.index(self._find(key))
            self._pages[index] = new
        return new

    def move(self, key: str, index: int) -> None:
        with self._lock:
            super().move(key, index)
            with self.ctx.sessions.begin() as s:
                self._renumber(s, [p.key for p in self._pages])

    def delete(self, key: str) -> None:
        with self._lock, self.ctx.sessions.begin() as s:
            row = s.get(Page, key)
            if row is None:
                raise NotFound("not_found", "page")
            row.deleted = True  # the officer's delete: kept for the log, hidden everywhere
            super().delete(key)
            s.flush()
            self._renumber(s, [p.key for p in self._pages])
