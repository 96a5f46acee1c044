"""Faults on the way: connections cut at random, the sync process killed with SIGKILL again and
again, then one clean round: the centre equals the counter exactly. And a randomised run of edits,
faults and restarts that must converge."""
from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import tempfile
from pathlib import Path
from typing import Any

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.models import Dossier
from desk_app.cli import main as cli_main
from desk_app.sync.client import CentralRefused, CentralUnavailable, SyncClient
from desk_app.sync.status import pending_count
from tests.sync.factory import make_dossiers
from tests.sync.helpers import assert_central_equals_local, count, new_central_db, open_store
from tests.sync.tcp_proxy import FaultProxy


def incomplete_dossiers(url: str, pages: int) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT d.code FROM dossiers d LEFT JOIN pages p ON p.dossier_id = d.id "
            "GROUP BY d.code HAVING count(p.id) <> %s", (pages,)).fetchall()]


def _child_sync(home: str, url: str, batch: int) -> None:
    from desk_app.context import open_context

    try:
        ctx = open_context(Path(home))
        SyncClient(ctx, url, batch_ops=batch).run_once()
    except (CentralUnavailable, CentralRefused):
        pass
    finally:
        os._exit(0)


def test_twenty_sigkills_and_cut_connections_then_one_clean_round(
    home: Path, central_url: str, pg_server: Any, monkeypatch: Any
) -> None:
    ctx = open_store(home)
    rng = random.Random(20261126)
    make_dossiers(ctx, 12, pages=2, rng=rng)
    proxy = FaultProxy(pg_server.port, seed=5).start()
    proxy.cut_probability = 0.015
    proxy.delay = 0.003
    url = proxy.url(central_url.rsplit("/", 1)[1])
    fork = multiprocessing.get_context("fork")
    kills = finished = 0
    try:
        while kills < 20:
            if rng.random() < 0.5:  # the counter keeps receiving dossiers meanwhile
                make_dossiers(ctx, 1, pages=2, rng=rng)
            child = fork.Process(target=_child_sync, args=(str(home), url, 5))
            child.start()
            child.join(rng.uniform(0.05, 0.5))
            if child.is_alive():
                os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
                child.join()
                kills += 1
            else:
                finished += 1
            # Whatever the moment of the kill, no dossier is visible without all its pages.
            assert incomplete_dossiers(central_url, pages=2) == []
    finally:
        proxy.close()
    assert kills == 20
    sent_under_fire = count(central_url, "operations")
    assert sent_under_fire > 0  # progress was made under fire
    assert proxy.cuts > 0
    print(f"kills={kills} finished={finished} cuts={proxy.cuts} sent={sent_under_fire} "
          f"pending={pending_count(ctx)}")
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", central_url)
    assert cli_main(["sync", "--once"]) == 0
    assert pending_count(ctx) == 0
    assert_central_equals_local(ctx, central_url)
    ctx.close()


ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(1, 3)),
        st.tuples(st.just("edit"), st.integers(0, 50)),
        st.tuples(st.just("sync"), st.sampled_from(["clean", "cuts", "lost_commit", "down"])),
        st.tuples(st.just("restart"), st.just(0)),
    ),
    min_size=3, max_size=10,
)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS, seed=st.integers(0, 2**16))
def test_random_edits_faults_and_restarts_converge(pg_server: Any, actions: list[Any],
                                                   seed: int) -> None:
    rng = random.Random(seed)
    url = new_central_db(pg_server)
    home = Path(tempfile.mkdtemp(prefix="desk-hyp-"))
    ctx = open_store(home)
    proxy = FaultProxy(pg_server.port, seed=seed).start()
    proxy_url = proxy.url(url.rsplit("/", 1)[1])
    try:
        for kind, arg in actions:
            if kind == "add":
                make_dossiers(ctx, arg, pages=1, entries=1, image_size=800, rng=rng)
            elif kind == "edit":
                with ctx.sessions.begin() as s:
                    ids = s.scalars(select(Dossier).order_by(Dossier.code)).all()
                    if ids:
                        ids[arg % len(ids)].note = f"sửa {rng.random():.6f}"
            elif kind == "restart":
                ctx.close()
                ctx = open_store(home)
            else:
                proxy.clear_faults()
                if arg == "cuts":
                    proxy.cut_probability = 0.15
                elif arg == "lost_commit":
                    proxy.pass_commits = rng.randrange(4)
                    proxy.drop_commit_replies = 1
                elif arg == "down":
                    proxy.refuse = True
                try:
                    SyncClient(ctx, proxy_url, batch_ops=rng.randrange(1, 8)).run_once()
                except CentralUnavailable:
                    pass
                assert incomplete_dossiers(url, pages=1) == []
        proxy.clear_faults()
        SyncClient(ctx, proxy_url).run_once()
        assert pending_count(ctx) == 0
        assert_central_equals_local(ctx, url)
    finally:
        proxy.close()
        ctx.close()
        shutil.rmtree(home, ignore_errors=True)
