"""Issue 14, "It must show" 1 (local half): a 200-procedure import in one transaction, a bad row
refused with its line and the catalog unchanged, the export → edit → import round trip, and a
dossier that keeps the catalog version it was received under."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from db.models import Dossier, Procedure
from db.models_admin import ReferenceVersion
from desk_app.catalog_admin import CatalogAdmin
from desk_app.catalog_io import CatalogRefused
from tests.admin.helpers import catalog_of, cli, receive, two_hundred, write_json


def test_200_procedures_import_in_one_transaction(ctx: Any, home: Path, tmp_path: Path) -> None:
    admin = CatalogAdmin(ctx)
    big = two_hundred(admin.listing(full=True))
    plan = admin.plan(write_json(tmp_path / "big.json", big))
    assert len(plan.diff.added) == 185 and plan.diff.unchanged == 15
    commits: list[int] = []
    event.listen(ctx.engine, "commit", lambda _conn: commits.append(1))
    version = admin.apply(plan)
    assert commits == [1]  # every row of the import, its version and the setting: one commit
    assert version == 2  # version 1: the catalog before the first import
    assert len(admin.listing()) == 200
    assert admin.show("X.0042")["processing_days"] == 42 % 20
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ReferenceVersion)) == 2


def test_a_failing_import_leaves_the_catalog_as_it_was(ctx: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    admin = CatalogAdmin(ctx)
    before = admin.listing(full=True)
    plan = admin.plan(write_json(tmp_path / "big.json", two_hundred(before)))

    def broken(*_args: Any, **_kw: Any) -> int:
        raise OSError("disk full")

    monkeypatch.setattr("desk_app.catalog_admin.record_version", broken)
    with pytest.raises(OSError):
        admin.apply(plan)  # fails after every procedure was written, before the commit
    assert admin.listing(full=True) == before
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Procedure)) == 15


def test_cli_import_of_200_and_a_bad_row_refused_with_its_line(home: Path, tmp_path: Path) -> None:
    shipped = catalog_of(home, full=True)
    big = write_json(tmp_path / "big.json", two_hundred(shipped))
    out = cli(home, "catalog", "import", str(big))  # no terminal, no --yes: asks, refuses
    assert out.returncode == 2 and "--yes" in out.stderr and "Thêm 185" in out.stdout
    assert len(catalog_of(home)) == 15
    out = cli(home, "catalog", "import", str(big), "--yes")
    assert out.returncode == 0, out.stderr
    assert "phiên bản 2 (200 thủ tục)" in out.stdout
    exported = catalog_of(home, full=True)
    assert len(exported) == 200

    # The same catalog as CSV, with one bad value on a known line.
    csv_text = cli(home, "catalog", "list", "--csv").stdout
    lines = csv_text.splitlines()
    bad_line = 137  # 1-based, the header is line 1
    lines[bad_line - 1] = lines[bad_line - 1].replace(",submit,", ",nộp luôn,", 1)
    assert ",nộp luôn," in lines[bad_line - 1]
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = cli(home, "catalog", "import", str(bad), "--yes")
    assert out.returncode == 2
    assert f"dòng {bad_line}:" in out.stderr and "requirement" in out.stderr
    assert "Traceback" not in out.stderr
    assert catalog_of(home, full=True) == exported  # unchanged
    versions = json.loads(cli(home, "catalog", "versions", "--json").stdout)
    assert [v["version"] for v in versions] == [1, 2]

    # A bad JSON file names its line too (the component's object).
    doc = json.loads(big.read_text(encoding="utf-8"))
    doc[3]["components"][1]["accepted_forms"] = ["photocopy"]
    bad_json = write_json(tmp_path / "bad.json", doc)
    line = next(n for n, text in enumerate(bad_json.read_text().splitlines(), start=1)
                if '"photocopy"' in text)
    out = cli(home, "catalog", "diff", str(bad_json))
    assert out.returncode == 2 and "dòng " in out.stderr
    reported = int(out.stderr.split("dòng ")[1].split(":")[0])
    assert line - 8 <= reported < line  # the line where that component's object starts


def test_export_edit_import_round_trip_keeps_fees_and_legal_basis(home: Path,
                                                                  tmp_path: Path) -> None:
    full = catalog_of(home, full=True)
    brief = catalog_of(home)
    assert set(brief[0]) == {"code", "name", "processing_days", "components"}
    assert set(brief[0]["components"][0]) == {"id", "name", "accepted_forms", "requirement",
                                              "optional", "available_as_data"}
    same = cli(home, "catalog", "import", str(write_json(tmp_path / "same.json", brief)), "--yes")
    assert same.returncode == 0 and "không thay đổi" in same.stdout
    target = next(p for p in brief if p["processing_days"] > 0)
    target["processing_days"] += 2
    target["components"][0]["requirement"] = "show"
    out = cli(home, "catalog", "import", str(write_json(tmp_path / "e.json", brief)), "--yes")
    assert out.returncode == 0, out.stderr
    assert "sửa 1" in out.stdout
    after = {p["code"]: p for p in catalog_of(home, full=True)}
    before = {p["code"]: p for p in full}
    edited = after[target["code"]]
    assert edited["processing_days"] == before[target["code"]]["processing_days"] + 2
    assert edited["components"][0]["requirement"] == "show"
    # What the brief export does not carry is kept.
    assert edited["fee"] == before[target["code"]]["fee"] != ""
    assert edited["legal_basis"] == before[target["code"]]["legal_basis"] != ""
    shown = json.loads(cli(home, "catalog", "show", target["code"], "--json").stdout)
    assert shown == next(p for p in brief if p["code"] == target["code"])


def test_a_dossier_keeps_the_catalog_version_it_was_received_under(ctx: Any, tmp_path: Path) -> None:
    admin = CatalogAdmin(ctx)
    procs = admin.listing(full=True)
    code = next(p["code"] for p in procs if p["processing_days"] >= 3)
    first = admin.apply(admin.plan(write_json(tmp_path / "v2.json", procs)))
    assert first == 2 == admin.current_version()  # applied even unchanged (the CLI skips it)
    old = receive(ctx, code, dt.datetime(2026, 11, 26, 9, 0), tmp_path)
    version_then = admin.current_version()

    edited = [dict(p) for p in procs]
    target = next(p for p in edited if p["code"] == code)
    target["components"] = target["components"][:-1]  # a component dropped from the list
    target["processing_days"] += 5
    admin.apply(admin.plan(write_json(tmp_path / "v3.json", edited)))
    assert admin.current_version() > version_then
    new = receive(ctx, code, dt.datetime(2026, 11, 26, 9, 5), tmp_path)

    with ctx.sessions() as s:
        versions = {d.code: d.catalog_version for d in s.scalars(select(Dossier))}
    assert versions[new.code] == admin.current_version()
    assert (versions[old.code] or 1) == version_then
    then = admin.show(code, version_then, full=True)
    assert len(then["components"]) == len(target["components"]) + 1
    assert then["processing_days"] == target["processing_days"] - 5
    assert old.due_at < new.due_at  # the old dossier's date was not recomputed


def test_refusals_are_sentences(ctx: Any, tmp_path: Path) -> None:
    admin = CatalogAdmin(ctx)
    cases = {
        "[{\"code\": \"A 1\", \"name\": \"x\", \"processing_days\": 1, \"components\": []}]":
            "mã thủ tục",
        "[{\"code\": \"A1\", \"name\": \"\", \"processing_days\": -1, \"components\": []}]":
            "processing_days",
        "[{\"code\": \"A1\", \"name\": \"x\", \"processing_days\": 1,\n \"components\": [{\"name\": "
        "\"y\", \"accepted_forms\": [\"original\"], \"optional\": \"maybe\"}]}]": "dòng 2",
        "{not json": "JSON sai cú pháp",
    }
    for text, expected in cases.items():
        path = tmp_path / "x.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(CatalogRefused) as caught:
            admin.plan(path)
        assert expected in caught.value.detail, (text, caught.value.detail)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    from desk_app.errors import InputRefused

    with pytest.raises(InputRefused):
        admin.plan(empty)
    assert len(admin.listing()) == 15
