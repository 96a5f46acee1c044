"""Local rows for sync tests, written with the db models the way the reception service writes them
(one transaction per dossier: applicant, dossier, components, pages with page-store blobs, log
entries chained by hash)."""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from db.ids import new_id
from db.models import (
    Agency,
    Applicant,
    Dossier,
    DossierComponent,
    Page,
    Procedure,
    VerificationEntry,
)
from desk_app.verification.chain import GENESIS, entry_hash

PROC = "1.001234"


def ensure_catalog(ctx: Any) -> None:
    with ctx.sessions.begin() as s:
        if s.get(Agency, ctx.workstation.agency_code) is None:
            s.add(Agency(code=ctx.workstation.agency_code, name="UBND xã Thử Nghiệm"))
        if s.get(Procedure, PROC) is None:
            s.add(Procedure(code=PROC, name="Đăng ký khai sinh", processing_days=0))


def _chain_head(s: Any, ws: str) -> tuple[int, str]:
    last = s.scalars(select(VerificationEntry).where(VerificationEntry.workstation_id == ws)
                     .order_by(VerificationEntry.chain_index.desc()).limit(1)).first()
    return (last.chain_index, last.entry_hash) if last else (0, GENESIS)


def make_dossiers(ctx: Any, n: int, pages: int = 2, entries: int = 2, image_size: int = 6000,
                  rng: random.Random | None = None) -> list[str]:
    """Creates n dossiers; returns their codes."""
    rng = rng or random.Random(1)
    ensure_catalog(ctx)
    ws = ctx.workstation
    codes = []
    for _ in range(n):
        with ctx.sessions.begin() as s:
            serial = len(s.scalars(select(Dossier.id)).all()) + 1
            code = f"{ws.agency_code}-261126-{ws.slot}{serial:03d}"
            now = dt.datetime(2026, 11, 26, 9, 0) + dt.timedelta(seconds=rng.randrange(30000),
                                                                  microseconds=rng.randrange(10**6))
            applicant = Applicant(full_name="Nguyễn Văn An", id_number="001203000001")
            s.add(applicant)
            s.flush()
            dossier = Dossier(code=code, code_rule="tt03-2025", procedure_code=PROC,
                              applicant_id=applicant.id, received_at=now,
                              receiving_agency_code=ws.agency_code, workstation_id=ws.id)
            s.add(dossier)
            s.flush()
            comp = DossierComponent(dossier_id=dossier.id, position=1, name="Giấy chứng sinh",
                                    form="photocopy_with_original", original_shown=True)
            s.add(comp)
            s.flush()
            hashes = []
            for i in range(pages):
                data = rng.randbytes(image_size)
                sha = ctx.pages.put(data)
                hashes.append(sha)
                s.add(Page(dossier_id=dossier.id, component_id=comp.id, position=i + 1,
                           sha256=sha, byte_size=len(data), source="demo"))
            s.flush()
            index, prev = _chain_head(s, ws.id)
            for _e in range(entries):
                index += 1
                fields: dict[str, Any] = {
                    "workstation_id": ws.id, "chain_index": index, "dossier_id": dossier.id,
                    "dossier_code": code, "procedure_code": PROC, "dossier_component_id": comp.id,
                    "procedure_component_id": None, "component_name": "Giấy chứng sinh",
                    "presentation_form": "photocopy_with_original", "requirement": "submit",
                    "on_published_list": True, "original_shown": True, "demanded_form": None,
                    "officer_id": "officer-1", "officer_name": "Trần Thị Bình",
                    "created_at": now, "verdict": "match", "engine_verdict": "match",
                    "engine_score": round(rng.random(), 4), "override_reason": "", "page_hashes": hashes,
                    "prev_hash": prev,
                }
                fields["id"] = new_id()
                entry_h = entry_hash(fields)
                s.add(VerificationEntry(**fields, entry_hash=entry_h))
                s.flush()
                prev = entry_h
            codes.append(code)
    return codes
