"""The procedure catalog as the unit's data: export, diff, versioned and atomic import, locally
(a stand-alone counter) or at the centre, from which every counter pulls it (sync/pull.py).

Each applied catalog is recorded whole in `reference_versions` with the next version number, and
the `catalog_version` setting names the one in force: a dossier is stamped with it when received
(db/models_admin.py), so the list it was received under can be shown again later. A dossier with
no version was received before the first import, under version 1 (the catalog as it was then,
recorded at the first import or pull)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.models import Agency, Procedure, ProcedureComponent, Setting
from db.models_admin import CATALOG_VERSION_KEY, ReferenceVersion
from desk_app.catalog_io import (
    BRIEF_COMPONENT,
    DEFAULTS_COMPONENT,
    MORE_COMPONENT,
    MORE_PROCEDURE,
    brief,
    normalise,
    read_file,
)
from desk_app.context import AppContext
from desk_app.domain.text import fold
from desk_app.errors import InputRefused, NotFound

PROC_COLUMNS = ("code", "name", "processing_days", *MORE_PROCEDURE)
COMP_COLUMNS = ("id", "procedure_code", "position", "name", "accepted_forms", "requirement",
                "quantity", "optional", "available_as_data", "colour", "legal_basis",
                "document_kind", "valid_months")
LABELS = {"name": "tên", "processing_days": "thời hạn (ngày làm việc)", "fee": "phí, lệ phí",
          "legal_basis": "căn cứ pháp lý", "field": "lĩnh vực", "level": "cấp",
          "deciding_agency_code": "cơ quan quyết định", "centralised": "tập trung",
          "accepted_forms": "hình thức được nhận", "requirement": "yêu cầu nộp/xuất trình",
          "optional": "không bắt buộc", "available_as_data": "đã có dữ liệu điện tử",
          "quantity": "số lượng", "colour": "quét màu", "document_kind": "loại giấy tờ",
          "valid_months": "thời hạn giá trị (tháng)"}


def full_from_rows(procs: Iterable[dict[str, Any]],
                   comps: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Full procedures (the `--full` JSON form), active only, by code, from table rows (local or
    central alike)."""
    by_proc: dict[str, list[dict[str, Any]]] = {}
    for c in sorted(comps, key=lambda c: (c["procedure_code"], c["position"])):
        by_proc.setdefault(c["procedure_code"], []).append(
            # a centre without the reuse columns (docs/reuse.md): the defaults
            {k: c.get(k, DEFAULTS_COMPONENT.get(k)) for k in
             (*BRIEF_COMPONENT[:1], *BRIEF_COMPONENT[1:], *MORE_COMPONENT)})
    out = []
    for p in sorted(procs, key=lambda p: p["code"]):
        if not p.get("active", True):
            continue
        item = {k: p[k] for k in PROC_COLUMNS}
        item["components"] = [{**c, "accepted_forms": list(c["accepted_forms"])}
                              for c in by_proc.get(p["code"], [])]
        out.append(item)
    return out


def digest(procedures: list[dict[str, Any]]) -> str:
    text = json.dumps(procedures, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def table_rows(procedures: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of `procedures` and `procedure_components` for full procedures."""
    procs, comps = [], []
    for p in procedures:
        procs.append({**{k: p[k] for k in PROC_COLUMNS}, "name_folded": fold(p["name"]),
                      "active": True})
        for position, c in enumerate(p["components"], start=1):
            comps.append({**{k: c[k] for k in COMP_COLUMNS if k in c},
                          "procedure_code": p["code"], "position": position})
    return procs, comps


@dataclass
class CatalogDiff:
    added: list[tuple[str, str]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[tuple[str, list[str]]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        out = [(f"Thêm {len(self.added)}, ngừng áp dụng {len(self.removed)}, "
                f"sửa {len(self.changed)}, giữ nguyên {self.unchanged} thủ tục.")]
        out += [f"+ {code} {name}" for code, name in self.added]
        out += [f"- {code} {name} (ngừng áp dụng; hồ sơ cũ vẫn giữ)" for code, name in self.removed]
        for code, notes in self.changed:
            out.append(f"~ {code}")
            out += [f"    {n}" for n in notes]
        return out

    def as_json(self) -> dict[str, Any]:
        return {"added": [c for c, _ in self.added], "removed": [c for c, _ in self.removed],
                "changed": {c: n for c, n in self.changed}, "unchanged": self.unchanged}


def _short(value: Any) -> str:
    text = ", ".join(value) if isinstance(value, list) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def diff(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> CatalogDiff:
    before = {p["code"]: p for p in old}
    after = {p["code"]: p for p in new}
    result = CatalogDiff()
    for code, p in after.items():
        if code not in before:
            result.added.append((code, p["name"]))
            continue
        notes = []
        q = before[code]
        for key in PROC_COLUMNS[1:]:
            if q.get(key) != p.get(key):
                notes.append(f"{LABELS[key]}: «{_short(q.get(key))}» → «{_short(p.get(key))}»")
        old_c = {c["id"]: c for c in q["components"]}
        new_c = {c["id"]: c for c in p["components"]}
        for cid, c in new_c.items():
            if cid not in old_c:
                notes.append(f"thêm thành phần {cid}: {_short(c['name'])}")
                continue
            for key in ("name", "accepted_forms", "requirement", "optional",
                        "available_as_data", "quantity", "colour", "legal_basis",
                        "document_kind", "valid_months"):
                if old_c[cid].get(key) != c.get(key):
                    label = LABELS.get(key, key)
                    notes.append(f"thành phần {cid}, {label}: «{_short(old_c[cid].get(key))}» → "
                                 f"«{_short(c.get(key))}»")
        notes += [f"bỏ thành phần {cid}: {_short(c['name'])}"
                  for cid, c in old_c.items() if cid not in new_c]
        if [c["id"] for c in q["components"] if c["id"] in new_c] != \
                [c["id"] for c in p["components"] if c["id"] in old_c]:
            notes.append("đổi thứ tự thành phần")
        if notes:
            result.changed.append((code, notes))
        else:
            result.unchanged += 1
    result.removed = [(code, p["name"]) for code, p in before.items() if code not in after]
    return result


@dataclass
class CatalogPlan:
    """A validated file against the catalog it would replace (local or central)."""

    procedures: list[dict[str, Any]]
    diff: CatalogDiff
    base_digest: str  # the current catalog when planned: applying refuses if it moved since


def record_version(s: Session, kind: str, document: Any, source: str, note: str = "") -> int:
    number = int(s.scalar(select(func.max(ReferenceVersion.version))
                          .where(ReferenceVersion.kind == kind)) or 0) + 1
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, default=str)
    s.add(ReferenceVersion(kind=kind, version=number, source=source, note=note,
                           digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                           document=json.loads(text)))
    s.merge(Setting(key=f"{kind}_version", value=str(number)))
    s.flush()
    return number


def local_catalog(s: Session) -> list[dict[str, Any]]:
    procs = [{k: getattr(p, k) for k in (*PROC_COLUMNS, "active")}
             for p in s.scalars(select(Procedure))]
    comps = [{k: getattr(c, k) for k in COMP_COLUMNS} for c in s.scalars(select(ProcedureComponent))]
    return full_from_rows(procs, comps)


def ensure_baseline(s: Session) -> None:
    """Records the catalog in force as version 1 before the first change, so dossiers received
    under it keep a readable version."""
    if s.scalar(select(func.count()).select_from(ReferenceVersion)
                .where(ReferenceVersion.kind == "catalog")) == 0:
        record_version(s, "catalog", local_catalog(s), "seed", "danh mục trước lần nhập đầu tiên")


def write_catalog(s: Session, procedures: list[dict[str, Any]]) -> None:
    """Replaces the local catalog with `procedures` inside the caller's transaction: listed ones
    upserted, others kept but inactive (old dossiers refer to them), components not listed
    deleted (dossier components keep their own copy)."""
    procs, comps = table_rows(procedures)
    listed = {p["code"] for p in procs}
    wanted = {c["id"] for c in comps}
    s.execute(delete(ProcedureComponent).where(ProcedureComponent.id.not_in(wanted)))
    # Bulk statements by primary key: one INSERT and one UPDATE per table, not a SELECT per row.
    have_procs = set(s.scalars(select(Procedure.code)))
    _bulk(s, Procedure, procs, have_procs, "code")
    s.execute(update(Procedure).where(Procedure.code.not_in(listed)).values(active=False))
    have_comps = set(s.scalars(select(ProcedureComponent.id)))
    _bulk(s, ProcedureComponent, comps, have_comps, "id")
    s.flush()
    s.expire_all()


def _bulk(s: Session, model: Any, rows: list[dict[str, Any]], have: set[str], key: str) -> None:
    new = [r for r in rows if r[key] not in have]
    old = [r for r in rows if r[key] in have]
    if new:
        s.execute(insert(model), new)
    if old:
        s.execute(update(model), old)


class CatalogAdmin:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def procedures(self) -> list[dict[str, Any]]:
        with self.ctx.sessions() as s:
            return local_catalog(s)

    def listing(self, full: bool = False) -> list[dict[str, Any]]:
        procs = self.procedures()
        return procs if full else [brief(p) for p in procs]

    def show(self, code: str, version: int | None = None, full: bool = False) -> dict[str, Any]:
        if version is None:
            procs = self.procedures()
        else:
            with self.ctx.sessions() as s:
                row = s.get(ReferenceVersion, ("catalog", version))
                if row is None:
                    raise NotFound("unknown_catalog_version", str(version))
                procs = list(row.document)
        for p in procs:
            if p["code"] == code:
                return p if full else brief(p)
        raise NotFound("unknown_procedure", code)

    def current_version(self) -> int:
        value = self.ctx.setting(CATALOG_VERSION_KEY)
        return int(value) if value else 1

    def versions(self) -> list[dict[str, Any]]:
        with self.ctx.sessions() as s:
            rows = s.scalars(select(ReferenceVersion).where(ReferenceVersion.kind == "catalog")
                             .order_by(ReferenceVersion.version))
            return [{"version": r.version, "created_at": r.created_at, "source": r.source,
                     "note": r.note, "procedures": len(r.document)} for r in rows]

    def agencies(self) -> list[str]:
        with self.ctx.sessions() as s:
            return list(s.scalars(select(Agency.code)))

    def plan(self, path: Path, current: list[dict[str, Any]] | None = None,
             agencies: list[str] | None = None) -> CatalogPlan:
        """Reads and validates `path` against `current` (default: this store's catalog)."""
        base = self.procedures() if current is None else current
        new = normalise(read_file(path), {p["code"]: p for p in base},
                        self.agencies() if agencies is None else agencies)
        return CatalogPlan(new, diff(base, new), digest(base))

    def plan_procedures(self, procedures: list[dict[str, Any]]) -> CatalogPlan:
        """A plan from procedures edited on the screen (validated like a file)."""
        from desk_app.catalog_io import RawFile

        base = self.procedures()
        new = normalise(RawFile(procedures=procedures), {p["code"]: p for p in base},
                        self.agencies())
        return CatalogPlan(new, diff(base, new), digest(base))

    def apply(self, plan: CatalogPlan, note: str = "") -> int:
        """Applies a plan in one transaction; returns the new version number."""
        with self.ctx.sessions.begin() as s:
            if digest(local_catalog(s)) != plan.base_digest:
                raise InputRefused("catalog_moved", "")
            ensure_baseline(s)
            write_catalog(s, plan.procedures)
            return record_version(s, "catalog", plan.procedures, "import",
                                  note or f"nhập lúc {dt.datetime.now():%d/%m/%Y %H:%M}")

    # --- at the centre (owner's URL) -------------------------------------------------------------

    def plan_central(self, path: Path, url: str) -> CatalogPlan:
        from db.central.admin import read_catalog

        procs, comps, agencies, version = read_catalog(url)
        plan = self.plan(path, full_from_rows(procs, comps), agencies)
        plan.base_digest = str(version)
        return plan

    def apply_central(self, plan: CatalogPlan, url: str) -> int:
        """Publishes the plan to the centre in one transaction; every counter pulls it."""
        from db.central.admin import replace_catalog

        procs, comps = table_rows(plan.procedures)
        version = replace_catalog(url, procs, comps, int(plan.base_digest))
        if version < 0:
            raise InputRefused("catalog_moved", "")
        return version
