"""Housekeeping of the local store (`desk-app maintenance`, docs/administration.md#maintenance):
page blobs no row names (staged for a reception that was abandoned) and `.tmp-*` files a killed
write left behind are removed once older than a grace period (citizens' scans are kept no longer
than needed), and the store's size is reported before and after.

A write in progress is never touched: its temp file and its new blob are younger than the grace
period, and a blob is moved to a quarantine name before the last check (its age, then the rows
of the store read again), so a reception that reuses an old blob at that moment either touches it
first (PageStore.put refreshes its time, and it is kept) or finds it gone and writes it again."""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.context import AppContext

logger = logging.getLogger(__name__)

GRACE_HOURS = 24.0
MIN_GRACE_HOURS = 1.0
QUARANTINE = ".tmp-prune-"


@dataclass
class MaintenanceReport:
    removed_blobs: list[tuple[str, int]] = field(default_factory=list)  # (name, bytes)
    removed_temp: list[tuple[str, int]] = field(default_factory=list)
    kept_young: int = 0  # unreferenced or temp files still inside the grace period
    size_before: int = 0
    size_after: int = 0
    notes: list[str] = field(default_factory=list)  # what further steps did, one line each


def referenced_hashes(ctx: AppContext) -> set[str]:
    """Every blob the store's rows name (any sha256 column of any table)."""
    from desk_app.backup import referenced_blobs

    conn = sqlite3.connect(f"file:{ctx.home / 'store.sqlite3'}?mode=ro", uri=True, timeout=30)
    try:
        return referenced_blobs(conn)
    finally:
        conn.close()


def store_size(ctx: AppContext) -> int:
    total = 0
    for path in [*ctx.home.glob("store.sqlite3*"), *ctx.pages.root.rglob("*")]:
        with contextlib.suppress(OSError):
            if path.is_file():
                total += path.stat().st_size
    return total


def _prune_blobs(ctx: AppContext, grace_hours: float, report: MaintenanceReport) -> None:
    cutoff = time.time() - grace_hours * 3600
    keep = referenced_hashes(ctx)
    candidates: list[Path] = []
    for path in ctx.pages.root.glob("*/*"):
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            continue
        if path.name.startswith(".tmp-"):
            if mtime < cutoff:  # a write interrupted by a crash or a kill
                size = path.stat().st_size
                path.unlink(missing_ok=True)
                report.removed_temp.append((path.name, size))
            else:
                report.kept_young += 1
            continue
        if path.name in keep:
            continue
        if mtime >= cutoff:
            report.kept_young += 1
            continue
        candidates.append(path)
    if not candidates:
        return
    moved: list[tuple[Path, Path]] = []
    for path in candidates:
        aside = path.with_name(QUARANTINE + path.name)
        try:
            os.replace(path, aside)
        except FileNotFoundError:
            continue
        moved.append((path, aside))
    keep = referenced_hashes(ctx)  # rows committed meanwhile
    for path, aside in moved:
        if path.name in keep or aside.stat().st_mtime >= cutoff:
            if path.exists():  # written again meanwhile: the same bytes, by their hash
                aside.unlink(missing_ok=True)
            else:
                os.replace(aside, path)
            continue
        size = aside.stat().st_size
        aside.unlink(missing_ok=True)
        report.removed_blobs.append((path.name, size))


def _further_steps() -> list[Callable[[AppContext, MaintenanceReport], None]]:
    """Store-wide steps after the file clean-up, in order; each adds its line to report.notes."""
    return [_compact]


def _compact(ctx: AppContext, report: MaintenanceReport) -> None:
    """Payloads of operations the centre confirmed are dropped and SQLite's free pages given back
    (desk_app/store_compaction.py); the note says how much the database file gave back."""
    from desk_app.domain import vn_format
    from desk_app.store_compaction import compact_store

    done = compact_store(ctx.home / "store.sqlite3")
    kb = vn_format.number(done.reclaimed_bytes // 1024)
    report.notes.append(
        f"Cơ sở dữ liệu: bỏ nội dung của {vn_format.number(done.payloads_dropped)} thao tác "
        f"trung tâm đã xác nhận, thu hồi {kb} KB"
        + (" (ghi lại toàn bộ tệp)" if done.full else ""))


def run_maintenance(ctx: AppContext, grace_hours: float = GRACE_HOURS) -> MaintenanceReport:
    grace_hours = max(MIN_GRACE_HOURS, grace_hours)
    report = MaintenanceReport(size_before=store_size(ctx))
    _prune_blobs(ctx, grace_hours, report)
    for step in _further_steps():
        step(ctx, report)
    report.size_after = store_size(ctx)
    logger.info("maintenance: %d blobs, %d temp files removed", len(report.removed_blobs),
                len(report.removed_temp))
    return report


def prune_orphans(ctx: AppContext, grace_hours: float = GRACE_HOURS) -> int:
    """Deletes blobs no row refers to and older than the grace period. Returns how many."""
    report = MaintenanceReport()
    _prune_blobs(ctx, grace_hours, report)
    return len(report.removed_blobs)
