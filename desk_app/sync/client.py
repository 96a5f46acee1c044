"""Push the outbox to the central database, exactly once.

One round: register (or confirm) this workstation, then batch after batch of pending outbox entries
in sequence order: the images the batch refers to are sent first (checked by hash centrally),
then the operations in one call of sync_push() and one transaction; the centre keeps each operation
by its id, so any repetition (retry, lost reply to COMMIT, a second process) is a no-op there, and
the local outbox is marked afterwards. Then the reference snapshots are pulled (pull.py).
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Text, func, select, type_coerce, update
from sqlalchemy.exc import SQLAlchemyError

from db.central.blobs import PgBlobStore
from db.central.schema import libpq_url
from db.models import OutboxEntry, table_of, utcnow
from desk_app.context import AppContext
from desk_app.errors import DeskError, StoreError
from desk_app.sync import status as sync_status
from desk_app.sync.image_lines import PARALLEL_MIN, SecondLine, halves
from desk_app.sync.photo_queue import queue_unsent_photos
from desk_app.sync.round_lock import round_lock
from desk_app.tasks import Writer, write_here

logger = logging.getLogger(__name__)

IMAGE_ENTITIES = ("pages", "generated_documents", "page_photos")
# Operations per call of sync_push (one transaction): the centre's checks are set-based, so a
# larger batch costs little more than a small one, and each batch costs a round trip and a local
# commit (docs/sync-speed.md).
BATCH_OPS = 2000
BATCH_BYTES = 16 * 1024 * 1024
MAX_UNIT = 5000  # a single dossier with more operations than this is split anyway
UNIT_LOOKAHEAD = 400  # rows read past a full batch to find the end of the current dossier
# What a confirmed operation's payload becomes (JSON null): see SyncClient._record.
DROPPED_PAYLOAD = "'null'"


class CentralUnavailable(DeskError):
    """The central database cannot be reached now (transient: retried with backoff)."""

    code = "central_unreachable"


class CentralRefused(DeskError):
    """The centre refuses this workstation as a whole (wrong role, slot taken): needs a person."""

    code = "central_refused"


@dataclass
class Op:
    seq: int
    op_id: str
    entity: str
    entity_id: str
    payload: dict[str, Any]
    raw: str = ""  # the payload's JSON text as stored; sent as is (no decode/encode round)

    def unit(self) -> str | None:
        """The dossier this operation belongs to: a batch never ends inside one dossier's run of
        operations, so a dossier arrives together with its components, pages and log entries."""
        if self.entity == "dossiers":
            return self.entity_id
        value = self.payload.get("dossier_id")
        return str(value) if value else None

    def payload_text(self) -> str:
        return self.raw or json.dumps(self.payload, ensure_ascii=False)

    def payload_sha256(self) -> str:
        return hashlib.sha256(self.payload_text().encode("utf-8")).hexdigest()

    def wire(self) -> str:
        payload = self.payload_text()
        return (f'{{"op_id":{_json_str(self.op_id)},"seq":{int(self.seq)},'
                f'"entity":{_json_str(self.entity)},"entity_id":{_json_str(self.entity_id)},'
                f'"payload":{payload}}}')


_PLAIN = re.compile(r"[0-9A-Za-z_.:-]*")


def _json_str(value: str) -> str:
    """A JSON string; ids and table names need no escaping, so they skip the encoder."""
    return f'"{value}"' if _PLAIN.fullmatch(value) else json.dumps(value)


@dataclass
class PushReport:
    applied: int = 0
    duplicates: int = 0
    refused: int = 0
    batches: int = 0
    images: int = 0
    image_bytes: int = 0
    pulled: list[str] = field(default_factory=list)
    pending_left: int = 0
    image_seconds: float = 0.0  # time spent sending images (lookup + upload)
    op_seconds: float = 0.0  # time spent in sync_push and marking the outbox


def connect(url: str, timeout: float = 5.0) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(
            libpq_url(url), connect_timeout=max(1, int(timeout)), application_name="desk-app sync",
            # A centre that accepts but never answers must not hang a round forever.
            options="-c statement_timeout=120000",
            keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3,
        )
    except psycopg.OperationalError as exc:
        raise CentralUnavailable(detail=_short(exc)) from exc
    except psycopg.ProgrammingError as exc:  # not a connection string at all
        raise DeskError("invalid_central_url", _short(exc)) from exc


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


def make_batches(ops: list[Op], max_ops: int = BATCH_OPS,
                 max_bytes: int = BATCH_BYTES) -> list[list[Op]]:
    """Cuts `ops` (in sequence order) into batches at dossier boundaries only."""
    batches: list[list[Op]] = []
    current: list[Op] = []
    size = 0
    for op in ops:
        full = len(current) >= max_ops or size >= max_bytes
        same_unit = bool(current) and op.unit() is not None and op.unit() == current[-1].unit()
        if current and full and (not same_unit or len(current) >= MAX_UNIT):
            batches.append(current)
            current, size = [], 0
        current.append(op)
        if op.entity in IMAGE_ENTITIES:
            size += int(op.payload.get("byte_size") or 0)
    if current:
        batches.append(current)
    return batches


class SyncClient:
    """Pushes this store's outbox to one central database. Safe to run in several processes at
    once against the same store: the centre serialises pushes per workstation and deduplicates."""

    def __init__(self, ctx: AppContext, url: str, batch_ops: int = BATCH_OPS,
                 batch_bytes: int = BATCH_BYTES,
                 on_batch: Callable[[PushReport], None] | None = None,
                 write: Writer = write_here) -> None:
        self.ctx = ctx
        self.write = write  # every local write of a round goes through it (desk_app.tasks)
        self.url = url
        self.batch_ops = batch_ops
        self.batch_bytes = batch_bytes
        self.on_batch = on_batch
        # Whether the centre answers a wrong image hash (c008) rather than raising: set at
        # registration, each round.
        self.centre_checks_images = True
        # Whether the centre's table checks each image's hash and lets this counter insert it
        # directly (c011), which costs the centre less than a function call per image.
        self.centre_takes_images = False
        self.centre_takes_halves = False  # central c013: each image straight into its half
        self._second: SecondLine | None = None  # the round's second connection, for images
        self._photos_queued = False

    # --- one round -------------------------------------------------------------------------

    def run_once(self, pull: bool = True) -> PushReport:
        """Push everything pending, then pull snapshots. Raises CentralUnavailable on a
        transient failure (nothing is lost: what was not confirmed stays pending)."""
        with round_lock(self.ctx.home):
            return self._run_once(pull)

    def _run_once(self, pull: bool) -> PushReport:
        self.write(lambda: sync_status.note_attempt(self.ctx))
        if not self._photos_queued:  # photos of a store older than their sync, once
            self.write(lambda: queue_unsent_photos(self.ctx))
            self._photos_queued = True
        report = PushReport()
        self._second = SecondLine(lambda: connect(self.url))
        try:
            with connect(self.url) as conn:
                self.register(conn)
                self.push_all(conn, report)
                if pull:
                    from desk_app.sync.pull import pull_snapshots

                    report.pulled = pull_snapshots(conn, self.ctx, self.write)
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            self._note_failure(_short(exc))
            raise CentralUnavailable(detail=_short(exc)) from exc
        except CentralUnavailable as exc:
            self._note_failure(exc.detail)
            raise
        except CentralRefused as exc:
            self._note_failure(exc.detail, online=True)
            raise
        except psycopg.Error as exc:  # any other server-side trouble: retried like an outage
            self._note_failure(_short(exc))
            raise CentralUnavailable(detail=_short(exc)) from exc
        except SQLAlchemyError as exc:  # the local store (locked, full): nothing was lost
            logger.warning("local store error during sync: %s", type(exc).__name__)
            self._note_failure(_short(exc), online=True)
            raise StoreError(detail=type(exc).__name__) from exc
        finally:
            self._second.close()
            self._second = None
        report.pending_left = sync_status.pending_count(self.ctx)
        self.write(lambda: sync_status.note_success(self.ctx))
        return report

    def _note_failure(self, error: str, online: bool = False) -> None:
        self.write(lambda: sync_status.note_failure(self.ctx, error, online))

    def register(self, conn: psycopg.Connection[Any]) -> None:
        ws = self.ctx.workstation
        try:
            row = conn.execute(
                "SELECT sync_register(%s, %s, %s, %s), "
                "to_regprocedure('sync_put_image_checked(text,bytea)') IS NOT NULL, "
                "has_column_privilege('page_images', 'data', 'INSERT') AND EXISTS ("
                "SELECT 1 FROM pg_constraint WHERE conrelid = 'page_images'::regclass "
                "AND conname = 'page_images_bytes_match'), "
                "COALESCE(has_column_privilege(to_regclass('page_images_0'), 'data', 'INSERT') "
                "AND has_column_privilege(to_regclass('page_images_1'), 'data', 'INSERT'), false)",
                (ws.id, ws.name, ws.agency_code, ws.slot)).fetchone()
            conn.commit()
            self.centre_checks_images = bool(row and row[1])
            self.centre_takes_images = bool(row and row[2])
            self.centre_takes_halves = bool(row and row[3])
        except (psycopg.ProgrammingError, psycopg.IntegrityError, psycopg.DataError) as exc:
            conn.rollback()
            raise CentralRefused(detail=_short(exc)) from exc

    # --- push ------------------------------------------------------------------------------

    def next_batch(self) -> list[Op]:
        """The next batch: its boundary is found on light rows (dossier id and image size read
        in SQLite), then only the chosen operations' payloads are loaded."""
        t = table_of(OutboxEntry)
        with self.ctx.engine.connect() as c:
            rows = c.execute(
                select(t.c.seq, t.c.op_id, t.c.entity, t.c.entity_id,
                       func.json_extract(t.c.payload, "$.dossier_id"),
                       func.json_extract(t.c.payload, "$.byte_size"))
                .where(t.c.state == "pending").order_by(t.c.seq)
                .limit(self.batch_ops + UNIT_LOOKAHEAD)
            ).all()
        light = [Op(int(r[0]), r[1], r[2], r[3], {"dossier_id": r[4], "byte_size": r[5]})
                 for r in rows]
        if not light:
            return []
        chosen = make_batches(light, self.batch_ops, self.batch_bytes)[0]
        wanted = {op.seq for op in chosen}
        ops = self._load(select(t.c.seq).where(t.c.state == "pending", t.c.seq >= chosen[0].seq,
                                               t.c.seq <= chosen[-1].seq).scalar_subquery(),
                         len(chosen))
        return [op for op in ops if op.seq in wanted]

    def _load(self, seqs: Any, limit: int) -> list[Op]:
        t = table_of(OutboxEntry)
        with self.ctx.engine.connect() as c:
            rows = c.execute(
                select(t.c.seq, t.c.op_id, t.c.entity, t.c.entity_id,
                       type_coerce(t.c.payload, Text))
                .where(t.c.seq.in_(seqs), t.c.state == "pending").order_by(t.c.seq)
            ).all()
        # Only image operations need a field of their payload here (the hash); the others
        # travel as the JSON text they were stored as.
        return [Op(int(r[0]), r[1], r[2], r[3],
                   (json.loads(r[4]) or {}) if r[2] in IMAGE_ENTITIES else {}, r[4])
                for r in rows][:limit]

    def push_all(self, conn: psycopg.Connection[Any], report: PushReport) -> None:
        last_first: int | None = None
        while True:
            batch = self.next_batch()
            if not batch:
                return
            if batch[0].seq == last_first:  # no progress: never spin on the same batch
                raise CentralUnavailable(detail=f"no progress at sequence {batch[0].seq}")
            last_first = batch[0].seq
            self.push_batch(conn, batch, report)
            report.batches += 1
            if self.on_batch:
                self.on_batch(report)

    def push_batch(self, conn: psycopg.Connection[Any], batch: list[Op],
                   report: PushReport) -> None:
        outcomes: list[tuple[str, str, str | None]] = []
        t0 = time.perf_counter()
        lost = self._send_images(conn, batch, report)
        t1 = time.perf_counter()
        report.image_seconds += t1 - t0
        to_send = []
        for op in batch:
            sha = op.payload.get("sha256") if op.entity in IMAGE_ENTITIES else None
            if sha in lost:
                outcomes.append((op.op_id, "refused", "image_missing_locally"))
            else:
                to_send.append(op)
        outcomes += self._send_ops(conn, to_send)
        self._record(outcomes, report, {op.op_id: op.payload_sha256() for op in batch})
        report.op_seconds += time.perf_counter() - t1

    def _send_images(self, conn: psycopg.Connection[Any], batch: list[Op],
                     report: PushReport) -> set[str]:
        """Uploads the images the batch refers to that the centre lacks; returns the hashes
        whose bytes are missing or corrupt here (their operations are refused)."""
        shas = {str(op.payload["sha256"]) for op in batch
                if op.entity in IMAGE_ENTITIES and op.payload.get("sha256")}
        if not shas:
            return set()
        store = PgBlobStore(conn, direct=self.centre_takes_images,
                            halves=self.centre_takes_halves)
        if self.centre_checks_images and self._second is not None and len(shas) >= PARALLEL_MIN:
            self._second.open_soon()  # opens while the centre looks up what it lacks
        missing = store.missing(shas)
        if not missing:
            return set()
        lost: set[str] = set()

        # Read as they are sent (psycopg's pipeline sends each while the centre stores the
        # last); reading ahead in a thread was measured no faster on a loaded 2-core machine.
        def read(shas: list[str]) -> Iterator[tuple[str, bytes]]:
            for sha in shas:
                try:
                    yield sha, self.ctx.pages.get(sha)
                except OSError:
                    lost.add(sha)

        if self.centre_checks_images:
            # The centre checks each image's hash and answers a damaged one (missing or corrupt
            # here: its operations are refused); hashing it here as well would only cost time.
            order = sorted(missing)
            if self._second is not None and len(order) >= PARALLEL_MIN:
                half_a, half_b = halves(order)
                sent, damaged = self._second.put_both(store, half_a, half_b, read)
            else:
                sent, damaged = store.put_from(order, read)
            lost |= damaged
        else:  # an older centre raises on a wrong hash: damaged files are kept back here
            good = []
            for sha, data in read(sorted(missing)):
                if hashlib.sha256(data).hexdigest() == sha:
                    good.append((sha, data))
                else:
                    lost.add(sha)
            sent = store.put_hashed(good)
        report.image_bytes += sent
        report.images += len(missing) - len(lost)
        conn.commit()
        if lost:
            logger.warning("%d page images missing or corrupt in the local store", len(lost))
        return lost

    def _send_ops(self, conn: psycopg.Connection[Any],
                  ops: list[Op]) -> list[tuple[str, str, str | None]]:
        if not ops:
            return []
        ws = self.ctx.workstation.id
        try:
            rows = conn.execute("SELECT op_id, status, reason FROM sync_push(%s, %s::jsonb)",
                                (ws, "[" + ",".join(op.wire() for op in ops) + "]")).fetchall()
            conn.commit()
        except (psycopg.IntegrityError, psycopg.DataError) as exc:
            # One operation the centre cannot take: split the batch (order kept) to find it, so
            # only that one goes to the "needs attention" list.
            conn.rollback()
            if len(ops) == 1:
                logger.warning("operation %s refused: %s", ops[0].op_id, _short(exc))
                return [(ops[0].op_id, "refused", _short(exc))]
            mid = len(ops) // 2
            return self._send_ops(conn, ops[:mid]) + self._send_ops(conn, ops[mid:])
        except psycopg.ProgrammingError as exc:
            conn.rollback()
            raise CentralRefused(detail=_short(exc)) from exc
        return [(r[0], r[1], r[2]) for r in rows]

    def _record(self, outcomes: Iterable[tuple[str, str, str | None]],
                report: PushReport, hashes: dict[str, str] | None = None) -> None:
        # SQLAlchemy's text form of a DateTime in SQLite, so the column reads back the same.
        now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
        hashes = hashes or {}
        sent: list[tuple[str, str | None, str]] = []
        refused: list[tuple[str, str]] = []
        for op_id, status, reason in outcomes:
            if status in ("applied", "duplicate"):
                sent.append((now, hashes.get(op_id), op_id))
                if status == "applied":
                    report.applied += 1
                else:
                    report.duplicates += 1
            else:
                refused.append((f"{status}: {reason or ''}".strip(), op_id))
                report.refused += 1

        def mark() -> None:
            # Plain driver statements: a batch marks hundreds of rows, and building each row's
            # parameters through the ORM's compiler cost more than the update itself.
            # synchronous=NORMAL for this commit only: a mark lost to a power cut leaves the
            # operations pending with their payloads, and the centre answers their resend as
            # duplicates (it keeps each operation by id), so the mark need not wait for the
            # disk; the next FULL commit flushes it anyway (one write-ahead log).
            with self.ctx.engine.connect() as conn:
                # (the driver opens its transaction at the first UPDATE, after this PRAGMA)
                conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                try:
                    _mark_rows(conn, sent, refused)
                    conn.commit()
                finally:
                    conn.rollback()
                    conn.exec_driver_sql("PRAGMA synchronous=FULL")
                    conn.commit()

        self.write(mark)


def _mark_rows(c: Any, sent: list[tuple[str, str | None, str]],
               refused: list[tuple[str, str]]) -> None:
    if sent:
        # The centre keeps the confirmed operation: here only its id, sequence and
        # the hash of its payload stay (a retry is still answered as a duplicate
        # there), so the store does not grow with its history.
        c.exec_driver_sql(
            "UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, "
            f"payload = {DROPPED_PAYLOAD}, "
            "payload_sha256 = coalesce(?, payload_sha256) "
            "WHERE op_id = ? AND state = 'pending'", sent)
    if refused:
        c.exec_driver_sql(
            "UPDATE outbox SET state = 'refused', last_error = ?, "
            "attempts = attempts + 1 WHERE op_id = ? AND state = 'pending'", refused)


def requeue(ctx: AppContext, seqs: Iterable[int]) -> int:
    """Puts refused entries back in the queue (after a person fixed the cause)."""
    t = table_of(OutboxEntry)
    with ctx.engine.begin() as c:
        res = c.execute(update(t).where(t.c.seq.in_(list(seqs)), t.c.state == "refused")
                        .values(state="pending", last_error=""))
    return int(res.rowcount or 0)


class SyncRunner:
    """Runs rounds forever: every `interval` seconds when all is well, with backoff and jitter
    after a transient failure. `stop` ends the loop between rounds."""

    def __init__(self, client: SyncClient, interval: float = 30.0,
                 backoff: Any = None) -> None:
        from desk_app.sync.backoff import Backoff

        self.client = client
        self.interval = interval
        self.backoff = backoff or Backoff()

    def run(self, stop: Any, sleep: Callable[[float], Any] | None = None) -> None:
        wait = sleep or (lambda s: stop.wait(s))
        while not stop.is_set():
            try:
                self.client.run_once()
                self.backoff.reset()
                delay = self.interval
            except CentralUnavailable as exc:
                delay = self.backoff.next_delay()
                logger.info("central unreachable (%s); next attempt in %.1f s", exc.detail, delay)
            except CentralRefused as exc:
                delay = max(self.interval, self.backoff.next_delay())
                logger.warning("central refused this workstation: %s", exc.detail)
            wait(delay)

