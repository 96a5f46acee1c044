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
