"""How long citizens' page images stay on the counter (Law 91/2025/QH15 on Personal Data
Protection: data is deleted once the purpose it was collected for is done; docs/security.md).

A page image is needed locally while the dossier is being received and until the centre holds
it. After the retention period (setting `page_retention_days`, counted from the dossier's
reception) the images of dossiers whose every row the centre has confirmed are removed from this
counter's page store; the rows stay (code, applicant, pages' hashes and sizes, the verification
log), and the centre keeps the images. Nothing is purged on a counter that never synced: the
centre must have confirmed (outbox state `sent`) the dossier and each of its pages, with nothing
of them still pending or refused."""
from __future__ import annotations

import datetime as dt
import logging
import os
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from db.models import Dossier, OutboxEntry, Page
from desk_app.context import AppContext
from desk_app.errors import InputRefused

logger = logging.getLogger(__name__)

SETTING = "page_retention_days"
DEFAULT_DAYS = 90


@dataclass
class PurgeReport:
    days: int
    cutoff: dt.datetime
    dossiers: list[str] = field(default_factory=list)  # codes whose images were removed
    pages: int = 0
    bytes: int = 0
    waiting: int = 0  # dossiers past the period the centre has not confirmed yet (kept)
    dry_run: bool = False


def retention_days(ctx: AppContext) -> int:
    text = ctx.setting(SETTING, str(DEFAULT_DAYS)) or str(DEFAULT_DAYS)
    return check_days(text)


def check_days(value: int | str) -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise InputRefused("bad_retention", str(value)) from None
    if days < 1:
        raise InputRefused("bad_retention", str(value))
    return days


def _wipe(path: os.PathLike[str]) -> int:
    """Overwrites the file with zeros, syncs it, then removes it; returns its size. On an SSD or a
    copy-on-write file system the old blocks may survive: docs/security.md asks for full-disk
    encryption for that reason."""
    try:
        size = os.path.getsize(path)
        with open(path, "r+b") as fh:
            remaining = size
            block = b"\0" * 65536
            while remaining > 0:
                n = fh.write(block[:min(remaining, len(block))])
                remaining -= n
            fh.flush()
            os.fsync(fh.fileno())
        os.unlink(path)
    except FileNotFoundError:
        return 0
    return size


def purge_pages(ctx: AppContext, days: int | None = None, now: dt.datetime | None = None,
                dry_run: bool = False) -> PurgeReport:
    days = check_days(days) if days is not None else retention_days(ctx)
    now = now or dt.datetime.now()
    report = PurgeReport(days, now - dt.timedelta(days=days), dry_run=dry_run)
    with ctx.sessions() as s:
        old = s.execute(select(Dossier.id, Dossier.code).where(
            Dossier.received_at < report.cutoff).order_by(Dossier.received_at)).all()
        if not old:
            return report
        ids = [d.id for d in old]
        pages: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for page_id, dossier_id, sha in s.execute(select(Page.id, Page.dossier_id, Page.sha256)
                                                  .where(Page.dossier_id.in_(ids))):
            pages[dossier_id].append((page_id, sha))
        entity_ids = set(ids) | {p for rows in pages.values() for p, _ in rows}
        states: dict[str, set[str]] = defaultdict(set)
        for entity_id, state in s.execute(select(OutboxEntry.entity_id, OutboxEntry.state)
                                          .where(OutboxEntry.entity_id.in_(entity_ids))):
            states[entity_id].add(state)
        purge: list[tuple[str, str, list[tuple[str, str]]]] = []  # dossier id, code, pages
        for dossier_id, code in old:
            rows = pages.get(dossier_id, [])
            if not rows or not any(ctx.pages.exists(sha) for _, sha in rows):
                continue  # no images here (none taken, or purged before)
            wanted = [dossier_id, *(p for p, _ in rows)]
            if all(states.get(e) == {"sent"} for e in wanted):
                purge.append((dossier_id, code, rows))
            else:
                report.waiting += 1
        purged_shas = {sha for _, _, rows in purge for _, sha in rows}
        # a blob shared with a page that stays (the same scan in a newer dossier) stays too
        still_needed = set(s.scalars(select(Page.sha256).where(
            Page.sha256.in_(purged_shas), Page.dossier_id.not_in([d for d, _, _ in purge]))))
    for _, code, rows in purge:
        removed = 0
        for _, sha in rows:
            if sha in still_needed or not ctx.pages.exists(sha):
                continue
            if not dry_run:
                report.bytes += _wipe(ctx.pages.path(sha))
            else:
                report.bytes += ctx.pages.path(sha).stat().st_size
            removed += 1
        if removed:
            report.dossiers.append(code)
            report.pages += removed
    if report.pages and not dry_run:
        logger.info("retention: removed %d page images of %d dossiers", report.pages,
                    len(report.dossiers))
    return report
