"""Reading every counter at the centre with a supervisor's own PostgreSQL role (issue 13).

Where the supervisor's credentials come from (docs/supervision-central.md):
- the URL is `DESK_APP_SUPERVISOR_URL` (a login role made by `central add-reader --supervisor`,
  member of `desk_supervision`); without it, `DESK_APP_CENTRAL_URL` (a supervisors' machine
  registered with `add-workstation --supervisor` reads with its own role). A counter's own role is
  refused by the centre: it has no right to read the log of any counter;
- the password is best left out of the URL: libpq takes it from the password file (`PGPASSFILE`,
  default `~/.pgpass`, mode 0600); the command line asks for it when it is missing and a terminal
  is there. It is never logged: every URL this module logs or shows has its password removed.

The log itself is read by the same `LogQuery` as the local store (the central table has the same
name and columns); what differs is here: the workstations' names, the chain check of every
counter (the centre's `central verify`, limited to what the role may read) and notes, written
centrally by `supervision_note()` as the supervisor's role (migration c007), never through a
counter's outbox."""
from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.central.schema import libpq_url, sqlalchemy_url
from db.ids import new_id
from desk_app.domain.text import nfc
from desk_app.errors import DeskError, InputRefused

logger = logging.getLogger(__name__)

SUPERVISOR_URL_ENV = "DESK_APP_SUPERVISOR_URL"
SCOPE_CENTRAL = "central"
SCOPE_LOCAL = "this_counter"
LOCAL_MARK = "chỉ quầy này"  # the words a report shows when it read the local store only
CENTRAL_MARK = "mọi quầy (máy chủ trung tâm)"


def supervisor_url() -> str | None:
    return os.environ.get(SUPERVISOR_URL_ENV) or os.environ.get("DESK_APP_CENTRAL_URL") or None


def redact(url: str) -> str:
    """The URL without its password (for logs and messages)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "postgresql://…"
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


def needs_password(url: str) -> bool:
    """True when neither the URL nor the password file gives a password (libpq's own lookup)."""
    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(libpq_url(url))
    if info.get("password") or os.environ.get("PGPASSWORD"):
        return False
    passfile = os.environ.get("PGPASSFILE") or os.path.expanduser("~/.pgpass")
    return not os.path.isfile(passfile)


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text_[0][:200] if text_ else type(exc).__name__


def central_error(exc: BaseException) -> DeskError:
    """A database failure as one of this area's Vietnamese-worded codes."""
    orig = getattr(exc, "orig", exc)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    line = _first_line(exc)
    if sqlstate == "42501":
        return DeskError("central_not_supervisor", line)
    if "password" in line.lower() and ("no password" in line.lower() or "supplied" in line):
        return DeskError("central_password_required", "")
    if "authentication failed" in line.lower():
        return DeskError("central_login_failed", "")
    return DeskError("central_unreachable", line)


class CentralSource:
    """The centre as a supervisor reads it. Thread-safe like LogQuery: every call opens its own
    short connection from the engine's pool."""

    scope = SCOPE_CENTRAL

    def __init__(self, url: str, password: str | None = None, connect_timeout: int = 5) -> None:
        args: dict[str, Any] = {"connect_timeout": connect_timeout}
        if password:
            args["password"] = password
        self.label = redact(url)
        self._url, self._args = url, args
        self.engine: Engine = create_engine(sqlalchemy_url(url), connect_args=args,
                                            pool_pre_ping=True, pool_size=2, max_overflow=2)
        self._names: dict[str, str] | None = None
        self._lock = threading.Lock()
        from desk_app.supervision.log_query import LogQuery

        self.query = LogQuery(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def sessions(self) -> Iterator[Session]:
        with Session(self.engine) as s:
            yield s

    def guarded(self, fn: Callable[[], Any]) -> Any:
        """fn(), a database failure turned into a DeskError (dropped connection, refused role)."""
        try:
            return fn()
        except DBAPIError as exc:
            raise central_error(exc) from exc

    def check(self) -> str:
        """Connects and makes sure this role may read every counter's log; returns the role.
        A counter's own role is refused here, with `central_not_supervisor`."""
        def run() -> str:
            with self.engine.connect() as c:
                role, allowed = c.execute(text(
                    "SELECT session_user, has_table_privilege('verification_entries', 'SELECT')"
                )).one()
            if not allowed:
                raise DeskError("central_not_supervisor", str(role))
            return str(role)
        role = str(self.guarded(run))
        logger.info("supervision reads the centre %s as %s", self.label, role)
        return role

    def workstation_names(self) -> dict[str, str]:
        """id -> name of every counter registered at the centre."""
        with self._lock:
            if self._names is not None:
                return self._names

        def run() -> dict[str, str]:
            with self.engine.connect() as c:
                rows = c.execute(text("SELECT id, name FROM workstations ORDER BY name, id")).all()
            return {str(r[0]): str(r[1] or "") for r in rows}
        names: dict[str, str] = self.guarded(run)
        with self._lock:
            self._names = names
        return names

    def workstation_name(self, ws: str) -> str:
        return self.workstation_names().get(ws) or ws[:8]

    def workstations(self) -> list[tuple[str, str, int]]:
        """(id, name, entries) of every counter, like SupervisionService.workstations."""
        def run() -> list[tuple[str, str, int]]:
            with self.engine.connect() as c:
                rows = c.execute(text(
                    "SELECT w.id, w.name, (SELECT count(*) FROM verification_entries v "
                    "WHERE v.workstation_id = w.id) FROM workstations w ORDER BY w.name, w.id"
                )).all()
            return [(str(r[0]), str(r[1] or r[0][:8]), int(r[2])) for r in rows]
        result: list[tuple[str, str, int]] = self.guarded(run)
        return result

    def chain_report(self) -> Any:
        """`central verify` as the supervisor's role: every counter's log chain and operations
        chain against the heads the centre keeps, and the rows the role may read against the
        operations (desk_app/sync/central_check.py)."""
        import psycopg

        from desk_app.sync.central_check import verify_central

        try:
            with psycopg.connect(libpq_url(self._url), **self._args) as conn:
                return verify_central(conn, readable_only=True)
        except psycopg.Error as exc:
            raise central_error(exc) from exc

    def notes(self, entry_id: str) -> list[Any]:
        from desk_app.supervision.log_query import NoteRow

        def run() -> list[NoteRow]:
            with self.engine.connect() as c:
                rows = c.execute(text(
                    "SELECT id, entry_id, flag_code, author_id, text, created_at "
                    "FROM supervisor_notes WHERE entry_id = :e ORDER BY created_at, id"),
                    {"e": entry_id}).all()
            return [NoteRow(*r) for r in rows]
        result: list[Any] = self.guarded(run)
        return result

    def add_note(self, entry_id: str, author_id: str, text_: str, flag_code: str = "") -> Any:
        """A note written at the centre by the supervisor's role (supervision_note(), c007)."""
        from desk_app.supervision.log_query import NoteRow

        body = nfc(text_ or "").strip()
        if not body:
            raise InputRefused("empty_note")
        note = NoteRow(new_id(), entry_id, flag_code, author_id, body,
                       dt.datetime.now().replace(microsecond=0))

        def run() -> None:
            with self.engine.begin() as c:
                c.execute(text("SELECT supervision_note(:i, :e, :f, :a, :t, :c)"),
                          {"i": note.id, "e": entry_id, "f": flag_code, "a": author_id,
                           "t": body, "c": note.created_at})
        self.guarded(run)
        logger.info("supervisor note written at the centre")
        return note


def open_central(url: str | None = None, password: str | None = None,
                 ask: Callable[[str], str] | None = None) -> CentralSource:
    """The centre, checked readable by the supervisor's role. `ask(prompt)` is called for the
    password when none is at hand (the command line's getpass); without it, a missing password
    is `central_password_required`."""
    url = url or supervisor_url()
    if not url:
        raise DeskError("central_not_configured", "")
    if password is None and ask is not None and needs_password(url):
        password = ask("Mật khẩu vai trò giám sát ở máy chủ trung tâm: ")
    source = CentralSource(url, password)
    try:
        source.check()
    except BaseException:
        source.close()
        raise
    return source


def print_supervisor_login(login: Any) -> None:
    """What `central add-reader --supervisor` prints: the pg_hba line, the URL without password,
    and the password-file line, shown once (it is not kept anywhere else)."""
    parts = urlsplit(login.url)
    bare = urlunsplit(parts._replace(netloc=f"{parts.username}@{parts.netloc.rsplit('@', 1)[-1]}"))
    print(f"Đã tạo vai trò giám sát {login.role}: đọc nhật ký của mọi quầy, kiểm tra chuỗi, ghi "
          "chú giám sát ở trung tâm; không đọc mật khẩu, không đọc ảnh trang, không sửa dữ liệu.")
    print("Thêm vào pg_hba.conf của máy chủ trung tâm rồi nạp lại cấu hình:")
    for line in login.hba_lines:
        print(f"  {line}")
    print("Đặt trên máy của lãnh đạo:")
    print(f"  {SUPERVISOR_URL_ENV}={bare}")
    host = parts.hostname or ""
    port = parts.port or 5432
    dbname = parts.path.lstrip("/")
    print("Và dòng sau trong tệp mật khẩu (~/.pgpass hoặc PGPASSFILE, quyền 0600); mật khẩu chỉ "
          "in ra lần này:")
    print(f"  {host}:{port}:{dbname}:{login.role}:{login.password}")
