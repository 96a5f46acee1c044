"""Typed SQLAlchemy models of the local store (SQLite). The central PostgreSQL database uses the
same table names for `dossiers` and `verification_entries` (see db/central/)."""
from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.ids import new_id


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}



def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (SQLAlchemy types `__table__` as any FROM clause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Synced:
    """Rows that must reach the central database. Each carries a UUIDv7 key made here and the
    workstation sequence number of its last change; db/outbox.py writes the outbox entry in the
    same transaction (a before_flush hook)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    ws_seq: Mapped[int | None] = mapped_column(Integer, default=None)


# --- settings of this workstation -------------------------------------------------------------


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Named monotonic counters (the workstation sequence, daily dossier serials)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


# --- reference data (pulled from the centre as snapshots) -------------------------------------


class Agency(Base):
    __tablename__ = "agencies"
    code: Mapped[str] = mapped_column(String(35), primary_key=True)  # electronic code, QĐ 20/2020
    name: Mapped[str] = mapped_column(String(255))
    level: Mapped[str] = mapped_column(String(16), default="commune")  # province / commune
    parent_code: Mapped[str | None] = mapped_column(String(35), default=None)
    address: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")


class Procedure(Base):
    __tablename__ = "procedures"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_folded: Mapped[str] = mapped_column(Text, default="")
    field: Mapped[str] = mapped_column(String(128), default="")
    level: Mapped[str] = mapped_column(String(16), default="commune")
    deciding_agency_code: Mapped[str | None] = mapped_column(
        ForeignKey("agencies.code"), default=None
    )
    processing_days: Mapped[int] = mapped_column(Integer, default=0)  # working days; 0 = same day
    fee: Mapped[str] = mapped_column(String(255), default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    centralised: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    components: Mapped[list[ProcedureComponent]] = relationship(
        back_populates="procedure", order_by="ProcedureComponent.position",
        cascade="all, delete-orphan",
    )


class ProcedureComponent(Base):
    """A component of a procedure's published list (thành phần hồ sơ)."""

    __tablename__ = "procedure_components"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # e.g. "KS-01.2"
    procedure_code: Mapped[str] = mapped_column(ForeignKey("procedures.code"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    accepted_forms: Mapped[list[Any]] = mapped_column(JSON, default=list)  # PresentationForm values
    requirement: Mapped[str] = mapped_column(String(8), default="submit")  # submit / show
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    available_as_data: Mapped[bool] = mapped_column(Boolean, default=False)  # on VNeID / national DB
    colour: Mapped[bool] = mapped_column(Boolean, default=False)  # seals/photos: scan in colour
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    # migration 0014 (desk_app/reuse/kinds.py): "" = inferred from the name; None = the kind's validity
    document_kind: Mapped[str] = mapped_column(String(48), default="", server_default="")
    valid_months: Mapped[int | None] = mapped_column(Integer, default=None)
    procedure: Mapped[Procedure] = relationship(back_populates="components")


class Holiday(Base):
    __tablename__ = "holidays"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    # A Saturday or Sunday declared a working day (make-up day) is stored with working=True.
    working: Mapped[bool] = mapped_column(Boolean, default=False)


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(255), default=None)
    agency_code: Mapped[str | None] = mapped_column(String(35), default=None)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Offline login: a device-local verifier made at an online login (Sync issue).
    last_online_login: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Administration (migration 0010): set by a password reset, cleared by the officer's change.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)


# --- what the counter creates (synced) ----------------------------------------------------------


class Applicant(Synced, Base):
    __tablename__ = "applicants"
    kind: Mapped[str] = mapped_column(String(16), default="person")  # person / organisation
    full_name: Mapped[str] = mapped_column(String(255))
    name_folded: Mapped[str] = mapped_column(String(255), default="", index=True)
    id_number: Mapped[str | None] = mapped_column(String(20), default=None)  # CCCD or tax code
    birth_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    sex: Mapped[str | None] = mapped_column(String(8), default=None)  # male / female
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(128), default="")


class Dossier(Synced, Base):
    __tablename__ = "dossiers"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    code_rule: Mapped[str] = mapped_column(String(32))  # which rule version the code follows
    procedure_code: Mapped[str] = mapped_column(ForeignKey("procedures.code"))
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicants.id"))
    submitter_id: Mapped[str | None] = mapped_column(ForeignKey("applicants.id"), default=None)
    channel: Mapped[str] = mapped_column(String(16), default="counter")
    status: Mapped[str] = mapped_column(String(24), default="received")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)  # local time of the counter
    due_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    receiving_agency_code: Mapped[str] = mapped_column(String(35))
    deciding_agency_code: Mapped[str | None] = mapped_column(String(35), default=None)
    officer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    workstation_id: Mapped[str] = mapped_column(String(36))
    sets_count: Mapped[int] = mapped_column(Integer, default=1)
    delivery_method: Mapped[str] = mapped_column(String(16), default="desk")
    ledger_book: Mapped[str] = mapped_column(String(32), default="")
    ledger_no: Mapped[int | None] = mapped_column(Integer, default=None)
    electronic_result: Mapped[bool] = mapped_column(Boolean, default=False)
    reuse_count: Mapped[int] = mapped_column(Integer, default=0)  # components reused from e-data
    reason: Mapped[str] = mapped_column(Text, default="")  # refusal / supplement reason
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded code+names, for search
    # the dossier's life (migration 0008, desk_app/lifecycle): the date a Mẫu 04 apology promised,
    # early/on_time/late once the result is back (against due_at, the first date), and when a
    # Mẫu 02 supplement made the dossier complete (due_at then counts from it)
    new_due_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    timeliness: Mapped[str | None] = mapped_column(String(8), default=None)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # The catalog version the dossier was received under (migration 0010, db/models_admin.py).
    catalog_version: Mapped[int | None] = mapped_column(Integer, default=None)
    applicant: Mapped[Applicant] = relationship(foreign_keys=[applicant_id])
    submitter: Mapped[Applicant | None] = relationship(foreign_keys=[submitter_id])
    procedure: Mapped[Procedure] = relationship()
    components: Mapped[list[DossierComponent]] = relationship(
        back_populates="dossier", order_by="DossierComponent.position"
    )
    pages: Mapped[list[Page]] = relationship(
        back_populates="dossier", order_by="Page.position"
    )
    __table_args__ = (
        Index("ix_dossiers_received", "received_at"),
        Index("ix_dossiers_resolved", "resolved_at"),  # supervision indicators (migration 0006)
        # filters of the window and the CLI (migration 0007)
        Index("ix_dossiers_status", "status", "received_at"),
        Index("ix_dossiers_due", "due_at"),
        # the other filters (migration 0011)
        Index("ix_dossiers_officer", "officer_id", "received_at"),
        Index("ix_dossiers_procedure", "procedure_code", "received_at"),
        Index("ix_dossiers_applicant", "applicant_id", "received_at"),
        Index("ix_dossiers_submitter", "submitter_id"),
    )


class DossierComponent(Synced, Base):
    """One component as presented for this dossier."""

    __tablename__ = "dossier_components"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    procedure_component_id: Mapped[str | None] = mapped_column(String(64), default=None)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    form: Mapped[str | None] = mapped_column(String(32), default=None)  # PresentationForm; None = missing
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    requirement: Mapped[str] = mapped_column(String(8), default="submit")
    on_published_list: Mapped[bool] = mapped_column(Boolean, default=True)
    original_shown: Mapped[bool] = mapped_column(Boolean, default=False)
    reused_from: Mapped[str | None] = mapped_column(String(32), default=None)  # vneid / edata / ...
    dossier: Mapped[Dossier] = relationship(back_populates="components")


class Page(Synced, Base):
    """A page image in the content-addressed store; the row holds its hash and metadata."""

    __tablename__ = "pages"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    component_id: Mapped[str | None] = mapped_column(
        ForeignKey("dossier_components.id"), default=None
    )
    position: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    mime: Mapped[str] = mapped_column(String(32), default="image/png")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    dpi: Mapped[int] = mapped_column(Integer, default=300)
    colour_mode: Mapped[str] = mapped_column(String(8), default="colour")
    byte_size: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(16), default="copy")  # copy / original / back
    label: Mapped[str] = mapped_column(String(32), default="")  # e.g. with_note / without_note
    blank: Mapped[bool] = mapped_column(Boolean, default=False)
    blurry: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(32), default="import")  # scan / import / demo
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    dossier: Mapped[Dossier] = relationship(back_populates="pages")


class OcrResult(Synced, Base):
    __tablename__ = "ocr_results"
    page_id: Mapped[str] = mapped_column(ForeignKey("pages.id"), index=True)
    engine: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)  # NFC
    corrected_text: Mapped[str | None] = mapped_column(Text, default=None)
    folded_text: Mapped[str] = mapped_column(Text, default="")  # diacritics and case folded
    words: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{text,x,y,w,h,conf}]
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Digitise area (migration 0002): how the stored image was turned upright for OCR
    # ({rotation, skew, width, height}); word boxes are in that upright frame.
    geometry: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class GeneratedDocument(Synced, Base):
    """A form printed for a dossier (Mẫu 01/02/03/...), kept in the page store by hash."""

    __tablename__ = "generated_documents"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # mau01 / mau02 / mau03 / digitised
    sha256: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class VerificationEntry(Base):
    """The append-only copy-verification log. Each entry links to the previous entry of its
    workstation's chain by hash; triggers refuse UPDATE and DELETE (see migrations)."""

    __tablename__ = "verification_entries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    ws_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    workstation_id: Mapped[str] = mapped_column(String(36))
    chain_index: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 ... per workstation
    dossier_id: Mapped[str] = mapped_column(String(36), index=True)
    dossier_code: Mapped[str] = mapped_column(String(64))
    procedure_code: Mapped[str] = mapped_column(String(32))
    dossier_component_id: Mapped[str | None] = mapped_column(String(36), default=None)
    procedure_component_id: Mapped[str | None] = mapped_column(String(64), default=None)
    component_name: Mapped[str] = mapped_column(Text)
    presentation_form: Mapped[str] = mapped_column(String(32))
    requirement: Mapped[str] = mapped_column(String(8))
    on_published_list: Mapped[bool] = mapped_column(Boolean)
    original_shown: Mapped[bool] = mapped_column(Boolean, default=False)
    demanded_form: Mapped[str | None] = mapped_column(String(32), default=None)
    officer_id: Mapped[str] = mapped_column(String(36))
    officer_name: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    verdict: Mapped[str] = mapped_column(String(16))  # match / mismatch / not_compared
    engine_verdict: Mapped[str | None] = mapped_column(String(16), default=None)
    engine_score: Mapped[float | None] = mapped_column(Float, default=None)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    page_hashes: Mapped[list[Any]] = mapped_column(JSON, default=list)  # sha256 of compared images
    # migration 0013 (desk_app/verification/chain.py EXTRA_FIELDS)
    demand_reason: Mapped[str | None] = mapped_column(Text, default=None)
    reused_from: Mapped[str | None] = mapped_column(String(36), default=None)
    reusable_from: Mapped[str | None] = mapped_column(String(36), default=None)
    # migration 0017: "reception" (what was taken and asked, written at save) or "check" (a later
    # comparison or attestation of a component that has its reception entry); None before 0017.
    stage: Mapped[str | None] = mapped_column(String(16), default=None)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (
        UniqueConstraint("workstation_id", "chain_index", name="uq_chain_position"),
        Index("ix_ver_created", "created_at"),
        Index("ix_ver_officer", "officer_id", "created_at"),
        # Supervision (migration 0006): keyset pages ordered by (created_at, id), filtered by
        # officer, procedure or verdict, stay index walks on a million entries.
        Index("ix_ver_created_id", "created_at", "id"),
        Index("ix_ver_officer_page", "officer_id", "created_at", "id"),
        Index("ix_ver_procedure", "procedure_code", "created_at", "id"),
        Index("ix_ver_verdict", "verdict", "created_at", "id"),
        Index("ix_ver_engine", "engine_verdict", "created_at", "id"),
        Index("ix_ver_component", "procedure_component_id"),
    )


class SupervisorNote(Base):
    """A supervisor's note on a log entry; append-only like the log."""

    __tablename__ = "supervisor_notes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    ws_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    entry_id: Mapped[str] = mapped_column(ForeignKey("verification_entries.id"), index=True)
    flag_code: Mapped[str] = mapped_column(String(48), default="")
    author_id: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --- sync ------------------------------------------------------------------------------------------


class OutboxEntry(Base):
    """One change waiting for the central database, in workstation sequence order."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)  # the workstation sequence
    op_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(48))  # table name
    entity_id: Mapped[str] = mapped_column(String(36))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)  # pending/sent/refused
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # Once the centre has confirmed the operation its payload is dropped (replaced by JSON null)
    # and only this hash of it stays (migration 0011).
    payload_sha256: Mapped[str | None] = mapped_column(String(64), default=None)


# --- offline login (Sync issue, migration 0005) -----------------------------------------------------


class OfflineVerifier(Base):
    """A device-local Argon2id verifier of one officer's password, made at an online login on
    this counter. No other person's password hash is ever stored here."""

    __tablename__ = "offline_verifiers"
    account_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    verifier: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


# Tables of other areas, on the same Base: imported here so that loading the models loads them all.
from db import models_lifecycle  # noqa: E402,F401

# Tables kept in modules of their own, on the same Base (loaded with this module for metadata).
from db import models_photo as _models_photo  # noqa: E402,F401
from db import models_reuse as _models_reuse  # noqa: E402,F401
