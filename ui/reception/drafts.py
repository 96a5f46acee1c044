"""Turns what the reception page collected (plain dicts) into the core's ReceptionDraft.
Kept apart so a widget test can give the page a factory of its own."""
from __future__ import annotations

from typing import Any


def build_draft(
    procedure_code: str,
    applicant: dict[str, Any],
    submitter: dict[str, Any] | None,
    components: list[dict[str, Any]],
    decision: str,
    reason: str,
    delivery_method: str,
    channel: str = "counter",
) -> Any:
    from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft

    return ReceptionDraft(
        procedure_code=procedure_code,
        applicant=PersonInput(**applicant),
        submitter=PersonInput(**submitter) if submitter else None,
        components=[ComponentInput(**c) for c in components],
        delivery_method=delivery_method,
        channel=channel,
        decision=decision,
        reason=reason,
    )


