"""The verification log's hash chain: `desk-app log verify` passes an intact log and names the first
broken entry after direct tampering in the SQLite file (triggers dropped first)."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import VerificationEntry
from desk_app.cli import main as cli_main
from desk_app.verification.chain import entry_hash
from desk_app.verification.log import append_entry, verify_log

N = 5


def _fill(ctx, n: int = N, workstation: str | None = None) -> list[tuple[str, int]]:
    ws = workstation or ctx.workstation.id
    with ctx.sessions.begin() as s:
        for i in range(1, n + 1):
            append_entry(
                s, ws, dossier_id=f"d{i}", dossier_code=f"H31.12.05-261126-000{i}",
                procedure_code="1.001", component_name=f"Giấy khai sinh {i}",
                presentation_form="photocopy_with_original", requirement="submit",
                on_published_list=True, original_shown=True, officer_id="o1",
                officer_name="Nguyễn Thị Hằng", verdict="match" if i % 2 else "mismatch",
                engine_verdict="match", engine_score=0.01 * i, page_hashes=["a" * 64, "b" * 64],
                created_at=dt.datetime(2026, 11, 26, 9, i, 0, 123456),
            )
    with ctx.sessions() as s:
        rows = s.execute(
            select(VerificationEntry.id, VerificationEntry.chain_index)
            .where(VerificationEntry.workstation_id == ws)
            .order_by(VerificationEntry.chain_index)
        ).all()
    return [(r[0], r[1]) for r in rows]


def _raw(home: Path) -> sqlite3.Connection:
    """The store opened as an attacker would: plain sqlite3, triggers dropped."""
    ctx_db = sqlite3.connect(home / "store.sqlite3")
    for name in ("update", "delete"):
        ctx_db.execute(f"DROP TRIGGER IF EXISTS verification_entries_no_{name}")
    return ctx_db


def _run_verify(capsys) -> tuple[int, str]:
    code = cli_main(["log", "verify"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_intact_log_passes(ctx, capsys) -> None:
    _fill(ctx)
    code, out = _run_verify(capsys)
    assert code == 0
    assert f"Nhật ký đối chiếu nguyên vẹn: {N} mục." in out


def test_empty_log_passes(ctx, capsys) -> None:
    code, out = _run_verify(capsys)
    assert code == 0 and "nguyên vẹn: 0 mục" in out


def test_entries_link_by_hash(ctx) -> None:
    ids = _fill(ctx)
    with ctx.sessions() as s:
        entries = s.scalars(select(VerificationEntry).order_by(VerificationEntry.chain_index)).all()
    assert [e.id for e in entries] == [i for i, _ in ids]
    assert entries[0].prev_hash == "0" * 64
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.entry_hash


def test_triggers_refuse_tampering_without_dropping_them(ctx, home) -> None:
    _fill(ctx, 2)
    conn = sqlite3.connect(home / "store.sqlite3")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE verification_entries SET verdict='match'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM verification_entries")
    conn.close()


def test_edited_entry_is_named(ctx, home, capsys) -> None:
    ids = _fill(ctx)
    victim = ids[3][0]  # a mismatch turned into a match
    conn = _raw(home)
    conn.execute("UPDATE verification_entries SET verdict='match' WHERE id=?", (victim,))
    assert conn.total_changes == 1
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0
    assert victim in out and "số thứ tự 4" in out and "edited" in out


def test_edit_with_recomputed_hash_breaks_the_next_link(ctx, home, capsys) -> None:
    ids = _fill(ctx)
    victim = ids[1][0]
    with ctx.sessions() as s:
        entry = s.get(VerificationEntry, victim)
        fields = {c: getattr(entry, c) for c in (
            "id", "workstation_id", "chain_index", "dossier_id", "dossier_code", "procedure_code",
            "dossier_component_id", "procedure_component_id", "component_name",
            "presentation_form", "requirement", "on_published_list", "original_shown",
            "demanded_form", "officer_id", "officer_name", "created_at", "verdict",
            "engine_verdict", "engine_score", "override_reason", "page_hashes", "prev_hash")}
    fields["override_reason"] = "sửa lại cho đẹp"
    conn = _raw(home)
    conn.execute(
        "UPDATE verification_entries SET override_reason=?, entry_hash=? WHERE id=?",
        (fields["override_reason"], entry_hash(fields), victim),
    )
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0
    assert ids[2][0] in out and "số thứ tự 3" in out


def test_deleted_middle_entry_is_named(ctx, home, capsys) -> None:
    ids = _fill(ctx)
    conn = _raw(home)
    conn.execute("DELETE FROM verification_entries WHERE id=?", (ids[2][0],))
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0
    assert "số thứ tự 3" in out and "missing" in out
    assert ids[3][0] in out  # the entry now standing where the deleted one was


def test_deleted_last_entry_is_named(ctx, home, capsys) -> None:
    ids = _fill(ctx)
    conn = _raw(home)
    conn.execute("DELETE FROM verification_entries WHERE id=?", (ids[-1][0],))
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0
    assert f"số thứ tự {N}" in out and "truncated" in out


def test_deleted_whole_chain_is_named(ctx, home, capsys) -> None:
    _fill(ctx)
    conn = _raw(home)
    conn.execute("DELETE FROM verification_entries")
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0 and "số thứ tự 1" in out and "truncated" in out


def _copy_row(conn: sqlite3.Connection, source_id: str, new_id: str, **changes) -> None:
    cols = [r[1] for r in conn.execute("PRAGMA table_info(verification_entries)")]
    row = dict(zip(cols, conn.execute(
        "SELECT * FROM verification_entries WHERE id=?", (source_id,)).fetchone(), strict=False))
    row.update(id=new_id, **changes)
    conn.execute(
        f"INSERT INTO verification_entries ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
        [row[c] for c in cols],
    )


def test_inserted_entry_at_the_end_is_named(ctx, home, capsys) -> None:
    ids = _fill(ctx)
    conn = _raw(home)
    _copy_row(conn, ids[-1][0], "forged-entry", chain_index=N + 1, verdict="match")
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0
    assert "forged-entry" in out and f"số thứ tự {N + 1}" in out


def test_inserted_entry_with_valid_hashes_is_named(ctx, home, capsys) -> None:
    """A careful forger computes a correct hash and link for the new entry and renumbers the ones
    after it; the chain still shows two entries claiming the same predecessor."""
    ids = _fill(ctx)
    with ctx.sessions() as s:
        second = s.get(VerificationEntry, ids[1][0])
        fields = {c: getattr(second, c) for c in (
            "id", "workstation_id", "chain_index", "dossier_id", "dossier_code", "procedure_code",
            "dossier_component_id", "procedure_component_id", "component_name",
            "presentation_form", "requirement", "on_published_list", "original_shown",
            "demanded_form", "officer_id", "officer_name", "created_at", "verdict",
            "engine_verdict", "engine_score", "override_reason", "page_hashes", "prev_hash")}
        fields.update(id="forged-entry", chain_index=3, prev_hash=second.entry_hash,
                      dossier_code="H31.12.05-261126-0099")
    conn = _raw(home)
    for _id, index in reversed(ids[2:]):
        conn.execute("UPDATE verification_entries SET chain_index=? WHERE id=?", (index + 1, _id))
    conn.execute("UPDATE counters SET value=value+1 WHERE name=?", (f"chain:{ctx.workstation.id}",))
    _copy_row(conn, ids[1][0], "forged-entry", chain_index=3, prev_hash=fields["prev_hash"],
              dossier_code=fields["dossier_code"], entry_hash=entry_hash(fields))
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0
    assert "forged-entry" in out and "số thứ tự 3" in out and "inserted" in out


def test_swapped_entries_are_named(ctx, home, capsys) -> None:
    ids = _fill(ctx)
    (a, ia), (b, ib) = ids[1], ids[2]
    conn = _raw(home)
    conn.execute("UPDATE verification_entries SET chain_index=-1 WHERE id=?", (a,))
    conn.execute("UPDATE verification_entries SET chain_index=? WHERE id=?", (ia, b))
    conn.execute("UPDATE verification_entries SET chain_index=? WHERE id=?", (ib, a))
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0
    assert b in out and "số thứ tự 2" in out and "reordered" in out


def test_swapped_contents_are_named(ctx, home, capsys) -> None:
    """Swapping two rows' fields while keeping ids and indexes in place."""
    ids = _fill(ctx)
    conn = _raw(home)
    v2, v3 = (conn.execute("SELECT verdict FROM verification_entries WHERE id=?", (i,)).fetchone()[0]
              for i in (ids[1][0], ids[2][0]))
    conn.execute("UPDATE verification_entries SET verdict=? WHERE id=?", (v3, ids[1][0]))
    conn.execute("UPDATE verification_entries SET verdict=? WHERE id=?", (v2, ids[2][0]))
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0 and ids[1][0] in out and "số thứ tự 2" in out


def test_each_workstation_chain_is_checked(ctx, home, capsys) -> None:
    _fill(ctx, 3)
    other = _fill(ctx, 3, workstation="ws-other")
    conn = _raw(home)
    conn.execute("UPDATE verification_entries SET officer_name='X' WHERE id=?", (other[0][0],))
    conn.commit()
    conn.close()
    with ctx.sessions() as s:
        total, breaks = verify_log(s)
    assert total == 6
    assert [(b.workstation_id, b.chain_index, b.reason) for b in breaks] == [("ws-other", 1, "edited")]
    code = cli_main(["log", "verify", "--json"])
    report = json.loads(capsys.readouterr().out.splitlines()[0])
    assert code != 0 and report["intact"] is False and report["breaks"][0]["entry_id"] == other[0][0]


def test_extra_fields_are_hashed_when_set_and_older_entries_keep_their_hash(ctx, home,
                                                                             capsys) -> None:
    """Entries written before migration 0013 (no demand_reason/reuse columns) keep their hashes;
    an entry that carries a reason is covered by its hash like any other field."""
    base = {"id": "e1", "workstation_id": "w", "chain_index": 1, "dossier_id": "d",
            "verdict": "match", "page_hashes": [], "prev_hash": "0" * 64}
    assert entry_hash(base) == entry_hash({**base, "demand_reason": None, "reused_from": ""})
    assert entry_hash(base) != entry_hash({**base, "demand_reason": "Cần bản chứng thực"})
    _fill(ctx, 2)
    with ctx.sessions.begin() as s:
        entry = append_entry(
            s, ctx.workstation.id, dossier_id="d3", dossier_code="H31.12.05-261126-0003",
            procedure_code="1.001", component_name="Sổ hộ khẩu", presentation_form="original",
            requirement="submit", on_published_list=False, officer_id="o1",
            verdict="not_compared", demand_reason="Cán bộ yêu cầu thêm",
            created_at=dt.datetime(2026, 11, 26, 9, 30))
        victim = entry.id
    assert _run_verify(capsys)[0] == 0
    conn = _raw(home)
    conn.execute("UPDATE verification_entries SET demand_reason='' WHERE id=?", (victim,))
    conn.commit()
    conn.close()
    code, out = _run_verify(capsys)
    assert code != 0 and victim in out
