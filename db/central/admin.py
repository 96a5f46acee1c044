"""Administration at the centre, run with the owner's URL: replace the catalog or the holiday
calendar in one transaction (the snapshot triggers bump the version every counter pulls), manage
accounts with an audit row per change, read what the centre holds from a workstation."""
from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from db.central.schema import libpq_url
from db.ids import new_id

PROC_COLUMNS = ("code", "name", "name_folded", "processing_days", "field", "level",
                "deciding_agency_code", "fee", "legal_basis", "centralised", "active")
COMP_COLUMNS = ("id", "procedure_code", "position", "name", "accepted_forms", "requirement",
                "quantity", "optional", "available_as_data", "colour", "legal_basis",
                "document_kind", "valid_months")  # the last two: c010_reuse


def _owner(url: str) -> psycopg.Connection[Any]:
    conn = psycopg.connect(libpq_url(url), connect_timeout=10)
    conn.execute("SET ROLE desk_owner")
    return conn


def _upsert(conn: psycopg.Connection[Any], table: str, key: str, columns: tuple[str, ...],
            rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    stmt = sql.SQL(
        "INSERT INTO {t} ({c}) VALUES ({v}) ON CONFLICT ({k}) DO UPDATE SET ({c}) = ({e})"
    ).format(
        t=sql.Identifier(table), k=sql.Identifier(key),
        c=sql.SQL(",").join(sql.Identifier(c) for c in columns),
        v=sql.SQL(",").join(sql.Placeholder() for _ in columns),
        e=sql.SQL(",").join(sql.SQL("EXCLUDED.{}").format(sql.Identifier(c)) for c in columns),
    )
    with conn.cursor() as cur:
        cur.executemany(stmt, [tuple(_adapt(r[c]) for c in columns) for r in rows])


def _adapt(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return psycopg.types.json.Jsonb(value)
    return value


def snapshot_version(conn: psycopg.Connection[Any], kind: str) -> int:
    row = conn.execute("SELECT version FROM snapshots WHERE kind = %s", (kind,)).fetchone()
    return int(row[0]) if row else 0


# --- catalog and holidays ------------------------------------------------------------------------


def read_catalog(url: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str], int]:
    """(procedures, components, agency codes, catalog snapshot version) as the centre holds them."""
    with _owner(url) as conn, conn.cursor(row_factory=dict_row) as cur:
        procs = cur.execute(f"SELECT {', '.join(PROC_COLUMNS)} FROM procedures").fetchall()
        comps = cur.execute(f"SELECT {', '.join(COMP_COLUMNS)} FROM procedure_components").fetchall()
        agencies = [r["code"] for r in cur.execute("SELECT code FROM agencies").fetchall()]
        return procs, comps, agencies, snapshot_version(conn, "catalog")


def replace_catalog(url: str, procs: list[dict[str, Any]], comps: list[dict[str, Any]],
                    expected_version: int | None = None) -> int:
    """Listed procedures upserted, others kept inactive, unlisted components deleted; one
    transaction. Refuses (returns -1) when the catalog moved since `expected_version`."""
    with _owner(url) as conn:
        conn.execute("LOCK TABLE procedures, procedure_components IN EXCLUSIVE MODE")
        if expected_version is not None and snapshot_version(conn, "catalog") != expected_version:
            return -1
        conn.execute("DELETE FROM procedure_components WHERE NOT (id = ANY(%s))",
                     ([c["id"] for c in comps],))
        _upsert(conn, "procedures", "code", PROC_COLUMNS, procs)
        conn.execute("UPDATE procedures SET active = false WHERE NOT (code = ANY(%s)) AND active",
                     ([p["code"] for p in procs],))
        _upsert(conn, "procedure_components", "id", COMP_COLUMNS, comps)
        conn.commit()
        return snapshot_version(conn, "catalog")


def read_holidays(url: str) -> list[dict[str, Any]]:
    with _owner(url) as conn, conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT day, name, working FROM holidays ORDER BY day").fetchall()


def replace_holidays(url: str, rows: list[dict[str, Any]]) -> int:
    with _owner(url) as conn:
        conn.execute("LOCK TABLE holidays IN EXCLUSIVE MODE")
        conn.execute("DELETE FROM holidays")
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO holidays (day, name, working) VALUES (%s, %s, %s)",
                            [(r["day"], r["name"], r["working"]) for r in rows])
        conn.commit()
        return snapshot_version(conn, "holidays")


# --- accounts ------------------------------------------------------------------------------------


def list_accounts(url: str) -> list[dict[str, Any]]:
    with _owner(url) as conn, conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT id, username, full_name, role, agency_code, active,"
                           " must_change_password FROM accounts ORDER BY username").fetchall()


def _audit(conn: psycopg.Connection[Any], account_id: str, username: str, action: str,
           detail: str, actor: str, workstation_id: str) -> None:
    conn.execute(
        "INSERT INTO account_audit (account_id, username, action, detail, actor, workstation_id,"
        " created_at, id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
        (account_id, username, action, detail, actor, workstation_id,
         dt.datetime.now(dt.UTC).replace(tzinfo=None), new_id()))


def add_account(url: str, username: str, full_name: str, role: str, agency_code: str | None,
                password: str, actor: str, workstation_id: str) -> str | None:
    """Creates an account that must change its password at first login. None if the name is
    taken."""
    account_id = new_id()
    with _owner(url) as conn:
        cur = conn.execute(
            "INSERT INTO accounts (id, username, full_name, role, agency_code, password_hash,"
            " must_change_password) VALUES (%s, %s, %s, %s, %s, crypt(%s, gen_salt('bf', 8)),"
            " true) ON CONFLICT (username) DO NOTHING",
            (account_id, username, full_name, role, agency_code, password))
        if cur.rowcount != 1:
            return None
        _audit(conn, account_id, username, "add", role, actor, workstation_id)
        conn.commit()
    return account_id


def change_account(url: str, username: str, action: str, actor: str, workstation_id: str,
                   password: str | None = None, role: str | None = None) -> bool:
    """disable / enable / reset / role. False if there is no such account."""
    with _owner(url) as conn:
        row = conn.execute("SELECT id FROM accounts WHERE username = %s FOR UPDATE",
                           (username,)).fetchone()
        if row is None:
            return False
        account_id = str(row[0])
        detail = ""
        if action == "disable":
            conn.execute("UPDATE accounts SET active = false, updated_at = now() WHERE id = %s",
                         (account_id,))
            conn.execute("INSERT INTO revocations (account_id, reason) VALUES (%s, %s)",
                         (account_id, "disabled"))
        elif action == "enable":
            conn.execute("UPDATE accounts SET active = true, failed_attempts = 0,"
                         " locked_until = NULL, updated_at = now() WHERE id = %s", (account_id,))
            conn.execute("DELETE FROM revocations WHERE account_id = %s", (account_id,))
        elif action == "reset":
            conn.execute("UPDATE accounts SET password_hash = crypt(%s, gen_salt('bf', 8)),"
                         " must_change_password = true, failed_attempts = 0, locked_until = NULL,"
                         " updated_at = now() WHERE id = %s", (password, account_id))
        elif action == "role":
            conn.execute("UPDATE accounts SET role = %s, updated_at = now() WHERE id = %s",
                         (role, account_id))
            detail = str(role)
        else:
            raise ValueError(action)
        _audit(conn, account_id, username, action, detail, actor, workstation_id)
        conn.commit()
    return True


def change_own_password(url: str, username: str, old: str, new: str, workstation_id: str) -> str:
    """The officer's own change (any login role may call it): ok / wrong / inactive."""
    with psycopg.connect(libpq_url(url), connect_timeout=10) as conn:
        row = conn.execute("SELECT sync_change_password(%s, %s, %s, %s)",
                           (username, old, new, workstation_id)).fetchone()
        conn.commit()
    return str(row[0]) if row else "wrong"


def must_change(url: str, account_id: str) -> bool:
    with psycopg.connect(libpq_url(url), connect_timeout=10) as conn:
        row = conn.execute("SELECT must_change_password FROM accounts WHERE id = %s",
                           (account_id,)).fetchone()
    return bool(row and row[0])


# --- workstations --------------------------------------------------------------------------------


def workstation_head(url: str, workstation_id: str) -> tuple[int, int] | None:
    """(last sequence, chain length) the centre holds from a workstation; None if unknown."""
    with psycopg.connect(libpq_url(url), connect_timeout=10) as conn:
        row = conn.execute("SELECT last_seq, chain_index FROM sync_head(%s)",
                           (workstation_id,)).fetchone()
    return (int(row[0]), int(row[1])) if row else None


def slot_holder(url: str, agency_code: str, slot: int) -> str | None:
    with _owner(url) as conn:
        row = conn.execute("SELECT id FROM workstations WHERE agency_code = %s AND slot = %s",
                           (agency_code, slot)).fetchone()
    return str(row[0]) if row else None
