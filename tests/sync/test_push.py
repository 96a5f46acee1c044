"""Push to a real PostgreSQL: counts equal, exactly once through lost replies and duplicates,
refusals visible, images checked by hash."""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text

from db.central.blobs import PgBlobStore
from db.models import Dossier, OutboxEntry
from desk_app.cli import main as cli_main
from desk_app.sync.client import CentralUnavailable, Op, SyncClient, make_batches
from desk_app.sync.status import attention_items, pending_count, read_status
from tests.sync.factory import make_dossiers
from tests.sync.helpers import assert_central_equals_local, count, open_store
from tests.sync.tcp_proxy import FaultProxy


def _dbname(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_sync_once_makes_central_counts_equal_local(
    ctx: Any, central_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_dossiers(ctx, 25, pages=3)
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", central_url)
    assert cli_main(["sync", "--once", "--batch", "40"]) == 0
    assert "còn chờ 0" in capsys.readouterr().out
    assert count(central_url, "dossiers") == 25
    assert count(central_url, "verification_entries") == 50
    assert count(central_url, "page_images") == 75
    assert_central_equals_local(ctx, central_url)
    status = read_status(ctx, configured=True)
    assert status.online and status.pending == 0 and status.last_success is not None


def test_without_central_url_the_counter_works_offline(ctx: Any) -> None:
    make_dossiers(ctx, 2)
    assert cli_main(["sync", "--once"]) == 2  # no_central_url, a sentence, no traceback
    status = read_status(ctx, configured=False)
    assert status.online is False and status.pending > 0


def test_lost_reply_to_commit_has_exactly_one_effect(ctx: Any, central_url: str,
                                                     pg_server: Any) -> None:
    make_dossiers(ctx, 6)
    proxy = FaultProxy(pg_server.port).start()
    try:
        proxy_url = proxy.url(_dbname(central_url))
        client = SyncClient(ctx, proxy_url, batch_ops=1000)
        # Registration and the images (lookup and upload, one transaction) commit normally;
        # the reply to the COMMIT of the operations is lost.
        proxy.pass_commits = 2
        proxy.drop_commit_replies = 1
        with pytest.raises(CentralUnavailable):
            client.run_once()
        assert proxy.commit_drops >= 1
        applied_centrally = count(central_url, "operations")
        assert pending_count(ctx) > 0  # the counter never learnt it was applied
        report = client.run_once()
    finally:
        proxy.close()
    assert report.duplicates == applied_centrally and report.refused == 0
    assert_central_equals_local(ctx, central_url)


def test_same_id_with_other_content_is_refused_and_shown(ctx: Any, central_url: str) -> None:
    make_dossiers(ctx, 2)
    with ctx.engine.connect() as c:  # kept here: a confirmed operation's payload is dropped
        seq, op_id, payload = c.execute(text(
            "SELECT seq, op_id, payload FROM outbox WHERE entity = 'dossiers' LIMIT 1")).one()
    SyncClient(ctx, central_url).run_once()
    with ctx.engine.begin() as c:  # a corrupted or forged resend: same op id, other content
        c.execute(text("UPDATE outbox SET state = 'pending', "
                       "payload = json_set(:p, '$.note', 'forged') WHERE seq = :s"),
                  {"s": seq, "p": payload})
    report = SyncClient(ctx, central_url).run_once()
    assert report.refused == 1 and report.applied == 0
    items = attention_items(ctx)
    assert [(i.seq, i.reason) for i in items] == [(seq, "conflict: same_id_other_content")]
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT note FROM dossiers WHERE id = %s",
                            (items[0].entity_id,)).fetchone() == ("",)
        assert conn.execute("SELECT op_id, reason FROM op_conflicts").fetchall() == [
            (op_id, "same_id_other_content")]


def _sync_process(home: str, url: str) -> None:
    from desk_app.context import open_context

    code = 1
    try:
        ctx = open_context(Path(home))
        report = SyncClient(ctx, url, batch_ops=15).run_once()
        code = 0 if report.pending_left == 0 and report.refused == 0 else 3
    finally:
        os._exit(code)


def test_two_processes_syncing_one_store_at_once_apply_everything_once(
    home: Path, central_url: str
) -> None:
    ctx = open_store(home)
    make_dossiers(ctx, 20)
    fork = multiprocessing.get_context("fork")
    procs = [fork.Process(target=_sync_process, args=(str(home), central_url)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    assert_central_equals_local(ctx, central_url)
    ctx.close()


def test_update_after_sync_reaches_centre_as_newer_version(ctx: Any, central_url: str) -> None:
    make_dossiers(ctx, 1)
    SyncClient(ctx, central_url).run_once()
    with ctx.sessions.begin() as s:
        d = s.scalars(select(Dossier)).one()
        d.status = "in_progress"
    SyncClient(ctx, central_url).run_once()
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT status FROM dossiers").fetchall() == [("in_progress",)]
    assert_central_equals_local(ctx, central_url)


def test_images_go_first_and_are_checked_by_hash(ctx: Any, central_url: str) -> None:
    make_dossiers(ctx, 3, pages=2)
    with ctx.sessions() as s:
        victims = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "pages")).all()
        sha = victims[0].payload["sha256"]
        gone = victims[-1].payload["sha256"]
    ctx.pages.path(sha).write_bytes(b"bit rot")  # the local copy no longer matches its name
    ctx.pages.path(gone).unlink()  # and another file is no longer there (read ahead: OSError)
    report = SyncClient(ctx, central_url).run_once()
    assert report.refused == 2
    assert [i.reason for i in attention_items(ctx)] == ["refused: image_missing_locally"] * 2
    assert count(central_url, "pages") == 4
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT count(*) FROM page_images WHERE sha256 = %s",
                            (sha,)).fetchone() == (0,)
        bad = b"not what the name says"
        with pytest.raises(psycopg.errors.DataException):
            conn.execute("SELECT sync_put_image(%s, %s)", (hashlib.sha256(b"x").hexdigest(), bad))


@pytest.mark.parametrize("second_opens", [True, False])
def test_many_images_go_over_two_connections_and_are_still_checked(
        ctx: Any, central_url: str, monkeypatch: pytest.MonkeyPatch, second_opens: bool) -> None:
    """A batch of many images is sent in two halves side by side (desk_app/sync/image_lines.py),
    each half the images of one half of the centre's partitioned `page_images` (c010); a damaged
    file in either half is still caught by the centre's hash, and when the second connection
    cannot be opened everything goes over the first."""
    from desk_app.sync import client as client_mod
    from desk_app.sync import image_lines

    make_dossiers(ctx, 14, pages=2)
    with ctx.sessions() as s:
        shas = sorted({e.payload["sha256"] for e in s.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == "pages"))})
    assert len(shas) >= image_lines.PARALLEL_MIN
    half_a, half_b = image_lines.halves(shas)
    assert half_a and half_b and half_a + half_b == shas
    ctx.pages.path(half_a[1]).write_bytes(b"bit rot")
    ctx.pages.path(half_b[1]).unlink()
    opened = []
    real_connect = client_mod.connect

    def counting_connect(url: str, timeout: float = 5.0) -> Any:
        opened.append(url)
        if len(opened) == 2 and not second_opens:
            raise CentralUnavailable(detail="too many connections")
        return real_connect(url, timeout)

    used = []
    real_connection = image_lines.SecondLine.connection

    def spy(self: image_lines.SecondLine) -> Any:
        got = real_connection(self)
        used.append(got is not None)
        return got

    checked = []
    real_checked = PgBlobStore.put_checked

    def spy_checked(self: PgBlobStore, items: Any, sizes: Any = None) -> Any:
        checked.append(self.direct)
        return real_checked(self, items, sizes)

    monkeypatch.setattr(client_mod, "connect", counting_connect)
    monkeypatch.setattr(image_lines.SecondLine, "connection", spy)
    monkeypatch.setattr(PgBlobStore, "put_checked", spy_checked)
    report = SyncClient(ctx, central_url).run_once()
    assert len(opened) == 2 and used and all(used) is second_opens
    # Inserted directly (c011); only the part holding the rotten file went again through the
    # function that names a wrong hash (a missing file is known here and never sent).
    assert checked == [True]
    assert report.refused == 2 and report.images == len(shas) - 2
    assert [i.reason for i in attention_items(ctx)] == ["refused: image_missing_locally"] * 2
    assert count(central_url, "page_images") == len(shas) - 2
    assert count(central_url, "pages") == len(shas) - 2
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT count(*) FROM page_images WHERE sha256 = ANY(%s)",
                            ([half_a[1], half_b[1]],)).fetchone() == (0,)
        # The table is in two halves by hash, where the counter cuts its uploads.
        assert conn.execute("SELECT relkind FROM pg_class WHERE relname = 'page_images'"
                            ).fetchone() == ("p",)
        stored = set(shas) - {half_a[1], half_b[1]}
        for part, low in (("page_images_0", True), ("page_images_1", False)):
            got = {r[0] for r in conn.execute(f"SELECT sha256 FROM {part}")}
            assert got == {sha for sha in stored if (sha < image_lines.HALF) is low}


def test_image_halves_follow_the_centre_split_unless_too_uneven() -> None:
    from desk_app.sync.image_lines import HALF, halves

    shas = sorted(hashlib.sha256(bytes([i])).hexdigest() for i in range(40))
    a, b = halves(shas)
    assert all(s < HALF for s in a) and all(s >= HALF for s in b) and a + b == shas
    uneven = [s for s in shas if s < HALF] + [s for s in shas if s >= HALF][:2]
    a, b = halves(uneven)  # 2 of the images in one half: alternate instead
    assert (a, b) == (uneven[0::2], uneven[1::2])
    assert halves([]) == ([], [])


def test_batches_never_split_a_dossier() -> None:
    ops = []
    seq = 0
    for d in range(5):
        seq += 1
        ops.append(Op(seq, f"o{seq}", "applicants", f"a{d}", {"id": f"a{d}"}))
        seq += 1
        ops.append(Op(seq, f"o{seq}", "dossiers", f"d{d}", {"id": f"d{d}"}))
        for p in range(4):
            seq += 1
            ops.append(Op(seq, f"o{seq}", "pages", f"p{d}{p}", {"id": f"p{d}{p}",
                                                               "dossier_id": f"d{d}"}))
    batches = make_batches(ops, max_ops=3)
    assert [op.seq for b in batches for op in b] == list(range(1, seq + 1))
    for b in batches[:-1]:
        nxt = batches[batches.index(b) + 1][0]
        assert nxt.unit() is None or nxt.unit() != b[-1].unit()


def test_demo_data_then_sync_once_every_page_image_centrally(
    home: Path, central_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli_main(["central", "init", "--url", central_url]) == 0  # already at head: no-op
    assert cli_main(["demo-data", "--dossiers", "4"]) == 0
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", central_url)
    assert cli_main(["sync", "--once"]) == 0
    ctx = open_store(home)
    with ctx.engine.connect() as c:
        local = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                 for t in ("dossiers", "verification_entries", "pages")}
        shas = [r[0] for r in c.execute(text("SELECT sha256 FROM pages"))]
    assert local["dossiers"] == 4 and local["verification_entries"] > 0 and shas
    for table, n in local.items():
        assert count(central_url, table) == n
    with psycopg.connect(central_url) as conn:
        for sha in shas:
            data = conn.execute("SELECT data FROM page_images WHERE sha256 = %s",
                                (sha,)).fetchone()[0]
            assert hashlib.sha256(bytes(data)).hexdigest() == sha == hashlib.sha256(
                ctx.pages.get(sha)).hexdigest()
    assert_central_equals_local(ctx, central_url)
    ctx.close()


def test_add_workstation_command_gives_a_url_the_counter_syncs_with(
    ctx: Any, central_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["central", "add-workstation", "--url", central_url]) == 0
    out = capsys.readouterr().out
    url = out.split("DESK_APP_CENTRAL_URL=", 1)[1].strip()
    assert "desk_ws_" in url
    make_dossiers(ctx, 2)
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", url)
    assert cli_main(["sync", "--once"]) == 0
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT DISTINCT uploaded_by FROM page_images").fetchall() == [
            (url.split("//")[1].split(":")[0],)]
    assert_central_equals_local(ctx, central_url)
