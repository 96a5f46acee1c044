"""Issue 11, point 10: deployment secure by default. Roles get SCRAM-SHA-256 verifiers computed on
the administrator's side (the plaintext never reaches the server or its log, shown from the
server's own log with every statement logged), the pg_hba.conf lines and a verify-full URL are
printed, central password hashes are bcrypt at cost 12, and a read-only reporting role reads
without writing. The server is the tests' one PostgreSQL: TLS with a CA made in the test, SCRAM."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

import psycopg
import pytest

from desk_app.cli import main as cli_main
from tests.pg_server import PgServer
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import scalar

pg_server, central_url = cf.pg_server, cf.central_url  # the fixtures


def _log_everything(server: PgServer, url: str) -> str:
    dbname = urlsplit(url).path.lstrip("/")
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {dbname} SET log_statement = 'all'")
    return dbname


def test_central_add_workstation_sends_a_scram_verifier_never_the_password(
    pg_server: PgServer, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dbname = _log_everything(pg_server, central_url)
    log_before = len(pg_server.log_text())
    assert cli_main(["central", "add-workstation", "--url", central_url, "--workstation-id",
                     "ws-deploy-1", "--agency", "H31.12.05", "--slot", "4",
                     "--address", "10.1.2.3/32"]) == 0
    out = capsys.readouterr().out
    url = re.search(r"DESK_APP_CENTRAL_URL=(\S+)", out)
    assert url is not None
    parts = urlsplit(url.group(1))
    role, password = unquote(parts.username or ""), unquote(parts.password or "")
    assert role.startswith("desk_ws_") and len(password) >= 24
    assert "sslmode=verify-full" in parts.query and "sslrootcert=" in parts.query
    assert f"hostssl    {dbname}  {role}  10.1.2.3/32  scram-sha-256" in out
    # The server's log holds every statement of that session; the verifier is there, the
    # password is not.
    log = pg_server.log_text()[log_before:]
    assert "CREATE ROLE" in log and "SCRAM-SHA-256$4096:" in log
    assert password not in log
    stored = scalar(pg_server.url(), "SELECT rolpassword FROM pg_authid WHERE rolname = %s", role)
    assert stored.startswith("SCRAM-SHA-256$4096:")
    # The printed URL works over TLS, verified; without TLS or with another password, refused.
    with psycopg.connect(url.group(1)) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                            ).fetchone() == (True,)
        assert conn.execute("SELECT current_user").fetchone() == (role,)
        # as the counter's client does: the password as a bound parameter
        conn.execute("SELECT * FROM sync_login(%s, %s)", ("x", "mật khẩu thử của quầy"))
    plain = url.group(1).replace("sslmode=verify-full", "sslmode=disable")
    with pytest.raises(psycopg.OperationalError, match="no encryption|reject"):
        psycopg.connect(plain)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(url.group(1).replace(parts.password or "", "sai-mat-khau"))
    # an officer's password sent to sync_login by a counter stays out of the log too
    log = pg_server.log_text()[log_before:]
    assert "sync_login($1, $2)" in log and "mật khẩu thử của quầy" not in log


def test_central_init_prints_the_pg_hba_lines(
    pg_server: PgServer, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["central", "init", "--url", central_url]) == 0
    out = capsys.readouterr().out
    assert "hostnossl  all  all  0.0.0.0/0  reject" in out


def test_central_set_password_is_bcrypt_12_hashed_before_the_server(
    pg_server: PgServer, central_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    from db.central.schema import publish_reference

    publish_reference(central_url, {"accounts": [{
        "id": "acc-9", "username": "giamsat", "full_name": "Lê Văn Cường",
        "role": "supervisor", "agency_code": "H31.12.05", "active": True}]})
    _log_everything(pg_server, central_url)
    log_before = len(pg_server.log_text())
    secret = "Bí-mật-giám-sát-77"
    monkeypatch.setenv("DESK_APP_PASSWORD", secret)
    assert cli_main(["central", "set-password", "--url", central_url, "giamsat"]) == 0
    assert "Đã đặt mật khẩu cho giamsat" in capsys.readouterr().out
    assert secret not in pg_server.log_text()[log_before:]
    assert scalar(central_url, "SELECT password_hash FROM accounts").startswith("$2a$12$")


def test_central_reporting_role_reads_and_writes_nothing(
    pg_server: PgServer, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["central", "add-reader", "--url", central_url, "baocao_so"]) == 0
    url = re.search(r"DESK_APP_CENTRAL_URL=(\S+)", capsys.readouterr().out)
    assert url is not None
    with psycopg.connect(url.group(1), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM dossiers").fetchone() == (0,)
        conn.execute("SELECT id, username FROM accounts")
        for stmt in ("SELECT password_hash FROM accounts", "SELECT data FROM page_images",
                     "INSERT INTO holidays VALUES ('2026-12-31', 'x', false)",
                     "UPDATE dossiers SET note = ''", "SELECT * FROM sync_push('w', '[]')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(stmt)
    assert cli_main(["central", "add-reader", "--url", central_url, "Bad-Name;"]) == 2
