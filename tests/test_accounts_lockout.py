"""Failed logins are counted across attempts (the counter must survive the refusal) and lock the
account; the right password is refused while locked and accepted after the lock expires."""
from __future__ import annotations

import datetime as dt

import pytest

from desk_app.accounts import LOCK_AFTER_FAILURES, LOCK_MINUTES, AccountService
from desk_app.domain.types import Role
from desk_app.errors import AuthError


def test_repeated_failures_lock_the_account(ctx) -> None:  # type: ignore[no-untyped-def]
    svc = AccountService(ctx)
    svc.create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    now = dt.datetime(2026, 11, 26, 9, 0)
    codes = []
    for _ in range(LOCK_AFTER_FAILURES):
        with pytest.raises(AuthError) as err:
            svc.login("canbo", "sai", now=now)
        codes.append(err.value.code)
    assert codes == ["auth_failed"] * (LOCK_AFTER_FAILURES - 1) + ["account_locked"]
    with pytest.raises(AuthError) as err:
        svc.login("canbo", "matkhau123", now=now + dt.timedelta(minutes=1))
    assert err.value.code == "account_locked"
    later = now + dt.timedelta(minutes=LOCK_MINUTES + 1)
    assert svc.login("canbo", "matkhau123", now=later).username == "canbo"


def test_the_first_administrator_follows_the_administrators_password_rule(ctx) -> None:  # type: ignore[no-untyped-def]
    """The first account of a new store is an administrator: 8 characters without a digit are
    refused with the rule's words, a password meeting the rule is taken."""
    from desk_app.errors import InputRefused
    from desk_app.messages import message_for

    accounts = AccountService(ctx)
    with pytest.raises(InputRefused) as refused:
        accounts.create_account("quantri", "Quản trị", "admin", "abcdefgh")
    assert "ít nhất 10 ký tự" in refused.value.detail and "chữ số" in refused.value.detail
    assert message_for(refused.value)
    assert not accounts.has_accounts()
    assert accounts.create_account("quantri", "Quản trị", "admin", "Quantri-2026").role == "admin"
