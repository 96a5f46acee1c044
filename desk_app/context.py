"""The composition root: opens the local store and builds the services every face of the program
(CLI, desktop client, tests) shares."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from db.ids import new_id
from db.models import Setting
from db.page_store import PageStore
from db.session import open_store
from desk_app import paths

logger = logging.getLogger(__name__)

DEFAULT_AGENCY = "H31.12.05"  # the sample commune-level service centre of resources/catalog


@dataclass
class Workstation:
    id: str
    slot: int  # 0-9: the thousands digit of this counter's dossier serials (dossier_code.py)
    agency_code: str
    name: str
    # 2-digit code of the operating agency, used in codes of nationally centralised services
    # (Circular 03/2025 Art. 13(3)).
    operating_agency: str = "01"


@dataclass
class AppContext:
    home: Path
    engine: Engine
    sessions: sessionmaker[Session]
    pages: PageStore
    workstation: Workstation

    def session(self) -> Session:
        return self.sessions()

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.sessions() as s:
            row = s.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.sessions.begin() as s:
            s.merge(Setting(key=key, value=value))

    def close(self) -> None:
        self.engine.dispose()


def _load_workstation(sessions: sessionmaker[Session]) -> Workstation:
    with sessions.begin() as s:
        values: dict[str, Any] = {r.key: r.value for r in s.scalars(select(Setting))}
        defaults = {
            "workstation_id": new_id(),
            "workstation_slot": "0",
            "agency_code": DEFAULT_AGENCY,
            "workstation_name": "Quầy 1",
            "operating_agency": "01",
        }
        for key, value in defaults.items():
            if key not in values:
                s.add(Setting(key=key, value=value))
                values[key] = value
    return Workstation(
        id=values["workstation_id"],
        slot=int(values["workstation_slot"]),
        agency_code=values["agency_code"],
        name=values["workstation_name"],
        operating_agency=values["operating_agency"],
    )


def open_context(home: Path | None = None) -> AppContext:
    from desk_app import store_permissions

    root = Path(home) if home else paths.home()
    root.mkdir(mode=store_permissions.DIR_MODE, parents=True, exist_ok=True)
    store_permissions.tighten(root)  # before SQLite makes its files, again once they exist
    from desk_app.backup import apply_pending_restore

    apply_pending_restore(root)  # a restore the administrator's window staged (backup.py)
    engine, sessions = open_store(root / "store.sqlite3")
    store_permissions.tighten(root)
    ctx = AppContext(
        home=root,
        engine=engine,
        sessions=sessions,
        pages=PageStore(root / "pages"),
        workstation=_load_workstation(sessions),
    )
    _ensure_reference_data(ctx)
    if ctx.setting(store_permissions.DONE_SETTING) != "1":  # a store from before the rule
        store_permissions.tighten_pages(root / "pages")
        ctx.set_setting(store_permissions.DONE_SETTING, "1")
    return ctx


def _ensure_reference_data(ctx: AppContext) -> None:
    """A new store starts with the sample catalog and holidays; sync replaces them later."""
    from sqlalchemy import func

    from db.models import Procedure
    from desk_app.catalog import seed_reference_data

    with ctx.sessions.begin() as s:
        if not s.scalar(select(func.count()).select_from(Procedure)):
            seed_reference_data(s)
