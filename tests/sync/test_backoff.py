"""Transient failures retry forever with growing, jittered, capped delays; success resets them."""
from __future__ import annotations

import random
import threading

from desk_app.sync.backoff import Backoff
from desk_app.sync.client import CentralUnavailable, SyncRunner


def test_delays_grow_are_jittered_and_capped() -> None:
    b = Backoff(base=1.0, cap=60.0, rng=random.Random(1))
    delays = [b.next_delay() for _ in range(12)]
    for n, d in enumerate(delays):
        ceiling = min(60.0, 2.0 ** n)
        assert ceiling / 2 <= d <= ceiling
    assert max(delays) <= 60.0 and delays[-1] >= 30.0
    other = Backoff(base=1.0, cap=60.0, rng=random.Random(2))
    assert [other.next_delay() for _ in range(12)] != delays  # two counters do not march in step
    b.reset()
    assert b.next_delay() <= 1.0


class _FlakyClient:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def run_once(self) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise CentralUnavailable(detail="connection refused")


def test_runner_keeps_retrying_then_returns_to_its_interval() -> None:
    client = _FlakyClient(failures=6)
    stop = threading.Event()
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 9:
            stop.set()

    runner = SyncRunner(client, interval=30.0,  # type: ignore[arg-type]
                        backoff=Backoff(base=1.0, cap=8.0, rng=random.Random(3)))
    runner.run(stop, sleep=sleep)
    assert client.calls == 9
    assert all(w <= 8.0 for w in waits[:6]) and waits[5] >= 4.0
    assert waits[6:] == [30.0, 30.0, 30.0]
