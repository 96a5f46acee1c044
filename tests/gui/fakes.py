"""In-memory stand-ins for the account and reception services: fast widget tests, and failures that
are hard to provoke on a real store (disk full, a bug). They satisfy the Protocols the client is
typed with (desk_app/protocols.py); tests/gui/test_fakes_typed.py lets mypy check that."""
from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from desk_app.accounts import AccountInfo
from desk_app.domain.text import fold
from desk_app.domain.types import DocumentKind, Role
from desk_app.errors import AuthError, NotFound
from desk_app.reception_types import (
    ComponentInfo,
    DossierDetail,
    DossierSummary,
    PersonInput,
    ProcedureInfo,
    ReceptionDraft,
    ReusableDocument,
)

OFFICER = AccountInfo("acc-1", "canbo", "Lê Thị Mai", Role.OFFICER)


class FakeAccounts:
    def __init__(self, password: str = "matkhau123") -> None:
        self.password = password

    def has_accounts(self) -> bool:
        return True

    def login(self, username: str, password: str) -> AccountInfo:
        if username != OFFICER.username or password != self.password:
            raise AuthError("auth_failed", "")
        return OFFICER

    def create_account(self, username: str, full_name: str, role: Role | str,
                       password: str) -> AccountInfo:
        return AccountInfo(f"acc-{username}", username, full_name, Role(role))


def _component(n: int, name: str, **kw: Any) -> ComponentInfo:
    values: dict[str, Any] = {
        "id": f"P1#{n}", "position": n, "name": name, "accepted_forms": ["original", "certified_copy"],
        "requirement": "submit", "quantity": 1, "optional": False, "available_as_data": False, "colour": False,
        "legal_basis": "",
    }
    values.update(kw)
    return ComponentInfo(**values)


PROCEDURES = [
    ProcedureInfo("P1", "Đăng ký kết hôn", "Hộ tịch", 5, "", None, [
        _component(1, "Tờ khai đăng ký kết hôn"),
        _component(2, "Giấy xác nhận tình trạng hôn nhân"),
        _component(3, "Thẻ căn cước", requirement="show", accepted_forms=["original"]),
    ]),
    ProcedureInfo("P2", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", 0, "8.000 đồng", None, [
        _component(1, "Tờ khai cấp bản sao trích lục"),
    ]),
]


class FakeReception:
    """Keeps received drafts in a list; `fail_with` makes receive() raise it."""

    def __init__(self) -> None:
        self.drafts: list[ReceptionDraft] = []
        self.dossiers: list[DossierSummary] = []
        self.fail_with: BaseException | None = None
        self.release = threading.Event()
        self.release.set()

    def procedures(self, query: str = "") -> list[ProcedureInfo]:
        return [p for p in PROCEDURES if fold(query) in fold(f"{p.code} {p.name} {p.field}")]

    def missing_components(self, draft: ReceptionDraft) -> list[ComponentInfo]:
        proc = next(p for p in PROCEDURES if p.code == draft.procedure_code)
        given = {c.procedure_component_id for c in draft.components if c.form}
        return [c for c in proc.components
                if c.requirement == "submit" and not c.optional and c.id not in given]

    def check_person(self, person: PersonInput) -> list[str]:
        return [] if len(person.id_number) in (0, 12) else ["not_12_digits"]

    def receive(self, draft: ReceptionDraft, officer: Any, progress: Any = None,
                cancel: Any = None, staged: Mapping[int, Sequence[Any]] | None = None
                ) -> DossierSummary:
        self.release.wait(10)
        if cancel is not None and cancel():
            from desk_app.tasks import Cancelled

            raise Cancelled("cancelled", "")
        if self.fail_with is not None:
            raise self.fail_with
        self.drafts.append(draft)
        proc = next(p for p in PROCEDURES if p.code == draft.procedure_code)
        summary = DossierSummary(
            f"id-{len(self.drafts)}", f"H31.12.05-261126-{len(self.drafts):04d}", proc.code,
            proc.name, draft.applicant.full_name, "received", dt.datetime.now(), None, 0,
        )
        self.dossiers.append(summary)
        return summary

    def list_dossiers(self, day: dt.date | None = None, query: str = "",
                      limit: int = 200, *, cursor: str | None = None) -> list[DossierSummary]:
        words = fold(query).split()
        rows = [d for d in self.dossiers
                if all(w in fold(f"{d.code} {d.applicant_name} {d.procedure_name}") for w in words)]
        if cursor is not None:  # the rows after the one the cursor names, as the real list
            codes = [d.code for d in rows]
            last = cursor.rpartition("|")[2]
            rows = rows[codes.index(last) + 1:] if last in codes else []
        return rows[:limit]

    def dossier(self, code: str) -> DossierDetail:
        summary = next((d for d in self.dossiers if d.code == code), None)
        if summary is None:
            raise NotFound("unknown_dossier", code)
        return DossierDetail(summary, "", "", None, "counter", "desk", "", [], [], [])

    def add_pages(self, code: str, files: Sequence[Path], component_id: str | None = None,
                  progress: Any = None, cancel: Any = None) -> int:
        """Counts the pages on the dossier; no image is kept."""
        summary = self.dossier(code).summary
        index = self.dossiers.index(summary)
        self.dossiers[index] = dataclasses.replace(summary, pages=summary.pages + len(files))
        return len(files)

    def page_bytes(self, sha256: str) -> bytes:
        raise NotFound("page_not_found", sha256)

    def thumbnail(self, sha256: str, max_side: int = 160) -> bytes:
        raise NotFound("page_not_found", sha256)

    def reusable_documents(self, id_number: str, procedure_code: str) -> list[ReusableDocument]:
        return []

    def document_pdf(self, code: str, kind: DocumentKind) -> bytes:
        import io

        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        c.drawString(72, 720, f"{kind} {code}")
        c.save()
        return buf.getvalue()
