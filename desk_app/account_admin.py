"""Account administration: create, disable, re-enable, reset a password (the officer must change it
at the next login), change a role. On a stand-alone counter it works on the local accounts; with a
centre (`url`, the owner's URL) it works on the central accounts, which every counter pulls.
Every change leaves a row in `account_audit` (local rows sync to the centre; central changes are
written there directly). The password rules are `password_problems` (docs/administration.md)."""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from db.models import Account
from db.models_admin import AccountAudit
from desk_app.accounts import _hasher, hash_password
from desk_app.context import AppContext
from desk_app.domain.text import clean
from desk_app.domain.types import Role
from desk_app.errors import AuthError, InputRefused, NotFound
from desk_app.password_rules import password_problems

logger = logging.getLogger(__name__)
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
ACTIONS = ("add", "disable", "enable", "reset", "role", "password")


@dataclass(frozen=True)
class AccountRow:
    id: str
    username: str
    full_name: str
    role: str
    active: bool
    must_change_password: bool

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def check_password(password: str, username: str = "") -> None:
    problems = password_problems(password, username)
    if problems:
        raise InputRefused("password_rules", "mật khẩu cần " + ", ".join(problems))


def check_username(username: str) -> str:
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise InputRefused("invalid_username", username)
    return username


def check_role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError as exc:
        raise InputRefused("invalid_role", role) from exc


def must_change_now(ctx: AppContext, account_id: str | None, central_url: str | None) -> bool:
    """Whether this account must change its password before working: asked of the centre when it
    answers, else the flag the counter last pulled."""
    if not account_id:
        return False
    if central_url:
        import psycopg

        from db.central.admin import must_change

        try:
            return must_change(central_url, account_id)
        except psycopg.Error:
            logger.info("centre unreachable: the pulled must-change flag decides")
    with ctx.sessions() as s:
        account = s.get(Account, account_id)
        return bool(account and account.must_change_password)


class AccountAdmin:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # --- reading -----------------------------------------------------------------------------------

    def rows(self, url: str | None = None) -> list[AccountRow]:
        if url:
            from db.central.admin import list_accounts

            return [AccountRow(r["id"], r["username"], r["full_name"], r["role"], r["active"],
                               r["must_change_password"]) for r in list_accounts(url)]
        with self.ctx.sessions() as s:
            return [AccountRow(a.id, a.username, a.full_name, a.role, a.active,
                               a.must_change_password)
                    for a in s.scalars(select(Account).order_by(Account.username))]

    def audit(self, limit: int = 200) -> list[dict[str, Any]]:
        with self.ctx.sessions() as s:
            rows = s.scalars(select(AccountAudit).order_by(AccountAudit.created_at.desc())
                             .limit(limit))
            return [{"created_at": r.created_at, "username": r.username, "action": r.action,
                     "detail": r.detail, "actor": r.actor} for r in rows]

    # --- changes -----------------------------------------------------------------------------------

    def add(self, username: str, full_name: str, role: str, password: str, actor: str,
            url: str | None = None) -> str:
        """Creates an account that must change its password at first login; returns its id."""
        username = check_username(username)
        role = check_role(role)
        full_name = clean(full_name)
        if not full_name:
            raise InputRefused("name_missing", "")
        check_password(password, username)
        if url:
            from db.central.admin import add_account

            made = add_account(url, username, full_name, role, self.ctx.workstation.agency_code,
                               password, actor, self.ctx.workstation.id)
            if made is None:
                raise InputRefused("username_taken", username)
            return made
        with self.ctx.sessions.begin() as s:
            if s.scalar(select(Account).where(Account.username == username)):
                raise InputRefused("username_taken", username)
            account = Account(username=username, full_name=full_name, role=role,
                              password_hash=hash_password(password), must_change_password=True,
                              agency_code=self.ctx.workstation.agency_code)
            s.add(account)
            s.flush()
            self._audit(s, account, "add", role, actor)
            return account.id

    def disable(self, username: str, actor: str, url: str | None = None) -> None:
        self._change(username, "disable", actor, url)

    def enable(self, username: str, actor: str, url: str | None = None) -> None:
        self._change(username, "enable", actor, url)

    def reset_password(self, username: str, password: str, actor: str,
                       url: str | None = None) -> None:
        check_password(password, username.strip().lower())
        self._change(username, "reset", actor, url, password=password)

    def set_role(self, username: str, role: str, actor: str, url: str | None = None) -> None:
        self._change(username, "role", actor, url, role=check_role(role))

    def _change(self, username: str, action: str, actor: str, url: str | None,
                password: str | None = None, role: str | None = None) -> None:
        username = username.strip().lower()
        if url:
            from db.central.admin import change_account

            if not change_account(url, username, action, actor, self.ctx.workstation.id,
                                  password=password, role=role):
                raise NotFound("unknown_account", username)
            return
        with self.ctx.sessions.begin() as s:
            account = s.scalar(select(Account).where(Account.username == username))
            if account is None:
                raise NotFound("unknown_account", username)
            demotes = action == "disable" or (action == "role" and role != Role.ADMIN.value)
            if demotes and account.role == Role.ADMIN.value and account.active:
                admins = s.scalar(select(func.count()).select_from(Account).where(
                    Account.role == Role.ADMIN.value, Account.active))
                if int(admins or 0) <= 1:
                    raise InputRefused("last_admin", username)
            detail = ""
            if action == "disable":
                account.active = False
            elif action == "enable":
                account.active = True
                account.failed_attempts = 0
                account.locked_until = None
            elif action == "reset":
                assert password is not None
                account.password_hash = hash_password(password)
                account.must_change_password = True
                account.failed_attempts = 0
                account.locked_until = None
            elif action == "role":
                account.role = str(role)
                detail = str(role)
            self._audit(s, account, action, detail, actor)

    def change_own_password(self, username: str, old: str, new: str,
                            url: str | None = None) -> None:
        """The officer's own change (after a reset, or any time). `url`: the counter's central
        URL when it has one; the old password is checked there."""
        username = username.strip().lower()
        check_password(new, username)
        if new == old:
            raise InputRefused("password_rules", "mật khẩu mới phải khác mật khẩu cũ")
        if url:
            from db.central.admin import change_own_password

            status = change_own_password(url, username, old, new, self.ctx.workstation.id)
            if status != "ok":
                raise AuthError("auth_failed" if status == "wrong" else "account_revoked", "")
            with self.ctx.sessions.begin() as s:
                account = s.scalar(select(Account).where(Account.username == username))
                if account is not None:
                    account.must_change_password = False
            return
        with self.ctx.sessions.begin() as s:
            account = s.scalar(select(Account).where(Account.username == username))
            if account is None or not account.active or not account.password_hash:
                raise AuthError("auth_failed", "")
            try:
                _hasher.verify(account.password_hash, old)
            except (VerificationError, InvalidHashError) as exc:
                raise AuthError("auth_failed", "") from exc
            account.password_hash = hash_password(new)
            account.must_change_password = False
            self._audit(s, account, "password", "", username)

    def _audit(self, s: Any, account: Account, action: str, detail: str, actor: str) -> None:
        s.add(AccountAudit(account_id=account.id, username=account.username, action=action,
                           detail=detail, actor=actor, workstation_id=self.ctx.workstation.id,
                           created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
