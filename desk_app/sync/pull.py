"""Pull reference data from the centre as versioned snapshots: catalog (agencies, procedures and
their components), holidays, accounts (without any password hash) and revocations. Each kind
whose central version moved is read in one repeatable-read transaction and applied locally in one
transaction, together with the new version numbers."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import psycopg
from psycopg.rows import dict_row
from sqlalchemy import delete, select

from db.models import (
    Account,
    Agency,
    Holiday,
    OfflineVerifier,
    Procedure,
    ProcedureComponent,
    Setting,
)
from desk_app.context import AppContext
from desk_app.tasks import Writer, write_here

logger = logging.getLogger(__name__)

KINDS = ("catalog", "holidays", "accounts")
QUERIES = {
    "agencies": "SELECT code, name, level, parent_code, address, phone FROM agencies",
    "procedures": "SELECT code, name, name_folded, field, level, deciding_agency_code,"
                  " processing_days, fee, legal_basis, centralised, active FROM procedures",
    "procedure_components": "SELECT id, procedure_code, position, name, accepted_forms,"
                            " requirement, quantity, optional, available_as_data, colour,"
                            " legal_basis, document_kind, valid_months FROM procedure_components",
    "holidays": "SELECT day, name, working FROM holidays",
    "accounts": "SELECT id, username, full_name, role, agency_code, active,"
                " must_change_password FROM accounts",
    "revocations": "SELECT DISTINCT account_id FROM revocations",
}
TABLES_OF = {"catalog": ("agencies", "procedures", "procedure_components"),
             "holidays": ("holidays",), "accounts": ("accounts", "revocations")}


def _key(kind: str) -> str:
    return f"snapshot_version:{kind}"


def pull_snapshots(conn: psycopg.Connection[Any], ctx: AppContext,
                   write: Writer = write_here) -> list[str]:
    """Returns the kinds that were updated. The local store is written through `write`."""
    with ctx.engine.connect() as c:
        local = dict(c.execute(select(Setting.key, Setting.value)
                               .where(Setting.key.in_([_key(k) for k in KINDS]))).all())
    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
    central = dict(conn.execute("SELECT kind, version FROM snapshots").fetchall())
    todo = [k for k in KINDS if int(central.get(k, 0)) > int(local.get(_key(k), "0"))]
    data: dict[str, list[dict[str, Any]]] = {}
    with conn.cursor(row_factory=dict_row) as cur:
        for kind in todo:
            for table in TABLES_OF[kind]:
                data[table] = cur.execute(QUERIES[table]).fetchall()
    conn.commit()
    if not todo:
        return []

    def apply() -> None:
        # Each pulled catalog or calendar is recorded as a version (administration area).
        from desk_app.catalog_admin import ensure_baseline, local_catalog, record_version

        with ctx.sessions.begin() as s:
            if "catalog" in todo:
                ensure_baseline(s)  # the catalog dossiers received so far were received under
                _apply_catalog(s, data)
                s.flush()
                record_version(s, "catalog", local_catalog(s), f"centre:{central['catalog']}")
            if "holidays" in todo:
                s.execute(delete(Holiday))
                s.add_all(Holiday(**row) for row in data["holidays"])
                record_version(s, "holidays", [{**r, "day": r["day"].isoformat()}
                                               for r in data["holidays"]],
                               f"centre:{central['holidays']}")
            if "accounts" in todo:
                _apply_accounts(s, data["accounts"],
                                [r["account_id"] for r in data["revocations"]])
            for kind in todo:
                s.merge(Setting(key=_key(kind), value=str(central[kind])))

    write(apply)
    logger.info("pulled snapshots: %s", ", ".join(todo))
    return todo


def _apply_catalog(s: Any, data: dict[str, list[dict[str, Any]]]) -> None:
    for row in data["agencies"]:
        s.merge(Agency(**row))
    s.flush()
    seen = set()
    for row in data["procedures"]:
        s.merge(Procedure(**row))
        seen.add(row["code"])
    s.flush()
    # A procedure the centre no longer lists stays (old dossiers refer to it) but is inactive.
    for proc in s.scalars(select(Procedure).where(Procedure.code.not_in(seen))):
        proc.active = False
    wanted = {row["id"] for row in data["procedure_components"]}
    s.execute(delete(ProcedureComponent).where(ProcedureComponent.id.not_in(wanted)))
    for row in data["procedure_components"]:
        s.merge(ProcedureComponent(**row))


def _apply_accounts(s: Any, accounts: list[dict[str, Any]], revoked: list[str]) -> None:
    by_name = {a.username: a for a in s.scalars(select(Account))}
    for row in accounts:
        local = by_name.get(row["username"])
        if local is not None and local.id != row["id"]:
            logger.warning("account %s exists here with another id; kept as is", row["username"])
            continue
        account = s.get(Account, row["id"]) or Account(id=row["id"], created_at=_now())
        for key in ("username", "full_name", "role", "agency_code", "active",
                    "must_change_password"):
            setattr(account, key, row[key])
        s.add(account)
        if not row["active"]:
            s.execute(delete(OfflineVerifier).where(OfflineVerifier.account_id == row["id"]))
    for account_id in revoked:
        account = s.get(Account, account_id)
        if account is not None:
            account.active = False
        s.execute(delete(OfflineVerifier).where(OfflineVerifier.account_id == account_id))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
