"""Issue 11 point 4: `report --user` had no lockout and ignored an existing lock (it checked the
hash only). Now the command line, the desktop client and the offline login go through one login
(AccountService.login) with one lockout rule (desk_app/login_policy.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from db.models import Account
from desk_app.accounts import AccountService
from desk_app.context import open_context
from desk_app.domain.types import Role
from desk_app.errors import AuthError
from desk_app.login_policy import LOCK_AFTER_FAILURES, LOCK_MINUTES

RIGHT = "Lanhdao@2026"
REPORT = ("report", "indicators", "--format", "json", "--user", "lanhdao")


def _store(home: Path) -> None:
    ctx = open_context(home)
    try:
        AccountService(ctx).create_account("lanhdao", "Trần Văn Lãnh", Role.SUPERVISOR, RIGHT)
    finally:
        ctx.close()


def _account(home: Path) -> Any:
    ctx = open_context(home)
    try:
        with ctx.sessions() as s:
            return s.scalar(select(Account).where(Account.username == "lanhdao"))
    finally:
        ctx.close()


def test_six_wrong_passwords_through_report_user_lock_the_account(tmp_path: Path, cli: Any) -> None:
    home = tmp_path / "home"
    _store(home)
    answers = [cli(home, *REPORT, DESK_APP_PASSWORD=f"sai-{i}") for i in range(6)]
    assert all(a.returncode == 2 and "Traceback" not in a.stderr for a in answers)
    # the desktop client's words: four plain refusals, then the lock, and the lock holds
    assert ["khoá" in a.stderr for a in answers] == [False] * 4 + [True] * 2
    # ... in the client's own sentences
    from ui.error_text import SENTENCES

    assert SENTENCES["auth_failed"].rstrip(".").lower() in answers[0].stderr.lower()
    assert SENTENCES["account_locked"].rstrip(".") in answers[5].stderr
    locked = _account(home)
    assert locked.locked_until is not None and locked.locked_until > dt.datetime.now()

    right = cli(home, *REPORT, DESK_APP_PASSWORD=RIGHT)
    assert right.returncode == 2 and "bị khoá" in right.stderr and not right.stdout

    # the same lock holds in the desktop client's login (one function for both)
    ctx = open_context(home)
    try:
        with pytest.raises(AuthError) as err:
            AccountService(ctx).login("lanhdao", RIGHT)
        assert err.value.code == "account_locked"
        # ... until it ends: then the right password gets in again, and the count starts afresh
        later = dt.datetime.now() + dt.timedelta(minutes=LOCK_MINUTES + 1)
        assert AccountService(ctx).login("lanhdao", RIGHT, now=later).username == "lanhdao"
    finally:
        ctx.close()
    assert _account(home).locked_until is None
    ok = cli(home, *REPORT, DESK_APP_PASSWORD=RIGHT)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.lstrip().startswith("{")


def test_a_lock_set_elsewhere_is_honoured_by_report_user(tmp_path: Path, cli: Any) -> None:
    home = tmp_path / "home"
    _store(home)
    ctx = open_context(home)
    try:
        with ctx.sessions.begin() as s:
            s.execute(update(Account).values(
                locked_until=dt.datetime.now() + dt.timedelta(minutes=LOCK_MINUTES)))
    finally:
        ctx.close()
    run = cli(home, *REPORT, DESK_APP_PASSWORD=RIGHT)
    assert run.returncode == 2 and "bị khoá" in run.stderr


def test_offline_login_honours_the_account_lock_and_shares_the_rule(home: Path) -> None:
    """With a centre configured but unreachable the password is checked against this device's
    offline verifier: its failures lock after the same count, and a lock on the account row holds."""
    from desk_app.sync import offline_login

    ctx = open_context(home)
    try:
        svc = AccountService(ctx)
        info = svc.create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
        with ctx.sessions.begin() as s:
            offline_login.remember(s, info.id, "canbo", "matkhau123")
        assert offline_login.MAX_FAILURES == LOCK_AFTER_FAILURES
        mp = pytest.MonkeyPatch()
        mp.setenv("DESK_APP_CENTRAL_URL", "postgresql://x@127.0.0.1:9/none?connect_timeout=1")
        try:
            assert svc.login("canbo", "matkhau123").username == "canbo"  # offline, accepted
            with ctx.sessions.begin() as s:
                s.execute(update(Account).values(
                    locked_until=dt.datetime.now() + dt.timedelta(minutes=LOCK_MINUTES)))
            with pytest.raises(AuthError) as err:
                svc.login("canbo", "matkhau123")
            assert err.value.code == "account_locked"
        finally:
            mp.undo()
    finally:
        ctx.close()
