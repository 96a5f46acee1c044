"""Content-addressed blob storage for page images on the central side. The database keeps one row
per sha256 in `page_images` (so `pages.sha256` can reference it); the bytes are in that row here,
and can later live in an S3-compatible store (the row then holds `location`) behind the same
interface."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from typing import Protocol

import psycopg
import psycopg.errors

logger = logging.getLogger(__name__)


class BlobHashMismatch(ValueError):
    """The bytes do not hash to the name they were sent under."""


class BlobStore(Protocol):
    def missing(self, shas: Iterable[str]) -> set[str]: ...

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> int: ...

    def get(self, sha: str) -> bytes: ...


Reader = Callable[[list[str]], Iterable[tuple[str, bytes]]]

# The centre's `page_images` is split in two halves by hash (central migration c010): the first hex
# digit where the second half starts, and the halves' tables. Since c013 a counter inserts into
# each half directly, which spares the centre routing every row through the parent.
HALF = "8"
HALF_TABLES = ("page_images_0", "page_images_1")


def half_of(sha: str) -> int:
    return 0 if sha < HALF else 1


class PgBlobStore:
    """Blobs in PostgreSQL, every hash checked on the centre. Since central migration c011 the
    table checks it (`page_images_bytes_match`) and a counter inserts rows directly (`direct`);
    before, and to learn which of a batch's files are damaged, through sync_put_image_checked().
    Every writer uses executemany, which psycopg 3 runs in pipeline mode: the images stream out
    while the centre stores the previous ones, one round trip per batch."""

    def __init__(self, conn: psycopg.Connection, direct: bool = False,
                 halves: bool = False) -> None:
        self.conn = conn
        self.direct = direct
        self.halves = direct and halves

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

    def put_from(self, shas: list[str], read: Reader) -> tuple[int, set[str]]:
        """Stores the images `shas`, their bytes read by `read(shas)` as they are sent; returns
        (bytes sent, hashes whose bytes did not match their name). Uncommitted on return.

        Direct inserts first, where the centre allows them: the table checks each hash, and a
        wrong one aborts the transaction. Then (a damaged file here: rare) the whole list again
        through the function, which answers each wrong hash, so that only the damaged files'
        operations are refused."""
        if self.direct:
            try:
                if not self.halves:
                    return self.put_direct(read(shas)), set()
                sent = 0
                for half, table in enumerate(HALF_TABLES):
                    mine = [sha for sha in shas if half_of(sha) == half]
                    if mine:
                        sent += self.put_direct(read(mine), table)
                return sent, set()
            except psycopg.errors.CheckViolation:
                self.conn.rollback()
                logger.info("an image did not match its hash: the batch goes again, checked one "
                            "by one")
        return self.put_checked(read(shas))

    def put_direct(self, items: Iterable[tuple[str, bytes]], table: str = "page_images") -> int:
        """INSERTs `items` (read lazily) into `table` (the parent or one of HALF_TABLES); an image
        already stored is left as it is. Raises psycopg.errors.CheckViolation when a hash is wrong
        or, in a half, belongs to the other half (the transaction is then aborted)."""
        sent = 0

        def rows() -> Iterable[tuple[str, int, bytes]]:
            nonlocal sent
            for sha, data in items:
                sent += len(data)
                yield sha, len(data), data

        with self.conn.cursor() as cur:
            # No conflict target: a counter may insert but not read the table, and naming the
            # key would need the right to read it. The key is the only unique index.
            cur.executemany(f"INSERT INTO {table} (sha256, byte_size, data) "
                            "VALUES (%b, %b, %b) ON CONFLICT DO NOTHING", rows())
        return sent

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

