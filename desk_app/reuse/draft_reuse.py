"""The `reuse` key of a `receive` draft (docs/cli.md#desk-app-receive-draftjson---json--o-filepdf):
an earlier verification entry's id, or `true` for the document the checklist would offer."""
from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.errors import InputRefused
from desk_app.reuse.service import REUSE_FORM

if TYPE_CHECKING:
    from desk_app.reception import ReceptionService
    from desk_app.reception_types import ReceptionDraft


def reuse_choice(value: object, component_id: str, draft: ReceptionDraft,
                 reception: ReceptionService) -> str | None:
    """The entry id the component reuses (None: not a reuse). Whether it may is the reception's
    to check at save, whatever is written here."""
    if value in (None, False, ""):
        return None
    if value is True:
        offered = [o for o in reception.reusable_documents(draft.applicant.id_number,
                                                           draft.procedure_code)
                   if o.procedure_component_id == component_id]
        if not offered:
            raise InputRefused("reuse_none_offered", component_id)
        return offered[0].entry_id
    if isinstance(value, str) and 0 < len(value.strip()) <= 64:
        return value.strip()
    raise InputRefused("bad_draft", f"{component_id}.reuse")


def reused_form(presented: str | None, component_id: str) -> str:
    if presented not in (None, REUSE_FORM):
        raise InputRefused("bad_draft", f"{component_id}.presented")
    return REUSE_FORM
