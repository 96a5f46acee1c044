"""Issue 14, "It must show" 5 (local half): a backup taken while `demo-data --dossiers 100` is
writing restores to a store that opens, passes `log verify` and has every page its rows name; a
damaged backup is refused; `maintenance` removes an orphaned blob and a `.tmp-*` file and keeps
every referenced page."""
from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from typing import Any

import pytest

from desk_app.backup import make_backup, restore_backup
from desk_app.errors import InputRefused
from desk_app.maintenance import run_maintenance
from tests.admin.helpers import ROOT, cli


def _dossiers(home: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{home / 'store.sqlite3'}?mode=ro", uri=True, timeout=10)
        try:
            return int(conn.execute("SELECT count(*) FROM dossiers").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_backup_while_demo_data_writes_restores_whole(tmp_path: Path) -> None:
    live = tmp_path / "live"
    env = {**os.environ, "DESK_APP_HOME": str(live), "PYTHONPATH": str(ROOT)}
    env.pop("DESK_APP_CENTRAL_URL", None)
    writer = subprocess.Popen([sys.executable, "-m", "desk_app", "demo-data", "--dossiers", "100"],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while _dossiers(live) < 10 and time.monotonic() < deadline and writer.poll() is None:
            time.sleep(0.2)
        assert writer.poll() is None, "demo-data ended before the backup could start"
        out = cli(live, "backup", "-o", str(tmp_path / "b1.tar"))
        assert out.returncode == 0, out.stderr
        taken_at = _dossiers(live)
    finally:
        _, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    assert _dossiers(live) == 100

    restored = tmp_path / "restored"
    out = cli(restored, "restore", str(tmp_path / "b1.tar"))
    assert out.returncode == 0, out.stderr
    verify = cli(restored, "log", "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    conn = sqlite3.connect(restored / "store.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
        hashes = [r[0] for r in conn.execute(
            "SELECT sha256 FROM pages UNION SELECT sha256 FROM generated_documents")]
        orphans = conn.execute("SELECT count(*) FROM pages p LEFT JOIN dossiers d "
                               "ON d.id = p.dossier_id WHERE d.id IS NULL").fetchone()[0]
    finally:
        conn.close()
    # The copy is the state of one moment in the middle of the run (demo-data went on after it).
    assert 10 <= count < 100 and count <= taken_at
    assert orphans == 0
    assert hashes
    for sha in hashes:  # every page and document its rows name, intact
        data = (restored / "pages" / sha[:2] / sha).read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha
    listed = cli(restored, "dossiers", "list", "--json")
    assert listed.returncode == 0 and listed.stdout.count('"code"') == count


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    fh = tar.extractfile(member)
    assert fh is not None
    return fh.read()


def test_damaged_backups_are_refused_and_nothing_moves(ctx: Any, home: Path, tmp_path: Path) -> None:
    backup = make_backup(home, tmp_path / "b.tar").path
    with pytest.raises(InputRefused) as caught:
        make_backup(home, backup)
    assert caught.value.code == "backup_target_exists"
    # One byte of the database changed inside the archive.
    with tarfile.open(backup) as tar:
        members = {m.name: _read(tar, m) for m in tar if m.isfile()}
    bad = tmp_path / "bad.tar"
    with tarfile.open(bad, "w") as tar:
        for name, data in members.items():
            if name == "store.sqlite3":
                data = data[:200] + bytes([data[200] ^ 1]) + data[201:]
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    target = tmp_path / "target"
    with pytest.raises(InputRefused) as caught:
        restore_backup(bad, target)
    assert caught.value.code == "backup_invalid" and "sai mã băm" in caught.value.detail
    assert not (target / "store.sqlite3").exists()
    out = cli(target, "restore", str(tmp_path / "nothing.tar"))
    assert out.returncode == 2 and "Không tìm thấy tệp" in out.stderr
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not a tar at all" * 100)
    out = cli(target, "restore", str(junk))
    assert out.returncode == 2 and "sao lưu hỏng" in out.stderr
    # Restoring over a store needs --replace, and keeps the old one aside.
    out = cli(home, "restore", str(backup))
    assert out.returncode == 2 and "--replace" in out.stderr


def test_maintenance_removes_orphan_and_temp_and_keeps_referenced(home: Path,
                                                                  tmp_path: Path) -> None:
    assert cli(home, "demo-data", "--dossiers", "3").returncode == 0
    from desk_app.context import open_context

    ctx = open_context(home)
    try:
        with ctx.sessions() as s:
            from sqlalchemy import select

            from db.models import Page

            referenced = list(s.scalars(select(Page.sha256)))
        old = time.time() - 72 * 3600
        for sha in referenced:  # referenced pages older than the grace period: kept anyway
            os.utime(ctx.pages.path(sha), (old, old))
        orphan = ctx.pages.put(b"an abandoned scan " * 100)
        young_orphan = ctx.pages.put(b"a scan being received right now")
        temp = ctx.pages.root / orphan[:2] / ".tmp-killed123"
        temp.write_bytes(b"half a page")
        young_temp = ctx.pages.root / orphan[:2] / ".tmp-writing456"
        young_temp.write_bytes(b"a write in progress")
        for path in (ctx.pages.path(orphan), temp):
            os.utime(path, (old, old))
    finally:
        ctx.close()

    out = cli(home, "maintenance")
    assert out.returncode == 0, out.stderr
    assert orphan in out.stdout and ".tmp-killed123" in out.stdout
    assert "Đã xoá 1 ảnh" in out.stdout and "1 tệp tạm" in out.stdout
    assert "Dung lượng kho:" in out.stdout
    ctx = open_context(home)
    try:
        assert not ctx.pages.exists(orphan) and not temp.exists()
        assert ctx.pages.exists(young_orphan) and young_temp.exists()
        for sha in referenced:
            assert ctx.pages.verify(sha)
        report = run_maintenance(ctx)
        assert report.removed_blobs == [] and report.kept_young == 2
        # no file went; the database may only have given back free pages (store_compaction)
        assert report.size_after <= report.size_before
        assert any("Cơ sở dữ liệu" in note for note in report.notes)
        for sha in referenced:
            assert ctx.pages.verify(sha)
    finally:
        ctx.close()


def test_a_blob_reused_during_maintenance_is_kept(ctx: Any) -> None:
    sha = ctx.pages.put(b"an old page scanned again")
    old = time.time() - 72 * 3600
    os.utime(ctx.pages.path(sha), (old, old))
    assert ctx.pages.put(b"an old page scanned again") == sha  # a new dossier reuses it
    assert run_maintenance(ctx).removed_blobs == []
    assert ctx.pages.exists(sha)
