from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from db.models import Applicant, OutboxEntry


def test_pragmas_and_outbox_in_same_transaction(ctx) -> None:
    with ctx.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with ctx.sessions.begin() as s:
        s.add(Applicant(full_name="Trần Thị Bình"))
        s.add(Applicant(full_name="Lê Văn Cường"))
    with pytest.raises(RuntimeError), ctx.sessions.begin() as s:
        s.add(Applicant(full_name="Phạm Thị Dung"))
        s.flush()
        raise RuntimeError("power cut before commit")
    with ctx.sessions() as s:
        names = sorted(a.full_name for a in s.scalars(select(Applicant)))
        outbox = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
    assert names == ["Lê Văn Cường", "Trần Thị Bình"]
    assert [o.seq for o in outbox] == [1, 2]
    assert {o.payload["full_name"] for o in outbox} == set(names)


def test_ids_are_uuid7(ctx) -> None:
    with ctx.sessions.begin() as s:
        a = Applicant(full_name="X")
        s.add(a)
    assert a.id[14] == "7"


def test_log_tables_refuse_update_and_delete(ctx, home) -> None:
    conn = sqlite3.connect(home / "store.sqlite3")
    conn.execute(
        "INSERT INTO verification_entries (id, workstation_id, chain_index, dossier_id, dossier_code,"
        " procedure_code, component_name, presentation_form, requirement, on_published_list,"
        " original_shown, officer_id, officer_name, created_at, verdict, override_reason, page_hashes,"
        " prev_hash, entry_hash) VALUES ('e1','w',1,'d','c','p','n','original','submit',1,1,'o','',"
        " '2026-01-01','match','','[]','0','1')"
    )
    conn.commit()
    for sql in ("UPDATE verification_entries SET verdict='x'", "DELETE FROM verification_entries"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)
    conn.close()


def test_reopen_keeps_data_and_workstation(home) -> None:
    from desk_app.context import open_context

    first = open_context(home)
    with first.sessions.begin() as s:
        s.add(Applicant(full_name="Giữ lại"))
    ws = first.workstation.id
    first.close()
    second = open_context(home)
    assert second.workstation.id == ws
    with second.sessions() as s:
        assert s.scalar(select(Applicant.full_name)) == "Giữ lại"
    second.close()
