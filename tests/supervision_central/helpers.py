"""Shared by the central supervision tests: a flagged entry written through the verification
service on a counter, a supervisor's login role, and a password file for it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import select

from db.central.schema import WorkstationLogin, add_reader
from db.models import Dossier, DossierComponent
from desk_app.domain.types import Verdict
from desk_app.verification.service import AttestRequest, VerificationService
from tests.sync.factory import make_dossiers


@dataclass
class Officer:
    id: str
    full_name: str


def _attest(ctx: Any, code: str, officer: Officer, demanded: str | None) -> str:
    with ctx.sessions() as s:
        dossier = s.scalars(select(Dossier).where(Dossier.code == code)).one()
        component = s.scalars(select(DossierComponent)
                              .where(DossierComponent.dossier_id == dossier.id)).one()
        ids = (dossier.id, component.id)
    entry = VerificationService(ctx).attest(AttestRequest(
        ids[0], ids[1], officer, "photocopy_with_original", True, Verdict.NOT_COMPARED,
        demanded_form=demanded), None)
    return str(entry.id)


def flagged_entry(ctx: Any, officer: Officer) -> tuple[str, str]:
    """Two dossiers attested through the verification service: one regular, and one where the
    officer asks for a certified copy although the original was shown (flag
    certified_copy_demanded). Returns (the flagged dossier's code, its entry id)."""
    regular, flagged = make_dossiers(ctx, 2, entries=0)
    _attest(ctx, regular, officer, None)
    return flagged, _attest(ctx, flagged, officer, "certified_copy")


def supervisor_login(central_url: str, tmp: Path, name: str = "lanhdao_so") -> tuple[str, Path]:
    """A supervisor's role (`central add-reader --supervisor`): its URL without the password and
    a password file holding it, as docs/supervision-central.md tells the IT person to do."""
    login: WorkstationLogin = add_reader(central_url, name, supervisor=True)
    parts = urlsplit(login.url)
    bare = urlunsplit(parts._replace(netloc=f"{parts.username}@{parts.netloc.rsplit('@', 1)[-1]}"))
    passfile = tmp / f"pgpass-{name}"
    passfile.write_text(f"{parts.hostname}:{parts.port}:{parts.path.lstrip('/')}:{name}:"
                        f"{login.password}\n", encoding="utf-8")
    passfile.chmod(0o600)
    return bare, passfile
