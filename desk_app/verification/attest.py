"""Attesting one dossier component: how it was presented, whether the original was shown and
compared, and the officer's decision, appended to the tamper-evident log (log.py).

The officer answers for each copy matching the original; accepting a copy the comparison engine
flagged needs a written reason, which supervisors then review (flag `mismatch_overridden`)."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Dossier, DossierComponent, Page, Setting, VerificationEntry
from desk_app.compare.result import CompareResult
from desk_app.domain.types import PresentationForm, Verdict
from desk_app.errors import InputRefused
from desk_app.verification.log import append_entry

logger = logging.getLogger(__name__)

KEEP_ORIGINAL_SCANS = "keep_original_scans"  # unit setting: "true" keeps the original's scan
MIN_REASON_LENGTH = 5


class Officer(Protocol):
    id: str
    full_name: str


class HasId(Protocol):
    id: str


def keep_original_scans(session: Session) -> bool:
    """The unit's choice: keep the scan of the original shown, or only its hash (default: only the
    hash, since the original's scan is personal data the dossier does not need)."""
    row = session.get(Setting, KEEP_ORIGINAL_SCANS)
    return row is not None and row.value.strip().lower() in ("1", "true", "yes", "on")


def set_keep_original_scans(session: Session, keep: bool) -> None:
    session.merge(Setting(key=KEEP_ORIGINAL_SCANS, value="true" if keep else "false"))


def record_original_scan(session: Session, pages: Any, dossier: Dossier,
                         component: DossierComponent | None, data: bytes, *,
                         width: int = 0, height: int = 0, mime: str = "image/png") -> str:
    """The sha256 of the original's scan; the image itself goes to the page store (as a page with
    role "original") only when the unit keeps original scans."""
    digest = hashlib.sha256(data).hexdigest()
    if keep_original_scans(session):
        stored = pages.put(data)
        position = len(dossier.pages) + 1
        session.add(Page(
            dossier_id=dossier.id, component_id=component.id if component else None,
            position=position, sha256=stored, mime=mime, width=width, height=height,
            byte_size=len(data), role="original", source="scan",
        ))
    return digest


def _form(value: str | PresentationForm) -> PresentationForm:
    try:
        return PresentationForm(str(value))
    except ValueError:
        raise InputRefused("invalid_presentation_form", str(value)[:40]) from None


def attest_component(
    session: Session,
    ctx_workstation: HasId,
    dossier: Dossier,
    dossier_component: DossierComponent,
    officer: Officer,
    presentation_form: str | PresentationForm,
    original_shown: bool,
    decision: str | Verdict,
    compare_result: CompareResult | None,
    override_reason: str,
    page_hashes: Sequence[str],
    demanded_form: str | PresentationForm | None = None,
    *,
    when: dt.datetime | None = None,
) -> VerificationEntry:
    """Appends the attestation of one component to this workstation's log chain (in the caller's
    transaction) and records on the component how it was presented."""
    form = _form(presentation_form)
    demanded = _form(demanded_form) if demanded_form else None
    if decision not in frozenset(Verdict):
        raise InputRefused("invalid_decision", str(decision)[:20])
    verdict = Verdict(decision)
    reason = (override_reason or "").strip()
    compared = verdict != Verdict.NOT_COMPARED
    if compared and not original_shown and form == PresentationForm.PHOTOCOPY_WITH_ORIGINAL:
        # A copy "compared" with an original nobody showed is not a comparison.
        raise InputRefused("original_required", dossier_component.name[:60])
    engine_flagged = compare_result is not None and compare_result.flagged
    if verdict == Verdict.MATCH and engine_flagged and len(reason) < MIN_REASON_LENGTH:
        raise InputRefused("override_reason_required", dossier_component.name[:60])
    for digest in page_hashes:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise InputRefused("invalid_page_hash", digest[:12])
    dossier_component.form = form.value
    dossier_component.original_shown = bool(original_shown)
    # A component taken at reception already has its entry of what was taken and asked: this one is
    # a later check, whose asking/taking facts are not counted again (docs/flags.md).
    received = session.scalar(select(VerificationEntry.id).where(
        VerificationEntry.dossier_component_id == dossier_component.id,
        VerificationEntry.stage == "reception").limit(1))
    entry = append_entry(
        session, ctx_workstation.id,
        dossier_id=dossier.id,
        dossier_code=dossier.code,
        procedure_code=dossier.procedure_code,
        dossier_component_id=dossier_component.id,
        procedure_component_id=dossier_component.procedure_component_id,
        component_name=dossier_component.name,
        presentation_form=form.value,
        requirement=dossier_component.requirement,
        on_published_list=bool(dossier_component.on_published_list),
        original_shown=bool(original_shown),
        demanded_form=demanded.value if demanded else None,
        officer_id=officer.id,
        officer_name=officer.full_name,
        created_at=when or dt.datetime.now(),
        verdict=verdict,
        engine_verdict=compare_result.verdict if compare_result else None,
        engine_score=round(float(compare_result.score), 6) if compare_result else None,
        override_reason=reason,
        page_hashes=list(page_hashes),
        stage="check" if received is not None else None,
    )
    logger.info("attested component %s of dossier %s: %s (engine %s)", dossier_component.id,
                dossier.id, verdict, entry.engine_verdict)
    return entry
