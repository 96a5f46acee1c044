"""Tables of the administration area (migration 0010): the recorded versions of the reference data
(catalog, holidays) and the audit of account changes, which syncs to the centre like a dossier.

A new dossier is stamped with the catalog version in force (the `catalog_version` setting) by a
flush hook here, so every way a dossier is made (reception, demo data, tests) keeps its version
without each caller knowing about it."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text, event, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from db.models import Base, Dossier, Setting, Synced, utcnow

CATALOG_VERSION_KEY = "catalog_version"
HOLIDAYS_VERSION_KEY = "holidays_version"


class ReferenceVersion(Base):
    """One recorded version of the catalog or of the holiday calendar: the whole document as it
    was applied, so a dossier's version can be shown again after the catalog moved on."""

    __tablename__ = "reference_versions"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # catalog / holidays
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(32), default="import")  # seed / import / centre:N
    note: Mapped[str] = mapped_column(Text, default="")
    # sha256 of the document's canonical JSON (named apart from blob hashes: backup and
    # maintenance take every `sha256` column for a page-store blob).
    digest: Mapped[str] = mapped_column(String(64))
    document: Mapped[Any] = mapped_column(JSON)


class AccountAudit(Synced, Base):
    """Who changed which account, how and when; synced to the centre (append-only in spirit:
    nothing updates a row)."""

    __tablename__ = "account_audit"
    account_id: Mapped[str] = mapped_column(String(36), index=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(24))  # add / disable / enable / reset / role / password
    detail: Mapped[str] = mapped_column(Text, default="")  # e.g. the new role; never a password
    actor: Mapped[str] = mapped_column(String(64), default="")
    workstation_id: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


@event.listens_for(Session, "before_flush")
def _stamp_catalog_version(session: Session, _ctx: Any, _instances: Any) -> None:
    new = [o for o in session.new if isinstance(o, Dossier) and o.catalog_version is None]
    if not new:
        return
    with session.no_autoflush:
        value = session.scalar(select(Setting.value).where(Setting.key == CATALOG_VERSION_KEY))
    if value is None:
        return
    for dossier in new:
        dossier.catalog_version = int(value)
