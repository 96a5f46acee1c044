"""Offline login (docs/sync.md#offline-login): no other people's password hashes on a counter. At
an online login the password is checked by the centre (sync_login(), against a hash that never
leaves it); the counter then keeps a device-local Argon2id verifier of that one officer's
password, valid for N days, locked after repeated failures, removed when the centre revokes the
account.

accounts.py calls `login()` or, for the offline path alone, `verify_offline()`."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account, OfflineVerifier, utcnow
from desk_app.context import AppContext
from desk_app.login_policy import (
    LOCK_AFTER_FAILURES,
    LOCK_MINUTES,
    is_locked,
    record_failure,
    record_success,
)

logger = logging.getLogger(__name__)

DAYS_SETTING = "offline_login_days"
DEFAULT_DAYS = 14
MAX_FAILURES = LOCK_AFTER_FAILURES  # the one lockout rule of every login (login_policy.py)
__all__ = ["LOCK_MINUTES", "MAX_FAILURES", "LoginResult", "login", "remember", "verify_offline"]
# Argon2id, RFC 9106 / OWASP minimum profile: 19 MiB, 2 passes, 1 lane (a counter PC, ~30 ms).
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@dataclass(frozen=True)
class LoginResult:
    status: str  # ok / wrong / locked / expired / no_offline_verifier / revoked / unknown / inactive
    online: bool
    account_id: str | None = None
    username: str | None = None
    full_name: str | None = None
    role: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def remember(session: Session, account_id: str, username: str, password: str,
             days: int = DEFAULT_DAYS, now: dt.datetime | None = None) -> OfflineVerifier:
    """Makes (or renews) this device's verifier for one officer, after an online login."""
    now = now or utcnow()
    verifier = session.get(OfflineVerifier, account_id)
    if verifier is None:
        for other in session.scalars(select(OfflineVerifier).where(
                OfflineVerifier.username == username)):
            session.delete(other)  # the username moved to another account centrally
        session.flush()
        verifier = OfflineVerifier(account_id=account_id, username=username)
        session.add(verifier)
    verifier.username = username
    verifier.verifier = _hasher.hash(password)
    verifier.created_at = now
    verifier.expires_at = now + dt.timedelta(days=days)
    verifier.failed_attempts = 0
    verifier.locked_until = None
    return verifier


def verify_offline(session: Session, username: str, password: str,
                   now: dt.datetime | None = None) -> LoginResult:
    """Checks a password against this device's verifier. Commits nothing itself: the caller's
    transaction records the failure count."""
    now = now or utcnow()
    verifier = session.scalars(select(OfflineVerifier).where(
        OfflineVerifier.username == username)).first()
    if verifier is None:
        return LoginResult("no_offline_verifier", online=False)
    account = session.get(Account, verifier.account_id)
    if account is not None and not account.active:
        session.delete(verifier)
        return LoginResult("revoked", online=False)
    if is_locked(verifier, now):
        return LoginResult("locked", online=False)
    if verifier.expires_at <= now:
        return LoginResult("expired", online=False)
    try:
        _hasher.verify(verifier.verifier, password)
    except (VerificationError, InvalidHashError):
        if record_failure(verifier, now):
            return LoginResult("locked", online=False)
        return LoginResult("wrong", online=False)
    record_success(verifier)
    return LoginResult("ok", online=False, account_id=verifier.account_id, username=username,
                       full_name=account.full_name if account else None,
                       role=account.role if account else None)


def online_login(url: str, username: str, password: str) -> LoginResult:
    """Asks the centre. Raises CentralUnavailable when it cannot be reached."""
    from desk_app.sync.client import connect

    with connect(url) as conn:
        row = conn.execute("SELECT status, id, username, full_name, role, agency_code "
                           "FROM sync_login(%s, %s)", (username, password)).fetchone()
        conn.commit()
    assert row is not None
    return LoginResult(row[0], online=True, account_id=row[1], username=row[2],
                       full_name=row[3], role=row[4])


def login(ctx: AppContext, username: str, password: str, central_url: str | None,
          now: dt.datetime | None = None) -> LoginResult:
    """Online when the centre answers (and then the verifier is renewed), offline otherwise."""
    from desk_app.sync.client import CentralUnavailable

    now = now or utcnow()
    days = int(ctx.setting(DAYS_SETTING, str(DEFAULT_DAYS)) or DEFAULT_DAYS)
    if central_url:
        try:
            result = online_login(central_url, username, password)
        except (CentralUnavailable, psycopg.OperationalError):
            logger.info("centre unreachable: offline login")
        else:
            with ctx.sessions.begin() as s:
                if result.ok:
                    _remember_account(s, result, now)
                    remember(s, str(result.account_id), username, password, days, now)
                elif result.status == "inactive":
                    for v in s.scalars(select(OfflineVerifier).where(
                            OfflineVerifier.username == username)):
                        s.delete(v)
            return result
    with ctx.sessions.begin() as s:
        return verify_offline(s, username, password, now)


def _remember_account(s: Session, result: LoginResult, now: dt.datetime) -> None:
    account: Any = s.get(Account, result.account_id)
    if account is None:
        clash = s.scalars(select(Account).where(Account.username == result.username)).first()
        if clash is not None:
            logger.warning("a local account already uses this username; not replaced")
            return
        account = Account(id=result.account_id, username=result.username,
                          full_name=result.full_name or "", role=result.role or "officer")
        s.add(account)
    account.last_online_login = now
    account.active = True
