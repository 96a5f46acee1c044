"""Keeps Python's cyclic garbage collector from stalling the GUI thread.

After start-up a desktop process holds ~90,000 long-lived container objects (Qt wrappers, SQLAlchemy,
module functions). Every full collection walks them all — 40-130 ms measured here — while holding the
GIL, whichever thread triggered it: the GUI thread freezes for that long, which is what made the
supervisor's table stall while scrolling. `gc.freeze()` moves the objects alive now into a permanent
generation that collections skip (the CPython documentation recommends it after start-up); objects
created later are collected as usual. The cost: what is frozen is never collected, so call it once the
long-lived objects are built, not in a loop. The application's start-up should call it; the
supervisor's window calls it after it is built, and calling it again is harmless.
"""
from __future__ import annotations

import gc
import logging

logger = logging.getLogger(__name__)


def settle_heap() -> None:
    gc.collect()
    gc.freeze()
    logger.debug("heap settled: %d objects frozen", gc.get_freeze_count())
