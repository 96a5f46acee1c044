"""The time every service sees: one `Clock` built by the composition root (desk_app/bootstrap.py)
and handed to the services, so no service reads the wall clock itself.

`DESK_APP_CLOCK=2026-12-04T09:30` (an ISO date-time, local time of the counter) sets that time —
honoured only in a demo store (setting `demo_store` = "1", written by `desk-app demo-data`): training
and tests can replay a week in minutes, but a real counter's dates can never be faked. In a real
store the variable is ignored with a warning on stderr and in the log.

`SetClock` is what the demo generator moves forward step by step (desk_app/demo/dossiers.py): every
demo dossier and every step is recorded by the services at the moment the clock shows."""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from typing import Protocol

logger = logging.getLogger(__name__)

ENV = "DESK_APP_CLOCK"
DEMO_MARK = "demo_store"  # the setting that marks a demo store ("1")


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current local time of the counter, naive, to the second."""
        ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class SetClock:
    """A clock that shows the time it was set to, until set again (demo data, training, tests)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = _naive(moment)

    def now(self) -> dt.datetime:
        return self.moment

    def set(self, moment: dt.datetime) -> None:
        self.moment = _naive(moment)

    def advance(self, delta: dt.timedelta) -> None:
        self.moment = self.moment + delta


def _naive(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def parse_clock(value: str) -> dt.datetime:
    """`YYYY-MM-DD` (09:00 that day) or `YYYY-MM-DDTHH:MM[:SS]`; ValueError otherwise."""
    text = value.strip()
    if len(text) == 10:
        return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(9, 0))
    return _naive(dt.datetime.fromisoformat(text))


def clock_for_store(is_demo: bool, environ: dict[str, str] | None = None) -> Clock:
    """The clock of a store: DESK_APP_CLOCK's time in a demo store, the system clock otherwise
    (a warning when the variable is set where it is not honoured, or cannot be read)."""
    value = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not value:
        return SystemClock()
    if not is_demo:
        _warn(f"{ENV} bị bỏ qua: chỉ dùng được với kho dữ liệu mẫu (demo-data).")
        return SystemClock()
    try:
        return SetClock(parse_clock(value))
    except ValueError:
        _warn(f"{ENV} không hợp lệ (cần dạng 2026-12-04T09:30): dùng giờ của máy.")
        return SystemClock()


def _warn(text: str) -> None:
    logger.warning("%s", text)
    print(f"Cảnh báo: {text}", file=sys.stderr)
