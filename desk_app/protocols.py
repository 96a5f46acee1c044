"""What the desktop client asks of the services that its widget tests replace with in-memory fakes
(tests/gui/fakes.py). ClientServices (ui/services.py) is typed with these, and
tests/gui/test_fakes_typed.py assigns the fakes and the real services to them, so `mypy` fails when a
fake or a real service drifts from what the client calls."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from desk_app.accounts import AccountInfo
    from desk_app.domain.types import DocumentKind, Role
    from desk_app.page_intake import PreparedPage
    from desk_app.reception_types import (
        ComponentInfo,
        DossierDetail,
        DossierSummary,
        PersonInput,
        ProcedureInfo,
        ReceptionDraft,
        ReusableDocument,
    )
    from desk_app.tasks import CancelToken, Progress


class AccountsPort(Protocol):
    """desk_app.accounts.AccountService as the login, unlock and first-run dialogs use it."""

    def has_accounts(self) -> bool: ...

    def login(self, username: str, password: str) -> AccountInfo: ...

    def create_account(
        self, username: str, full_name: str, role: Role | str, password: str
    ) -> AccountInfo: ...


class ReceptionPort(Protocol):
    """desk_app.reception.ReceptionService as the main window, the reception page and the dossier
    details page use it."""

    def procedures(self, query: str = "") -> list[ProcedureInfo]: ...

    def missing_components(self, draft: ReceptionDraft) -> list[ComponentInfo]: ...

    def check_person(self, person: PersonInput) -> list[str]: ...

    def receive(
        self, draft: ReceptionDraft, officer: AccountInfo,
        progress: Progress | None = None, cancel: CancelToken | None = None,
        staged: Mapping[int, Sequence[PreparedPage]] | None = None,
    ) -> DossierSummary: ...

    def list_dossiers(
        self, day: dt.date | None = None, query: str = "", limit: int = 200, *,
        cursor: str | None = None,
    ) -> list[DossierSummary]: ...

    def dossier(self, code: str) -> DossierDetail: ...

    def document_pdf(self, code: str, kind: DocumentKind) -> bytes: ...

    def add_pages(
        self, code: str, files: Sequence[Path], component_id: str | None = None,
        progress: Progress | None = None, cancel: CancelToken | None = None,
    ) -> int: ...

    def page_bytes(self, sha256: str) -> bytes: ...

    def thumbnail(self, sha256: str, max_side: int = 160) -> bytes: ...

    def reusable_documents(self, id_number: str,
                           procedure_code: str) -> list[ReusableDocument]: ...
