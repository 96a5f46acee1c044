"""Creating, upgrading and administering the central database: Alembic in-process on its own
migration line, and workstation login roles."""
from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from psycopg import sql
from sqlalchemy import create_engine

logger = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "central_alembic_version"


def sqlalchemy_url(url: str) -> str:
    """postgresql://... or postgres://... -> postgresql+psycopg://... (SQLAlchemy's driver form)."""
    return re.sub(r"^(postgres|postgresql)(\+\w+)?://", "postgresql+psycopg://", url)


def libpq_url(url: str) -> str:
    """postgresql+psycopg://... -> postgresql://... (what psycopg.connect takes)."""
    return re.sub(r"^(postgres|postgresql)(\+\w+)?://", "postgresql://", url)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def init_central(url: str) -> tuple[str | None, str]:
    """Creates or upgrades the central schema and its roles. Returns (revision before, after)."""
    engine = create_engine(sqlalchemy_url(url), future=True)
    try:
        with engine.begin() as conn:
            ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            before = ctx.get_current_revision()
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        logger.info("central schema at %s (was %s)", head_revision(), before)
        return before, head_revision()
    finally:
        engine.dispose()


@dataclass(frozen=True)
class WorkstationLogin:
    workstation_id: str
    role: str
    password: str
    url: str
    hba_lines: tuple[str, ...] = ()


BCRYPT_COST = 12  # central account passwords (pgcrypto crypt(), checked in sync_login)


def scram_verifier(conn: psycopg.Connection[Any], role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, computed here by libpq (PQencryptPasswordConn:
    salt, 4096 iterations, SASLprep). The server only ever receives the verifier, so the
    plaintext reaches neither the server nor its statement log."""
    verifier = conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    text = verifier.decode()
    if not text.startswith("SCRAM-SHA-256$"):
        raise RuntimeError("libpq did not produce a SCRAM-SHA-256 verifier")
    return text


def _with_credentials(url: str, user: str, password: str) -> str:
    """The admin URL with another user and password (host, port, database and the CA file kept),
    always with sslmode=verify-full: a counter checks the centre's certificate and name."""
    from urllib.parse import quote

    info = psycopg.conninfo.conninfo_to_dict(libpq_url(url))
    host = str(info.get("host") or "127.0.0.1")
    port = str(info.get("port") or "5432")
    dbname = str(info.get("dbname", user))
    query = "sslmode=verify-full"
    if info.get("sslrootcert"):
        query += "&sslrootcert=" + quote(str(info["sslrootcert"]), safe="")
    netloc = f"[{host}]" if ":" in host else host
    return (f"postgresql://{quote(user)}:{quote(password, safe='')}@{netloc}:{port}/"
            f"{quote(dbname)}?{query}")


def hba_lines(dbname: str, role: str, address: str = "samenet") -> tuple[str, ...]:
    """The pg_hba.conf lines a login role needs: TLS and SCRAM only, from `address`."""
    return (f"hostssl    {dbname}  {role}  {address}  scram-sha-256",)


BASE_HBA = (
    "hostnossl  all  all  0.0.0.0/0  reject",
    "hostnossl  all  all  ::/0       reject",
)


def _login_role(conn: psycopg.Connection[Any], role: str, password: str, member_of: str) -> None:
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    verb = sql.SQL("ALTER") if exists else sql.SQL("CREATE")
    conn.execute(sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(
        verb, sql.Identifier(role), sql.Literal(scram_verifier(conn, role, password))))
    conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(member_of),
                                                   sql.Identifier(role)))
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
        sql.Identifier(conn.info.dbname), sql.Identifier(role)))
    # A counter sends officers' passwords to sync_login(): never into the server's log, even
    # with statement logging on (log_parameter_max_length may only be set by a superuser).
    conn.execute(sql.SQL("ALTER ROLE {} SET log_parameter_max_length_on_error = 0").format(
        sql.Identifier(role)))
    superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
                             ).fetchone()
    if superuser and superuser[0]:
        conn.execute(sql.SQL("ALTER ROLE {} SET log_parameter_max_length = 0").format(
            sql.Identifier(role)))


def add_workstation(
    url: str, workstation_id: str, agency_code: str, slot: int, name: str = "",
    password: str | None = None, supervisor: bool = False, address: str = "samenet",
) -> WorkstationLogin:
    """Registers a workstation and creates its login role (member of desk_workstation, or of
    desk_supervisor for a supervisors' machine, which may also push supervisor notes). Run with
    the owner's URL. Refuses a slot already used at the same agency."""
    role = "desk_ws_" + re.sub(r"[^0-9a-f]", "", workstation_id.lower())[-12:]
    password = password or secrets.token_urlsafe(24)
    with psycopg.connect(libpq_url(url)) as conn:
        conn.execute("SELECT sync_register(%s, %s, %s, %s)",
                     (workstation_id, name, agency_code, slot))
        _login_role(conn, role, password,
                    "desk_supervisor" if supervisor else "desk_workstation")
        dbname = conn.info.dbname
        conn.execute("SET ROLE desk_owner")
        conn.execute("UPDATE workstations SET role_name = %s WHERE id = %s", (role, workstation_id))
    return WorkstationLogin(workstation_id, role, password, _with_credentials(url, role, password),
                            hba_lines(dbname, role, address))


def add_reader(url: str, role: str, password: str | None = None,
               address: str = "samenet", supervisor: bool = False) -> WorkstationLogin:
    """A read-only reporting login (member of desk_reporting: reads the synced tables and the
    logs, never the password hashes or the page images, writes nothing). With `supervisor`, a
    supervisor's login (member of desk_supervision, migration c007): the same reading, the chain
    check, and supervisor notes through supervision_note()."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise ValueError("role name: lower-case letters, digits and _")
    password = password or secrets.token_urlsafe(24)
    with psycopg.connect(libpq_url(url)) as conn:
        _login_role(conn, role, password,
                    "desk_supervision" if supervisor else "desk_reporting")
        dbname = conn.info.dbname
    return WorkstationLogin("", role, password, _with_credentials(url, role, password),
                            hba_lines(dbname, role, address))


def publish_reference(url: str, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Writes reference data (agencies, procedures, procedure_components, holidays, accounts)
    centrally, as the owner, in one transaction; the snapshot triggers bump the versions."""
    order = ["agencies", "procedures", "procedure_components", "holidays", "accounts"]
    with psycopg.connect(libpq_url(url)) as conn:
        conn.execute("SET ROLE desk_owner")
        for table in order:
            items = rows.get(table) or []
            if not items:
                continue
            key = {"holidays": "day", "agencies": "code", "procedures": "code"}.get(table, "id")
            cols = list(items[0].keys())
            stmt = sql.SQL(
                "INSERT INTO {t} ({c}) VALUES ({v}) ON CONFLICT ({k}) DO UPDATE SET ({c}) = ({e})"
            ).format(
                t=sql.Identifier(table),
                c=sql.SQL(",").join(sql.Identifier(c) for c in cols),
                v=sql.SQL(",").join(sql.Placeholder() for _ in cols),
                k=sql.Identifier(key),
                e=sql.SQL(",").join(sql.SQL("EXCLUDED.{}").format(sql.Identifier(c)) for c in cols),
            )
            if len(cols) == 1:  # a one-column SET needs ROW(); never the case here
                raise ValueError("reference rows need more than one column")
            with conn.cursor() as cur:
                cur.executemany(stmt, [tuple(_adapt(r[c]) for c in cols) for r in items])


def set_password(url: str, username: str, password: str) -> None:
    """Sets a central account's password: bcrypt at cost BCRYPT_COST, hashed here in Python so
    the plaintext is not part of any statement the server could log; the hash stays central."""
    import bcrypt

    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(BCRYPT_COST, b"2a")).decode()
    with psycopg.connect(libpq_url(url)) as conn:
        conn.execute("SET ROLE desk_owner")
        cur = conn.execute(
            "UPDATE accounts SET password_hash = %s, failed_attempts = 0,"
            " locked_until = NULL WHERE username = %s", (hashed, username))
        if cur.rowcount != 1:
            raise LookupError(username)


def revoke_account(url: str, account_id: str, reason: str = "") -> None:
    with psycopg.connect(libpq_url(url)) as conn:
        conn.execute("SET ROLE desk_owner")
        conn.execute("UPDATE accounts SET active = false WHERE id = %s", (account_id,))
        conn.execute("INSERT INTO revocations (account_id, reason) VALUES (%s, %s)",
                     (account_id, reason))


def _adapt(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return psycopg.types.json.Jsonb(value)
    return value
