"""A counter inserts its page images straight into the centre's `page_images` (central migration
c011): the table checks each image's hash and size, and the counter's role may write three
columns and nothing else. Real PostgreSQL, each counter with its own login role."""
from __future__ import annotations

import hashlib
from typing import Any

import psycopg
import pytest

from desk_app.sync.client import SyncClient
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import Counter, scalar
from tests.sync.factory import make_dossiers

pg_server, central_url, counters = cf.pg_server, cf.central_url, cf.counters  # the fixtures

GOOD = b"page bytes of counter 2"
SHA = hashlib.sha256(GOOD).hexdigest()


def _denied(url: str, sql: str, params: Any, error: type[Exception]) -> None:
    with psycopg.connect(url) as conn, pytest.raises(error):
        conn.execute(sql, params)


def test_counter_images_go_in_directly_checked_by_the_table(
        counters: tuple[Counter, Counter], central_url: str) -> None:
    one, _ = counters
    make_dossiers(one.ctx, 12, pages=2)
    client = SyncClient(one.ctx, one.login.url)
    report = client.run_once(pull=False)
    assert client.centre_takes_images and client.centre_takes_halves  # the direct path, c013
    assert report.refused == 0 and report.images == 24
    # Stored under the counter's own login, whatever it could have claimed.
    assert scalar(central_url, "SELECT array_agg(DISTINCT uploaded_by) FROM page_images"
                  ) == [one.login.role]
    assert scalar(central_url, "SELECT count(*) FROM page_images WHERE sha256 <> "
                  "encode(sha256(data), 'hex') OR byte_size <> octet_length(data)") == 0


def test_counter_role_can_insert_an_image_under_its_hash_and_nothing_else(
        counters: tuple[Counter, Counter], central_url: str) -> None:
    _, two = counters
    url = two.login.url
    insert = "INSERT INTO page_images (sha256, byte_size, data) VALUES (%s, %s, %s)"
    other = hashlib.sha256(b"other").hexdigest()
    # Bytes under another image's name, or a size that lies: refused by the table.
    _denied(url, insert, (other, len(GOOD), GOOD), psycopg.errors.CheckViolation)
    _denied(url, insert, (SHA, len(GOOD) + 1, GOOD), psycopg.errors.CheckViolation)
    # Columns the centre fills, other statements: no right.
    denied = psycopg.errors.InsufficientPrivilege
    _denied(url, "INSERT INTO page_images (sha256, byte_size, data, uploaded_by) "
            "VALUES (%s, %s, %s, 'counter-1')", (SHA, len(GOOD), GOOD), denied)
    _denied(url, "INSERT INTO page_images (sha256, byte_size, location) "
            "VALUES (%s, 1, 's3://x/y')", (SHA,), denied)
    _denied(url, "SELECT count(*) FROM page_images", None, denied)
    _denied(url, "UPDATE page_images SET data = data", None, denied)
    _denied(url, "DELETE FROM page_images", None, denied)
    _denied(url, insert + " ON CONFLICT (sha256) DO UPDATE SET data = EXCLUDED.data",
            (SHA, len(GOOD), GOOD), denied)
    assert scalar(central_url, "SELECT count(*) FROM page_images") == 0
    # The right image goes in once; a second insert of it changes nothing.
    with psycopg.connect(url) as conn:
        for _ in range(2):
            conn.execute(insert + " ON CONFLICT DO NOTHING", (SHA, len(GOOD), GOOD))
        conn.commit()
    assert scalar(central_url, "SELECT array_agg(uploaded_by) FROM page_images WHERE sha256 = %s",
                  SHA) == [two.login.role]


@pytest.mark.parametrize("table", ["page_images_0", "page_images_1"])
def test_a_half_takes_only_its_own_images_checked_like_the_parent(
        counters: tuple[Counter, Counter], central_url: str, table: str) -> None:
    """c013: a counter inserts into each half of the table directly; a half checks the hash and
    size as the parent does, refuses an image of the other half, and fills `uploaded_by` with
    the counter's own login."""
    _, two = counters
    url = two.login.url
    mine = next(b"half %d" % i for i in range(999)
                if (hashlib.sha256(b"half %d" % i).hexdigest() >= "8") == (table[-1] == "1"))
    theirs = next(b"half %d" % i for i in range(999)
                  if (hashlib.sha256(b"half %d" % i).hexdigest() >= "8") != (table[-1] == "1"))
    sha = hashlib.sha256(mine).hexdigest()
    insert = f"INSERT INTO {table} (sha256, byte_size, data) VALUES (%s, %s, %s)"
    check = psycopg.errors.CheckViolation
    _denied(url, insert, (sha, len(mine) + 1, mine), check)  # a size that lies
    _denied(url, insert, (hashlib.sha256(theirs).hexdigest(), len(mine), mine), check)
    _denied(url, insert, (hashlib.sha256(theirs).hexdigest(), len(theirs), theirs), check)
    denied = psycopg.errors.InsufficientPrivilege
    _denied(url, f"INSERT INTO {table} (sha256, byte_size, data, uploaded_by) "
            "VALUES (%s, %s, %s, 'counter-1')", (sha, len(mine), mine), denied)
    _denied(url, f"INSERT INTO {table} (sha256, byte_size, location) VALUES (%s, 1, 's3://x')",
            (sha,), denied)
    _denied(url, f"SELECT count(*) FROM {table}", None, denied)
    _denied(url, f"UPDATE {table} SET data = data", None, denied)
    _denied(url, f"DELETE FROM {table}", None, denied)
    assert scalar(central_url, "SELECT count(*) FROM page_images") == 0
    with psycopg.connect(url) as conn:
        for _ in range(2):
            conn.execute(insert + " ON CONFLICT DO NOTHING", (sha, len(mine), mine))
        conn.commit()
    assert scalar(central_url, "SELECT array_agg(uploaded_by) || array_agg(tableoid::regclass::text)"
                  " || array_agg((uploaded_at IS NOT NULL)::text) FROM page_images"
                  ) == [two.login.role, table, "true"]


def test_a_photo_row_for_another_counters_page_is_refused(
        counters: tuple[Counter, Counter], central_url: str) -> None:
    """c012: a page's master photo is a child row of the page; counter 2 cannot hang a photo of
    its own on counter 1's page, nor take counter 1's photo row over."""
    from psycopg.types.json import Jsonb
    from sqlalchemy import text

    from db.ids import new_id

    one, two = counters
    make_dossiers(one.ctx, 1, pages=1)
    assert SyncClient(one.ctx, one.login.url).run_once(pull=False).refused == 0
    with one.ctx.engine.connect() as c:
        page_id, sha = c.execute(text("SELECT id, sha256 FROM pages")).one()
    payload = {"page_id": page_id, "sha256": sha, "byte_size": 1, "mime": "image/jpeg",
               "corners": [[0, 0], [1, 0], [1, 1], [0, 1]], "manual": False, "warnings": [],
               "created_at": "2026-12-05T09:00:00", "ws_seq": 1}
    ops = [{"op_id": new_id(), "seq": 1, "entity": "page_photos", "entity_id": page_id,
            "payload": {**payload, "id": page_id}}]
    with psycopg.connect(two.login.url) as conn:
        rows = conn.execute("SELECT * FROM sync_push(%s, %s)", (two.ws, Jsonb(ops))).fetchall()
        conn.commit()
    assert [(r[1], r[2]) for r in rows] == [("refused", "parent_not_yours/page_id")]
    assert scalar(central_url, "SELECT count(*) FROM page_photos") == 0
