"""The one lockout rule every login path applies (the desktop client, `--user` on the command
line, offline logins against this device's verifier): five wrong passwords in a row lock the
account for fifteen minutes; the right password is refused while the lock lasts and clears the
count once it has ended. The holder is any row with `failed_attempts` and `locked_until`
(db.models.Account, db.models.OfflineVerifier)."""
from __future__ import annotations

import datetime as dt
from typing import Any

LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 15


def is_locked(holder: Any, now: dt.datetime) -> bool:
    until = getattr(holder, "locked_until", None)
    return until is not None and until > now


def record_failure(holder: Any, now: dt.datetime) -> bool:
    """Counts one wrong password; True when this failure locks the holder."""
    holder.failed_attempts = (holder.failed_attempts or 0) + 1
    if holder.failed_attempts >= LOCK_AFTER_FAILURES:
        holder.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
        holder.failed_attempts = 0
        return True
    return False


def record_success(holder: Any) -> None:
    holder.failed_attempts = 0
    holder.locked_until = None
