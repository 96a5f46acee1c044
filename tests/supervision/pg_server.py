"""A throw-away PostgreSQL server for the supervision tests: initdb + pg_ctl in a temp folder on a
free loopback port; as root they run as the `postgres` user (initdb refuses root)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not found:
        raise RuntimeError("PostgreSQL server binaries are not installed (postgresql package)")
    return found[-1]


class PgServer:
    def __init__(self) -> None:
        self.bin = _bin()
        self.dir = Path(tempfile.mkdtemp(prefix="desk-sv-pg-"))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.root = os.geteuid() == 0
        if self.root:
            shutil.chown(self.dir, "postgres", "postgres")

    def _run(self, *cmd: str) -> None:
        full = ["runuser", "-u", "postgres", "--", *cmd] if self.root else list(cmd)
        subprocess.run(full, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> PgServer:
        self._run(str(self.bin / "initdb"), "-D", str(self.dir / "data"), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-l",
                  str(self.dir / "log"), "-w", "-o",
                  f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off",
                  "start")
        return self

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w",
                      "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
