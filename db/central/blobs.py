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
    """Blobs in PostgreSQL, written through sync_put_image_checked(), which checks every hash on
    the centre. Both writers use executemany, which psycopg 3 runs in pipeline mode: the images
    stream out while the centre stores the previous ones, one round trip per batch."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def missing(self, shas: Iterable[str]) -> set[str]:
        wanted = sorted(set(shas))
        if not wanted:
            return set()
        rows = self.conn.execute("SELECT * FROM sync_missing_images(%s)", (wanted,)).fetchall()
        return {r[0] for r in rows}

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> int:
        """Stores every item; raises BlobHashMismatch (nothing of a wrong one stored)."""
        sizes: dict[str, int] = {}
        stored, wrong = self.put_checked(items, sizes)
        if wrong:
            raise BlobHashMismatch(min(wrong))
        return stored

    def put_checked(self, items: Iterable[tuple[str, bytes]],
                    sizes: dict[str, int] | None = None) -> tuple[int, set[str]]:
        """Sends `items` (read lazily: the next file is read while the centre stores the last
        one) and returns (bytes sent, hashes whose bytes did not match their name). The centre
        hashes every image; the sender need not."""
        sizes = {} if sizes is None else sizes

        def sized() -> Iterable[tuple[str, bytes]]:
            for sha, data in items:
                sizes[sha] = len(data)
                yield sha, data

        wrong: set[str] = set()
        with self.conn.cursor() as cur:
            # %b: the bytes travel as they are, not hex-escaped into text.
            cur.executemany("SELECT %b, sync_put_image_checked(%b, %b)",
                            ((sha, sha, data) for sha, data in sized()), returning=True)
            while True:
                row = cur.fetchone()
                if row is not None and row[1] == "mismatch":
                    wrong.add(str(row[0]))
                if not cur.nextset():
                    break
        return sum(n for sha, n in sizes.items() if sha not in wrong), wrong

    def put_hashed(self, items: Iterable[tuple[str, bytes]]) -> int:
        """For a centre older than sync_put_image_checked (migration c008): the sender has
        checked each hash; the centre checks again and raises on a mismatch."""
        batch = list(items)
        if batch:
            with self.conn.cursor() as cur:
                cur.executemany("SELECT sync_put_image(%s, %b)", batch)
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

