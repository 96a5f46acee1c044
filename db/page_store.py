"""Content-addressed store for page images and generated documents: files named by their sha256,
written to a temp file in the same folder, fsynced, then renamed into place."""
from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path


class PageStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)  # citizens' scans: owner only

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.is_file() and target.stat().st_size == len(data):
            # A reused blob is touched: maintenance never removes one younger than its grace
            # period, and one it has just moved aside is written again below.
            with contextlib.suppress(FileNotFoundError):
                os.utime(target)
                return digest
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return digest

    def get(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def verify(self, sha256: str) -> bool:
        try:
            return hashlib.sha256(self.get(sha256)).hexdigest() == sha256
        except OSError:
            return False

    def remove(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(sha256).unlink()
