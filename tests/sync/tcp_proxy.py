"""A small fault-injecting TCP proxy on loopback, between the sync client and PostgreSQL.

Faults (changeable while it runs):
- `delay`: seconds added before each forwarded chunk (both ways);
- `cut_probability`: chance that a chunk from the client makes the proxy cut the connection
  (both sides closed) instead of forwarding it — a connection cut mid-batch;
- `drop_commit_replies`: the next N times the client sends COMMIT, forward it, then drop the
  server's reply and cut — the server commits, the client never learns it did;
- `refuse`: new connections are closed at once (the centre looks down).
"""
from __future__ import annotations

import contextlib
import logging
import random
import select
import socket
import threading
import time

logger = logging.getLogger(__name__)


class FaultProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1", seed: int = 0) -> None:
        self.target = (target_host, target_port)
        self.delay = 0.0
        self.cut_probability = 0.0
        self.drop_commit_replies = 0
        self.pass_commits = 0  # COMMITs let through before dropping starts
        self.refuse = False
        self.rng = random.Random(seed)
        self.cuts = 0
        self.commit_drops = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = int(self._sock.getsockname()[1])
        self._stop = threading.Event()
        self._open: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    def url(self, dbname: str) -> str:
        """Through the proxy, as the one role the test server lets in without TLS (the proxy
        must read the protocol); `dbname` may carry a query, which is dropped."""
        from tests.pg_server import PROXY_PASSWORD, PROXY_ROLE

        name = dbname.split("?", 1)[0]
        return (f"postgresql://{PROXY_ROLE}:{PROXY_PASSWORD}@127.0.0.1:{self.port}/{name}"
                "?sslmode=disable")

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._sock.close()
        self.cut_all()
        self._thread.join(timeout=2)

    def cut_all(self) -> None:
        with self._lock:
            conns = list(self._open)
        for s in conns:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()

    def clear_faults(self) -> None:
        self.delay = 0.0
        self.cut_probability = 0.0
        self.drop_commit_replies = 0
        self.refuse = False

    # --- internals -------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._sock.settimeout(0.2)
                client, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.refuse:
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            self.connections += 1
            with self._lock:
                self._open.update((client, server))
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        dropping_reply = False
        try:
            while not self._stop.is_set():
                ready, _, _ = select.select([client, server], [], [], 0.5)
                for src in ready:
                    data = src.recv(65536)
                    if not data:
                        return
                    if self.delay:
                        time.sleep(self.delay)
                    if src is client:
                        if self.cut_probability and self.rng.random() < self.cut_probability:
                            self.cuts += 1
                            return
                        server.sendall(data)
                        if self.drop_commit_replies > 0 and b"COMMIT" in data:
                            if self.pass_commits > 0:
                                self.pass_commits -= 1
                            else:
                                self.drop_commit_replies -= 1
                                dropping_reply = True
                    else:
                        if dropping_reply:
                            self.commit_drops += 1
                            return  # the server has the COMMIT; its answer never arrives
                        client.sendall(data)
        except (OSError, ValueError):  # ValueError: a socket closed by cut_all() meanwhile
            return
        finally:
            for s in (client, server):
                with contextlib.suppress(OSError):
                    s.close()
            with self._lock:
                self._open.discard(client)
                self._open.discard(server)
