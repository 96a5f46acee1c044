"""Accounts: officer, supervisor and administrator; Argon2id password hashes; lockout after
repeated failures."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from db.models import Account
from desk_app import paths
from desk_app.context import AppContext
from desk_app.domain.text import clean
from desk_app.domain.types import Role
from desk_app.errors import AuthError, InputRefused
from desk_app.login_policy import (
    LOCK_AFTER_FAILURES,
    LOCK_MINUTES,
    is_locked,
    record_failure,
    record_success,
)
from desk_app.password_rules import password_problems

__all__ = ["LOCK_AFTER_FAILURES", "LOCK_MINUTES", "AccountInfo", "AccountService", "hash_password"]

logger = logging.getLogger(__name__)

IDLE_LOCK_MINUTES = 10
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()  # Argon2id with the library's recommended parameters

# What a refused central or offline login means for the officer (desk_app/sync/offline_login.py).
_CENTRAL_STATUS = {
    "wrong": "auth_failed",
    "unknown": "auth_failed",
    "locked": "account_locked",
    "expired": "offline_login_expired",
    "no_offline_verifier": "needs_online_login",
    "revoked": "account_revoked",
    "inactive": "account_revoked",
}


@dataclass(frozen=True)
class AccountInfo:
    id: str
    username: str
    full_name: str
    role: Role


def _info(acc: Account) -> AccountInfo:
    return AccountInfo(acc.id, acc.username, acc.full_name, Role(acc.role))


def _must_change(ctx: AppContext, account_id: str, central: str | None) -> bool:
    from desk_app.account_admin import must_change_now

    return must_change_now(ctx, account_id, central)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


class AccountService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def has_accounts(self) -> bool:
        with self.ctx.sessions() as s:
            return bool(s.scalar(select(func.count()).select_from(Account)))

    def list_accounts(self) -> list[AccountInfo]:
        with self.ctx.sessions() as s:
            return [_info(a) for a in s.scalars(select(Account).order_by(Account.username))]

    def create_account(
        self, username: str, full_name: str, role: Role | str, password: str
    ) -> AccountInfo:
        username = username.strip().lower()
        if not username or len(password) < MIN_PASSWORD_LENGTH:
            raise InputRefused("weak_password", "")
        # (the name rule is left to the administrator's tabs: the demo's "admin" keeps its password)
        problems = password_problems(password) if Role(role) == Role.ADMIN else []
        if problems:
            # an administrator holds the unit's keys: the administrator's rule, also for the
            # first one created on a new store (ui/dialogs/first_admin_dialog.py)
            raise InputRefused("password_rules", "mật khẩu cần " + ", ".join(problems))
        with self.ctx.sessions.begin() as s:
            if s.scalar(select(Account).where(Account.username == username)):
                raise InputRefused("username_taken", username)
            acc = Account(
                username=username,
                full_name=clean(full_name),
                role=Role(role).value,
                password_hash=hash_password(password),
                agency_code=self.ctx.workstation.agency_code,
            )
            s.add(acc)
            s.flush()
            return _info(acc)

    def login(self, username: str, password: str, now: dt.datetime | None = None) -> AccountInfo:
        """The one login of the program: the desktop client, its unlock, `--user` on the command
        line and offline logins all come here, so they share the lockout (desk_app/login_policy.py)
        and the messages. With a central database configured, the centre checks the password (and
        this device keeps only a verifier of the officer who logged in, for offline logins); a
        stand-alone counter checks its own accounts. A lock recorded on this device's account row
        is honoured whichever way the password is then checked."""
        username = username.strip().lower()
        self._refuse_if_locked(username, now or dt.datetime.now())
        central = paths.central_url()
        if central:
            return self._login_central(username, password, central)
        return self._login_local(username, password, now)

    def _refuse_if_locked(self, username: str, now: dt.datetime) -> None:
        with self.ctx.sessions() as s:
            acc = s.scalar(select(Account).where(Account.username == username))
            if acc is not None and is_locked(acc, now):
                raise AuthError("account_locked", "")

    def _login_central(self, username: str, password: str, central: str) -> AccountInfo:
        from desk_app.sync.offline_login import login as central_login

        result = central_login(self.ctx, username.strip().lower(), password, central)
        if result.ok and result.account_id and result.role:
            if _must_change(self.ctx, result.account_id, central if result.online else None):
                raise AuthError("must_change_password", "")
            return AccountInfo(result.account_id, result.username or username,
                               result.full_name or "", Role(result.role))
        raise AuthError(_CENTRAL_STATUS.get(result.status, "auth_failed"), "")

    def _login_local(self, username: str, password: str, now: dt.datetime | None = None) -> AccountInfo:
        now = now or dt.datetime.now()
        username = username.strip().lower()
        with self.ctx.sessions.begin() as s:
            acc = s.scalar(select(Account).where(Account.username == username))
            if acc is None or not acc.active or not acc.password_hash:
                # Same message whether the user exists or not.
                raise AuthError("auth_failed", "")
            if is_locked(acc, now):
                raise AuthError("account_locked", "")
            try:
                _hasher.verify(acc.password_hash, password)
            except (VerificationError, InvalidHashError):
                # The failure is counted in this transaction, which must commit: raising inside
                # the `with` would roll the counter back and the lockout would never happen.
                failure = "auth_failed"
                if record_failure(acc, now):
                    failure = "account_locked"
                    logger.warning("account locked after repeated failures")
            else:
                record_success(acc)
                if _hasher.check_needs_rehash(acc.password_hash):
                    acc.password_hash = hash_password(password)
                if not acc.must_change_password:  # after a reset: change it first (account_admin)
                    return _info(acc)
                failure = "must_change_password"
        raise AuthError(failure, "")
