"""The sample reference data shipped in resources/catalog (agencies, procedures with their published
component lists) and resources/calendar (holidays), and seeding it into the local store.

`seed_reference_data` is idempotent: it inserts what is missing and updates what changed, so it is
safe to call at every start. Rows the files do not mention (added by the centre's snapshots) are left
alone; a component dropped from a shipped procedure's list is deleted (dossier components keep their
own copy of name and requirement, so old dossiers do not depend on it)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, Holiday, Procedure, ProcedureComponent
from desk_app import paths
from desk_app.domain.holidays import load_entries
from desk_app.domain.text import clean, fold
from desk_app.domain.types import PresentationForm, Requirement

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AgencyData:
    code: str
    name: str
    level: str  # province / commune
    parent_code: str | None = None
    address: str = ""
    phone: str = ""
    kind: str = ""  # service_centre / department / police / commune ...


@dataclass(frozen=True)
class ComponentData:
    name: str
    accepted_forms: tuple[PresentationForm, ...]
    requirement: Requirement = Requirement.SUBMIT
    quantity: int = 1
    optional: bool = False
    available_as_data: bool = False
    colour: bool = False
    legal_basis: str = ""
    note: str = ""
    document_kind: str = ""  # desk_app/reuse/kinds.py; "" = inferred from the name
    valid_months: int | None = None  # None = the kind's validity


@dataclass(frozen=True)
class ProcedureData:
    code: str
    name: str
    field: str
    level: str
    deciding_agency_code: str | None
    processing_days: int
    fee: str
    legal_basis: str
    centralised: bool
    components: tuple[ComponentData, ...]
    code_confirmed: bool = False
    code_note: str = ""
    source: str = ""

    def component_id(self, position: int) -> str:
        return f"{self.code}#{position}"


@dataclass(frozen=True)
class Catalog:
    agencies: tuple[AgencyData, ...]
    procedures: tuple[ProcedureData, ...]
    meta: dict[str, Any] = field(default_factory=dict)

    def procedure(self, code: str) -> ProcedureData:
        for p in self.procedures:
            if p.code == code:
                return p
        raise KeyError(code)

    def agency(self, code: str) -> AgencyData:
        for a in self.agencies:
            if a.code == code:
                return a
        raise KeyError(code)


def _component(row: dict[str, Any]) -> ComponentData:
    return ComponentData(
        name=clean(row["name"]),
        accepted_forms=tuple(PresentationForm(f) for f in row["accepted_forms"]),
        requirement=Requirement(row.get("requirement", "submit")),
        quantity=int(row.get("quantity", 1)),
        optional=bool(row.get("optional", False)),
        available_as_data=bool(row.get("available_as_data", False)),
        colour=bool(row.get("colour", False)),
        legal_basis=row.get("legal_basis", ""),
        note=row.get("note", ""),
        document_kind=str(row.get("document_kind", "")),
        valid_months=None if row.get("valid_months") is None else int(row["valid_months"]),
    )


def _procedure(row: dict[str, Any]) -> ProcedureData:
    return ProcedureData(
        code=row["code"],
        name=clean(row["name"]),
        field=row.get("field", ""),
        level=row.get("level", "commune"),
        deciding_agency_code=row.get("deciding_agency_code"),
        processing_days=int(row["processing_days"]),
        fee=row.get("fee", ""),
        legal_basis=row.get("legal_basis", ""),
        centralised=bool(row.get("centralised", False)),
        components=tuple(_component(c) for c in row["components"]),
        code_confirmed=bool(row.get("code_confirmed", False)),
        code_note=row.get("code_note", ""),
        source=row.get("source", ""),
    )


def load_catalog(directory: Path | None = None) -> Catalog:
    """Reads agencies.json and procedures.json (default: the shipped resources/catalog)."""
    if directory is None:
        return _shipped_catalog()
    return _read_catalog(directory)


@lru_cache(maxsize=1)
def _shipped_catalog() -> Catalog:
    return _read_catalog(paths.resource("catalog"))


def _read_catalog(directory: Path) -> Catalog:
    agencies_doc = json.loads((directory / "agencies.json").read_text(encoding="utf-8"))
    procedures_doc = json.loads((directory / "procedures.json").read_text(encoding="utf-8"))
    agencies = tuple(
        AgencyData(
            code=a["code"], name=clean(a["name"]), level=a.get("level", "commune"),
            parent_code=a.get("parent_code"), address=a.get("address", ""),
            phone=a.get("phone", ""), kind=a.get("kind", ""),
        )
        for a in agencies_doc["agencies"]
    )
    procedures = tuple(_procedure(p) for p in procedures_doc["procedures"])
    meta = {k: v for k, v in procedures_doc.items() if k != "procedures"}
    return Catalog(agencies, procedures, meta)


def _sync_attrs(row: object, values: dict[str, Any]) -> bool:
    """Sets attributes that differ; True if anything changed."""
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def seed_reference_data(session: Session, catalog: Catalog | None = None) -> None:
    """Inserts or updates agencies, procedures, their components and holidays from the shipped
    files, inside the caller's transaction. Idempotent."""
    cat = catalog or load_catalog()
    changed = 0
    for a in cat.agencies:
        values: dict[str, object] = {"name": a.name, "level": a.level, "parent_code": a.parent_code,
                  "address": a.address, "phone": a.phone}
        row = session.get(Agency, a.code)
        if row is None:
            session.add(Agency(code=a.code, **values))
            changed += 1
        elif _sync_attrs(row, values):
            changed += 1
    session.flush()  # agencies before the procedures that point at them

    for p in cat.procedures:
        values = {
            "name": p.name, "name_folded": fold(p.name), "field": p.field, "level": p.level,
            "deciding_agency_code": p.deciding_agency_code,
            "processing_days": p.processing_days, "fee": p.fee, "legal_basis": p.legal_basis,
            "centralised": p.centralised, "active": True,
        }
        proc = session.get(Procedure, p.code)
        if proc is None:
            proc = Procedure(code=p.code, **values)
            session.add(proc)
            changed += 1
        elif _sync_attrs(proc, values):
            changed += 1
        wanted_ids = set()
        for position, c in enumerate(p.components, start=1):
            cid = p.component_id(position)
            wanted_ids.add(cid)
            cvalues: dict[str, object] = {
                "procedure_code": p.code, "position": position, "name": c.name,
                "accepted_forms": [f.value for f in c.accepted_forms],
                "requirement": c.requirement.value, "quantity": c.quantity,
                "optional": c.optional, "available_as_data": c.available_as_data,
                "colour": c.colour, "legal_basis": c.legal_basis,
                "document_kind": c.document_kind, "valid_months": c.valid_months,
            }
            comp = session.get(ProcedureComponent, cid)
            if comp is None:
                session.add(ProcedureComponent(id=cid, **cvalues))
                changed += 1
            elif _sync_attrs(comp, cvalues):
                changed += 1
        for comp in session.scalars(
            select(ProcedureComponent).where(ProcedureComponent.procedure_code == p.code)
        ):
            if comp.id not in wanted_ids:
                # Dossier components keep their own copy of name/requirement, so the published
                # list can shrink without breaking old dossiers.
                session.delete(comp)
                changed += 1

    for e in load_entries():
        holiday = session.get(Holiday, e.day)
        if holiday is None:
            session.add(Holiday(day=e.day, name=e.name, working=e.working))
            changed += 1
        elif _sync_attrs(holiday, {"name": e.name, "working": e.working}):
            changed += 1
    session.flush()
    logger.info("reference data seeded: %d rows inserted or updated", changed)
