"""Demo data never enters a real store. `desk-app demo-data` marks the store it fills (setting
`demo_store`) and refuses, before writing anything, a store that is not marked and already holds
dossiers or accounts: those are a real counter's, and demo accounts come with published
passwords (an administrator's among them) and demo dossiers would sync to the centre. A marked
store says so in the client's window title.

Kept apart from desk_app/demo (which the product's normal path never imports) because the client
reads the mark."""
from __future__ import annotations

from sqlalchemy import func, select

from db.models import Account, Dossier
from desk_app.context import AppContext
from desk_app.errors import InputRefused

MARK = "demo_store"


def is_demo_store(ctx: AppContext) -> bool:
    return ctx.setting(MARK) == "1"


def claim_for_demo(ctx: AppContext) -> None:
    """Marks an empty store as a demo store; InputRefused("real_store_not_demo") for a store
    holding dossiers or accounts the demo did not make."""
    if is_demo_store(ctx):
        return
    with ctx.sessions() as s:
        dossiers = s.scalar(select(func.count()).select_from(Dossier)) or 0
        accounts = s.scalar(select(func.count()).select_from(Account)) or 0
    if dossiers or accounts:
        raise InputRefused("real_store_not_demo", str(ctx.home))
    ctx.set_setting(MARK, "1")
