"""The blob store contract, on the PostgreSQL store."""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from db.central.blobs import BlobHashMismatch, PgBlobStore


@pytest.fixture
def store(central_url: str) -> Iterator[Any]:
    with psycopg.connect(central_url) as conn:
        conn.execute("SELECT sync_register('ws-blob', '', 'H31', 9)")
        yield PgBlobStore(conn)


def test_blob_store_contract(store: Any) -> None:
    a, b = b"page one" * 100, b"page two" * 100
    sa, sb = hashlib.sha256(a).hexdigest(), hashlib.sha256(b).hexdigest()
    assert store.missing([sa, sb]) == {sa, sb}
    assert store.put_many([(sa, a)]) == len(a)
    assert store.missing([sa, sb]) == {sb}
    store.put_many([(sa, a), (sb, b)])  # a second send of the same image is harmless
    assert store.get(sa) == a and store.get(sb) == b
    with pytest.raises(BlobHashMismatch):
        store.put_many([(sa, b)])
    assert store.get(sa) == a


def test_the_centre_answers_a_wrong_hash_in_a_pipelined_batch(store: Any) -> None:
    """The counter does not hash before sending: the centre does, names the damaged image and
    stores the others of the same batch."""
    good, damaged = b"page three" * 100, b"page four" * 100
    s_good, s_damaged = hashlib.sha256(good).hexdigest(), hashlib.sha256(damaged).hexdigest()
    sent, wrong = store.put_checked([(s_damaged, damaged[:-1]), (s_good, good)])
    assert wrong == {s_damaged} and sent == len(good)
    assert store.missing([s_good, s_damaged]) == {s_damaged}
    assert store.get(s_good) == good
