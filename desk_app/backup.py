"""Backup and restore of a counter's store (docs/administration.md#backup-and-restore).

A backup is one tar file: `store.sqlite3`, copied with SQLite's online backup API (one read
transaction: a consistent state while the counter keeps writing), every page file the copied rows
name (content-addressed, so a file is never rewritten: copying after the database is safe), and
`manifest.json` last, with the sha256 of every member and what the centre needs to judge the age
of the copy (the workstation, its last sequence number and log length).

A restore checks every hash before anything moves, runs SQLite's integrity check, asks the centre
(when there is one) what it already holds from this counter and refuses an older copy: the
counter would otherwise number new changes and log entries again from an old point and fork its
chain. The store it replaces is kept aside, never deleted."""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import tarfile
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_app.errors import DeskError, InputRefused, StoreError

FORMAT = "desk-app-backup"
FORMAT_VERSION = 1
STORE = "store.sqlite3"
MANIFEST = "manifest.json"
PAGE_NAME = re.compile(r"^pages/([0-9a-f]{2})/([0-9a-f]{64})$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    pages: int
    bytes: int
    ws_seq: int
    chain_index: int


# (table, column) holding a hash of something other than a blob of the page store
NOT_BLOBS = {("outbox", "payload_sha256")}


def referenced_blobs(conn: sqlite3.Connection) -> set[str]:
    """Every hash the rows name: any column called sha256 (or ending in _sha256) of any table, so
    a table added later that keeps a blob is covered without this code knowing it. Hashes of
    things that are not blobs (the outbox's hash of a payload it dropped) are left out."""
    found: set[str] = set()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        for col in cols:
            if (table, col) in NOT_BLOBS:
                continue
            if col == "sha256" or col.endswith("_sha256"):
                for (value,) in conn.execute(f'SELECT DISTINCT "{col}" FROM "{table}"'):
                    if isinstance(value, str) and HEX64.match(value):
                        found.add(value)
    return found


def _position(conn: sqlite3.Connection, workstation_id: str) -> tuple[int, int]:
    seq = conn.execute("SELECT value FROM counters WHERE name = 'ws_seq'").fetchone()
    chain = conn.execute("SELECT max(chain_index) FROM verification_entries WHERE workstation_id = ?",
                         (workstation_id,)).fetchone()
    return int(seq[0]) if seq else 0, int(chain[0] or 0) if chain else 0


def _setting(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def make_backup(home: Path, output: Path,
                progress: Callable[[int, int, str], None] | None = None,
                cancel: threading.Event | None = None) -> BackupInfo:
    """Writes the backup of the store in `home` to `output` (a new file). `cancel` stops it
    between two files (nothing is left behind)."""
    store = home / STORE
    if not store.is_file():
        raise InputRefused("file_not_found", str(store))
    output = output.resolve()
    if output.exists():
        raise InputRefused("backup_target_exists", str(output))
    output.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".tmp-backup-", dir=output.parent))
    try:
        copy = work / STORE
        src = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=30)
        dst = sqlite3.connect(copy)
        try:
            src.execute("PRAGMA busy_timeout = 30000")
            src.backup(dst)  # all pages in one step: one read transaction, one consistent state
        finally:
            src.close()
        try:
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            ws_id = _setting(dst, "workstation_id")
            identity = {"agency_code": _setting(dst, "agency_code"),
                        "workstation_slot": _setting(dst, "workstation_slot")}
            ws_seq, chain = _position(dst, ws_id)
            blobs = sorted(referenced_blobs(dst))
        finally:
            dst.close()
        files: dict[str, str] = {STORE: _sha256_file(copy)}
        tmp_out = work / "backup.tar"
        total = 0
        with tarfile.open(tmp_out, "w", format=tarfile.PAX_FORMAT) as tar:
            tar.add(copy, arcname=STORE)
            total += copy.stat().st_size
            for n, sha in enumerate(blobs, start=1):
                if cancel is not None and cancel.is_set():
                    from desk_app.tasks import Cancelled

                    raise Cancelled()
                path = home / "pages" / sha[:2] / sha
                if not path.is_file() or _sha256_file(path) != sha:
                    raise StoreError("page_missing", sha[:12])
                tar.add(path, arcname=f"pages/{sha[:2]}/{sha}")
                files[f"pages/{sha[:2]}/{sha}"] = sha
                total += path.stat().st_size
                if progress:
                    progress(n, len(blobs), "")
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "workstation_id": ws_id, **identity,
                "ws_seq": ws_seq, "chain_index": chain, "pages": len(blobs), "files": files,
            }
            data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(dt.datetime.now().timestamp())
            tar.addfile(info, io.BytesIO(data))
        with tmp_out.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_out, output)
        return BackupInfo(output, len(blobs), total, ws_seq, chain)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- restore ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreInfo:
    home: Path
    pages: int
    ws_seq: int
    chain_index: int
    kept_aside: Path | None
    centre_checked: bool


def read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = tar.getmember(MANIFEST)
        fh = tar.extractfile(member)
        if fh is None:
            raise InputRefused("backup_invalid", "manifest")
        manifest = json.loads(fh.read().decode("utf-8"))
    except (KeyError, ValueError) as exc:
        raise InputRefused("backup_invalid", "manifest") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT \
            or not isinstance(manifest.get("files"), dict):
        raise InputRefused("backup_invalid", "manifest")
    return manifest


def _extract_checked(tar: tarfile.TarFile, manifest: dict[str, Any], into: Path) -> None:
    """Every member must be named in the manifest with its hash, and every named file present."""
    expected: dict[str, str] = dict(manifest["files"])
    seen: set[str] = set()
    for member in tar:
        name = member.name
        if name == MANIFEST:
            continue
        if name not in expected or not member.isfile() or not (name == STORE or PAGE_NAME.match(name)):
            raise InputRefused("backup_invalid", f"thành phần lạ: {name[:80]}")
        source = tar.extractfile(member)
        if source is None:
            raise InputRefused("backup_invalid", name[:80])
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with target.open("wb") as out:
            while block := source.read(CHUNK):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected[name]:
            raise InputRefused("backup_invalid", f"sai mã băm: {name[:80]}")
        seen.add(name)
    missing = set(expected) - seen
    if missing:
        raise InputRefused("backup_invalid", f"thiếu {len(missing)} tệp, ví dụ {min(missing)}")


def centre_holds(url: str, workstation_id: str) -> tuple[int, int] | None:
    import psycopg

    from db.central.admin import workstation_head
    from desk_app.sync.client import CentralUnavailable

    try:
        return workstation_head(url, workstation_id)
    except psycopg.OperationalError as exc:
        raise CentralUnavailable(detail=str(exc).strip().splitlines()[0][:200]) from exc
    except psycopg.Error as exc:
        raise DeskError("central_refused", str(exc).strip().splitlines()[0][:200]) from exc


def _checked_copy(archive: Path, work: Path, central_url: str | None) -> tuple[dict[str, Any], bool]:
    """Extracts `archive` into `work` checking every hash and the database's integrity, then asks
    the centre whether the copy is older than what it holds. Returns (manifest, centre asked)."""
    if not archive.is_file():
        raise InputRefused("file_not_found", str(archive))
    try:
        with tarfile.open(archive, "r:") as tar:
            manifest = read_manifest(tar)
            _extract_checked(tar, manifest, work)
    except tarfile.TarError as exc:
        raise InputRefused("backup_invalid", str(exc)[:120]) from exc
    conn = sqlite3.connect(work / STORE)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
    finally:
        conn.close()
    if not ok or ok[0] != "ok":
        raise InputRefused("backup_invalid", "integrity_check")
    ws_seq, chain = int(manifest.get("ws_seq", 0)), int(manifest.get("chain_index", 0))
    if not central_url:
        return manifest, False
    held = centre_holds(central_url, str(manifest.get("workstation_id", "")))
    if held is not None and (ws_seq < held[0] or chain < held[1]):
        raise InputRefused("backup_older_than_centre",
                           f"bản sao lưu: {ws_seq}/{chain}, trung tâm: {held[0]}/{held[1]}")
    return manifest, True


def _put_in_place(work: Path, home: Path) -> tuple[int, Path | None]:
    aside = _move_aside(home) if (home / STORE).exists() else None
    os.replace(work / STORE, home / STORE)
    pages = home / "pages"
    pages.mkdir(exist_ok=True)
    count = 0
    if (work / "pages").is_dir():
        for path in (work / "pages").glob("*/*"):
            target = pages / path.parent.name / path.name
            target.parent.mkdir(exist_ok=True)
            os.replace(path, target)
            count += 1
    return count, aside


def restore_backup(archive: Path, home: Path, central_url: str | None = None,
                   replace: bool = False) -> RestoreInfo:
    """Restores into `home`, which must not hold a store unless `replace` (and must not be open:
    the command line's restore, with the client closed)."""
    if (home / STORE).exists() and not replace:
        raise InputRefused("restore_target_not_empty", str(home))
    home.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".tmp-restore-", dir=home))
    try:
        manifest, checked = _checked_copy(archive, work, central_url)
        count, aside = _put_in_place(work, home)
        return RestoreInfo(home, count, int(manifest.get("ws_seq", 0)),
                           int(manifest.get("chain_index", 0)), aside, checked)
    finally:
        shutil.rmtree(work, ignore_errors=True)


PENDING = "restore-pending"
READY = "READY"


def stage_restore(archive: Path, home: Path, central_url: str | None = None) -> RestoreInfo:
    """The client's restore: the store is open, so the checked copy waits in `restore-pending/`
    and replaces the store at the next start (`apply_pending_restore`, before it is opened)."""
    pending = home / PENDING
    shutil.rmtree(pending, ignore_errors=True)
    pending.mkdir(parents=True)
    try:
        manifest, checked = _checked_copy(archive, pending, central_url)
        (pending / READY).write_text(json.dumps({"archive": str(archive)}), encoding="utf-8")
    except BaseException:
        shutil.rmtree(pending, ignore_errors=True)
        raise
    return RestoreInfo(home, int(manifest.get("pages", 0)), int(manifest.get("ws_seq", 0)),
                       int(manifest.get("chain_index", 0)), None, checked)


def apply_pending_restore(home: Path) -> Path | None:
    """Puts a staged restore in place; returns where the replaced store was kept, if any."""
    pending = home / PENDING
    if not (pending / READY).is_file():
        return None
    _count, aside = _put_in_place(pending, home)
    shutil.rmtree(pending, ignore_errors=True)
    return aside


def _move_aside(home: Path) -> Path:
    """The store being replaced goes to before-restore-<time>/ next to it, whole."""
    aside = home / f"before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}"
    aside.mkdir()
    for name in (STORE, f"{STORE}-wal", f"{STORE}-shm", "pages"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(home / name, aside / name)
    return aside
