"""Housekeeping of the local store: page blobs staged for a reception that was abandoned are
removed after a grace period (citizens' scans are kept no longer than needed)."""
from __future__ import annotations

import logging
import time

from sqlalchemy import select

from db.models import GeneratedDocument, Page
from db.models_photo import PagePhoto
from desk_app.context import AppContext

logger = logging.getLogger(__name__)

GRACE_HOURS = 24.0


def referenced_hashes(ctx: AppContext) -> set[str]:
    with ctx.sessions() as s:
        pages = set(s.scalars(select(Page.sha256)))
        docs = set(s.scalars(select(GeneratedDocument.sha256)))
        photos = set(s.scalars(select(PagePhoto.sha256)))
    return pages | docs | photos


def prune_orphans(ctx: AppContext, grace_hours: float = GRACE_HOURS) -> int:
    """Deletes blobs no row refers to and older than the grace period. Returns how many."""
    keep = referenced_hashes(ctx)
    cutoff = time.time() - grace_hours * 3600
    removed = 0
    for path in ctx.pages.root.glob("*/*"):
        name = path.name
        if name.startswith(".tmp-"):
            if path.stat().st_mtime < cutoff:  # a write interrupted by a crash
                path.unlink(missing_ok=True)
            continue
        if name in keep or path.stat().st_mtime >= cutoff:
            continue
        path.unlink(missing_ok=True)
        removed += 1
    if removed:
        logger.info("removed %d unreferenced page blobs", removed)
    return removed
