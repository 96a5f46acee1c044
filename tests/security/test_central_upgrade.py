"""A centre that already holds operations before migration c004: they are chained in sequence
order by the migration, and `central verify` then finds everything intact; tampering with one of
those old operations is named afterwards. The page images already there are kept when c010 splits
their table in two."""
from __future__ import annotations

from pathlib import Path

import psycopg
from alembic import command
from sqlalchemy import create_engine

from db.central.schema import alembic_config, init_central, sqlalchemy_url
from desk_app.sync.central_check import verify_central
from desk_app.sync.client import SyncClient
from tests.pg_server import PgServer
from tests.security import central_fixtures as cf
from tests.sync.factory import make_dossiers
from tests.sync.helpers import open_store

pg_server = cf.pg_server  # the fixture
IMAGES = "SELECT sha256, byte_size, md5(data), uploaded_by FROM page_images ORDER BY sha256"


def _upgrade_to(url: str, revision: str) -> None:
    engine = create_engine(sqlalchemy_url(url), future=True)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def test_central_upgrade_chains_the_operations_already_there(
    pg_server: PgServer, tmp_path: Path
) -> None:
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE central_before_c004")
    url = pg_server.url("central_before_c004")
    _upgrade_to(url, "c002_digitise")
    ctx = open_store(tmp_path / "store")
    make_dossiers(ctx, 3)
    assert SyncClient(ctx, url).run_once().applied > 0  # through c001's sync_push
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.columns WHERE "
                            "table_name = 'operations' AND column_name = 'op_hash'"
                            ).fetchone() == (0,)
        images = conn.execute(IMAGES).fetchall()
    assert images
    init_central(url)  # c004 and whatever follows
    with psycopg.connect(url) as conn:
        # c010: the images copied into the table in two halves, its foreign keys recreated
        assert conn.execute(IMAGES).fetchall() == images
        assert conn.execute("SELECT relkind FROM pg_class WHERE relname = 'page_images'"
                            ).fetchone() == ("p",)
        assert conn.execute("SELECT conname FROM pg_constraint WHERE contype = 'p' AND "
                            "conrelid = 'page_images'::regclass").fetchone() == ("page_images_pkey",)
        assert {r[0] for r in conn.execute(
            "SELECT conrelid::regclass::text FROM pg_constraint WHERE contype = 'f' "
            "AND confrelid = 'page_images'::regclass")} == {"pages", "generated_documents",
                                                             "page_photos"}
        report = verify_central(conn)
        assert report.intact, report.problems[:3]
        assert report.operations > 0
        n = conn.execute("SELECT ops_count FROM workstations").fetchone()
        assert n is not None and n[0] == report.operations
        conn.execute("SET ROLE desk_owner")
        conn.execute("ALTER TABLE operations DISABLE TRIGGER USER")
        conn.execute("UPDATE operations SET payload = payload || '{\"note\": \"x\"}' "
                     "WHERE seq = (SELECT min(seq) FROM operations)")
        conn.commit()
        problems = verify_central(conn).problems
    assert "ops_hash" in {p.reason for p in problems}
    # later pushes continue the chain
    make_dossiers(ctx, 1)
    SyncClient(ctx, url).run_once()
    ctx.close()
    with psycopg.connect(url) as conn:
        reasons = {p.reason for p in verify_central(conn).problems}
    assert reasons == {"ops_hash"}, reasons  # only the old edit; the new ones chain on
