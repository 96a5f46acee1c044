"""Page images to the centre over two connections at once.

The centre hashes every image it receives (it trusts no counter's hash) and stores it with one
function call per image; that work is CPU on the centre, one backend per connection. A batch with
many images is therefore split in two halves sent side by side: the first over the round's own
connection, the second over a second connection opened in the background when the round first
needs it and kept until the round ends. The halves are those of the centre's `page_images`
(split by hash, c010), so the two backends write separate relations. If the second connection cannot be opened the images go
over the first one alone, as before. Images are stored by their hash, so a half sent twice (a
retry after a cut) is answered `present`; the batch's operations are pushed only after both halves
are committed, because a page's row refers to its image.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import psycopg

from db.central.blobs import HALF, PgBlobStore, Reader

logger = logging.getLogger(__name__)

# Fewer images than this go over the one connection: opening a second one (TLS and SCRAM) costs
# about what sending a dozen images does.
PARALLEL_MIN = 24


def halves(shas: list[str]) -> tuple[list[str], list[str]]:
    """`shas` (sorted) cut where the centre's table is: the images of each half of `page_images`
    (db/central/blobs.py HALF), so each connection writes into its own half and the two backends
    do not wait on each other extending one relation (any other split is stored the same, more
    slowly).
    When one side would get less than a third of them (a small or unlucky batch), alternate
    instead: an even share counts more then."""
    cut = next((i for i, sha in enumerate(shas) if sha >= HALF), len(shas))
    if min(cut, len(shas) - cut) * 3 < len(shas):
        return shas[0::2], shas[1::2]
    return shas[:cut], shas[cut:]


class SecondLine:
    """The round's second connection for images: opened once, in the background, on demand."""

    def __init__(self, open_connection: Callable[[], psycopg.Connection[Any]]) -> None:
        self._open = open_connection
        self._pool: ThreadPoolExecutor | None = None
        self._conn: Future[psycopg.Connection[Any]] | None = None

    def open_soon(self) -> None:
        """Starts opening the connection while the caller goes on (the lookup of missing
        images runs meanwhile)."""
        if self._conn is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-images")
            self._conn = self._pool.submit(self._open)

    def connection(self) -> psycopg.Connection[Any] | None:
        if self._conn is None:
            return None
        try:
            return self._conn.result()
        except Exception as exc:  # noqa: BLE001 - any failure: the first connection carries on
            logger.info("second image connection not available: %s", type(exc).__name__)
            return None

    def put_both(self, first: PgBlobStore, half_a: list[str], half_b: list[str],
                 read: Reader) -> tuple[int, set[str]]:
        """Sends the images `half_a` over the first connection and `half_b` over the second at
        the same time, their bytes read by `read`; the second half is committed on return, the
        first is left to the caller's transaction. Returns (bytes stored, hashes that did not
        match)."""
        second = self.connection()
        if second is None or self._pool is None:
            return first.put_from(half_a + half_b, read)

        def other() -> tuple[int, set[str]]:
            try:
                store = PgBlobStore(second, direct=first.direct, halves=first.halves)
                done = store.put_from(half_b, read)
                second.commit()
                return done
            except BaseException:
                _rollback_quietly(second)
                raise

        pending = self._pool.submit(other)
        try:
            sent_a, wrong_a = first.put_from(half_a, read)
        finally:
            # Waits for the other half even when this one failed, so that no thread is left
            # writing while the caller handles the error.
            sent_b, wrong_b = pending.result()
        return sent_a + sent_b, wrong_a | wrong_b

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)  # a connection still opening is waited for
        if self._conn is not None and self._conn.exception() is None:
            self._conn.result().close()
        self._conn, self._pool = None, None


def _rollback_quietly(conn: psycopg.Connection[Any]) -> None:
    try:
        conn.rollback()
    except psycopg.Error:
        pass
