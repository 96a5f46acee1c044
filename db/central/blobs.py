"""Content-addressed blob storage for page images on the central side. The database keeps one row
per sha256 in `page_images` (so `pages.sha256` can reference it); the bytes are in that row here,
and can later live in an S3-compatible store (the row then holds `location`) behind the same
interface."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from typing import Protocol

import psycopg

logger = logging.getLogger(__name__)


class BlobHashMismatch(ValueError):
    """The bytes do not hash to the name they were sent under."""


class BlobStore(Protocol):
    def missing(self, shas: Iterable[str]) -> set[str]: ...

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> int: ...

    def get(self, sha: str) -> bytes: ...


class PgBlobStore:
    """Blobs in PostgreSQL, written through sync_put_image() (checks the hash server-side).
    `put_many` uses executemany, which psycopg 3 runs in pipeline mode: one round trip per batch."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def missing(self, shas: Iterable[str]) -> set[str]:
        wanted = sorted(set(shas))
        if not wanted:
            return set()
        rows = self.conn.execute("SELECT * FROM sync_missing_images(%s)", (wanted,)).fetchall()
        return {r[0] for r in rows}

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> int:
        batch = []
        for sha, data in items:
            if hashlib.sha256(data).hexdigest() != sha:
                raise BlobHashMismatch(sha)
            batch.append((sha, data))
        if not batch:
            return 0
        with self.conn.cursor() as cur:
            cur.executemany("SELECT sync_put_image(%s, %s::bytea)", batch)
        return sum(len(d) for _, d in batch)

    def get(self, sha: str) -> bytes:
        row = self.conn.execute(
            "SELECT data FROM page_images WHERE sha256 = %s", (sha,)).fetchone()
        if row is None or row[0] is None:
            raise KeyError(sha)
        data = bytes(row[0])
        if hashlib.sha256(data).hexdigest() != sha:
            raise BlobHashMismatch(sha)
        return data

