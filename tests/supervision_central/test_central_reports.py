"""Issue 13, must-show 2: two counters sync to one centre (real PostgreSQL, TLS + SCRAM); a
supervisor's `report verifications --central --format json` holds both counters' entries with
their counter; a counter's own role is refused with a Vietnamese sentence and a non-zero exit."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg
import pytest

from desk_app.sync.client import SyncClient
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import Counter
from tests.supervision_central.helpers import Officer, flagged_entry, supervisor_login

pg_server, central_url, counters = cf.pg_server, cf.central_url, cf.counters  # the fixtures


def _report(counter: Counter, *args: str, **env: str) -> tuple[int, str, str]:
    import subprocess
    import sys

    environ = {k: v for k, v in counter.env().items()
               if k not in ("DESK_APP_USER", "DESK_APP_PASSWORD", "DESK_APP_SUPERVISOR_URL",
                            "PGPASSFILE", "PGPASSWORD")}
    environ.update(env)
    done = subprocess.run([sys.executable, "-m", "desk_app", "report", *args],
                          env=environ, capture_output=True, text=True, timeout=300,
                          cwd=cf.ROOT, check=False)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture()
def synced(counters: tuple[Counter, Counter], central_url: str
           ) -> tuple[Counter, Counter, dict[str, str]]:
    one, two = counters
    with cf.owner(central_url) as conn:  # the administrator names the counters
        for c, name in ((one, "Quầy 1 – Tư pháp"), (two, "Quầy 2 – Đất đai")):
            conn.execute("UPDATE workstations SET name = %s WHERE id = %s", (name, c.ws))
    entries = {}
    _code, entries[one.ws] = flagged_entry(one.ctx, Officer("officer-a", "Lê Văn An"))
    _code, entries[two.ws] = flagged_entry(two.ctx, Officer("officer-b", "Phạm Thị Bốn"))
    for c in (one, two):
        assert SyncClient(c.ctx, c.login.url).run_once().refused == 0
    return one, two, entries


def test_supervisor_reads_every_counter_a_counter_role_cannot(
    synced: tuple[Counter, Counter, dict[str, str]], central_url: str, tmp_path: Path
) -> None:
    one, two, flagged = synced
    url, passfile = supervisor_login(central_url, tmp_path)
    assert ":" not in url.split("@")[0].split("//")[1]  # no password in the URL

    code, out, err = _report(one, "verifications", "--central", "--format", "json",
                             DESK_APP_SUPERVISOR_URL=url, PGPASSFILE=str(passfile))
    assert code == 0, err
    rows = json.loads(out)
    by_ws: dict[str, list[dict[str, object]]] = {}
    for r in rows:
        by_ws.setdefault(str(r["workstation_id"]), []).append(r)
    assert set(by_ws) == {one.ws, two.ws}
    names = {one.ws: "Quầy 1 – Tư pháp", two.ws: "Quầy 2 – Đất đai"}
    for ws, items in by_ws.items():
        assert len(items) == 2  # the factory's own entry and the flagged one
        assert {i["workstation_name"] for i in items} == {names[ws]}
        assert {i["scope"] for i in items} == {"central"}
        assert [i["flags"] for i in items if i["id"] == flagged[ws]] == [["certified_copy_demanded"]]
    assert {r["officer_name"] for r in rows if r["flags"]} == {"Lê Văn An", "Phạm Thị Bốn"}

    code, out, err = _report(one, "verifications", "--central", "--flagged", "--format", "json",
                             DESK_APP_SUPERVISOR_URL=url, PGPASSFILE=str(passfile))
    assert code == 0, err
    assert sorted(r["id"] for r in json.loads(out)) == sorted(flagged.values())

    # The counter's own role: the centre refuses; a sentence in Vietnamese, no traceback.
    code, out, err = _report(one, "verifications", "--central", "--format", "json")
    assert code == 2 and out == ""
    assert "Vai trò này không được đọc dữ liệu của các quầy" in err, err
    assert "Traceback" not in err and one.login.password not in err
    # ... and it cannot read the table directly either (no SELECT granted to a counter).
    with psycopg.connect(two.login.url) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM verification_entries")



def test_every_report_reads_the_centre(
    synced: tuple[Counter, Counter, dict[str, str]], central_url: str, tmp_path: Path
) -> None:
    one, _two, _flagged = synced
    url, passfile = supervisor_login(central_url, tmp_path)
    env = {"DESK_APP_SUPERVISOR_URL": url, "PGPASSFILE": str(passfile)}
    code, out, err = _report(one, "officers", "--central", **env)
    assert code == 0, err
    data = json.loads(out)
    assert data["scope"] == "central"
    where = {o["officer_name"]: [w["name"] for w in o["workstations"]] for o in data["officers"]}
    assert where == {"Lê Văn An": ["Quầy 1 – Tư pháp"], "Phạm Thị Bốn": ["Quầy 2 – Đất đai"]}
    code, out, err = _report(one, "indicators", "--central", "--format", "json", **env)
    assert code == 0, err
    data = json.loads(out)
    assert data["scope"] == "central" and data["counts"]["received"] == 4
    for args in (("verifications", "--format", "pdf"), ("indicators", "--format", "pdf"),
                 ("ledger", "--from", "2026-11-01", "--to", "2026-11-30")):
        pdf = tmp_path / f"{args[0]}.pdf"
        code, out, err = _report(one, *args, "--central", "-o", str(pdf), **env)
        assert code == 0, (args, err)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        if args[0] != "ledger":
            assert "mọi quầy" in text, text[:400]
        assert "Quầy 2 – Đất đai" in text or args[0] != "verifications", text[:2000]


def test_add_reader_supervisor_prints_a_url_without_password(
    central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from desk_app.cli import main as cli_main

    assert cli_main(["central", "add-reader", "--url", central_url, "lanhdao_cli",
                     "--supervisor", "--address", "10.0.3.15/32"]) == 0
    out = capsys.readouterr().out
    lines = [line.strip() for line in out.splitlines()]
    url = next(line for line in lines if line.startswith("DESK_APP_SUPERVISOR_URL="))
    assert url.startswith("DESK_APP_SUPERVISOR_URL=postgresql://lanhdao_cli@")
    assert "sslmode=verify-full" in url
    passline = next(line for line in lines if line.count(":") == 4 and "lanhdao_cli" in line)
    password = passline.rsplit(":", 1)[1]
    assert len(password) >= 24 and password not in url
    assert "hostssl" in out and "10.0.3.15/32" in out
    with psycopg.connect(central_url) as conn:
        row = conn.execute("SELECT pg_has_role('lanhdao_cli', 'desk_supervision', 'MEMBER'), "
                           "pg_has_role('lanhdao_cli', 'desk_workstation', 'MEMBER')").fetchone()
    assert row == (True, False)


def test_a_supervisors_machine_reads_too(central_url: str) -> None:
    """A machine registered with `add-workstation --supervisor` reads every counter with its own
    role (desk_supervisor is a member of desk_supervision)."""
    from db.central.schema import add_workstation
    from desk_app.supervision.central_source import CentralSource

    login = add_workstation(central_url, "ws-lanhdao-0001", "H31.12.05", 7, "Máy lãnh đạo",
                            supervisor=True)
    source = CentralSource(login.url)
    try:
        assert source.check() == login.role
        assert source.workstation_names()["ws-lanhdao-0001"] == "Máy lãnh đạo"
    finally:
        source.close()
