"""AccountService.login goes through the centre when one is configured, and through this device's
verifier when the centre cannot be reached — never through other officers' password hashes."""
from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from db.models import Account
from desk_app.accounts import AccountService
from desk_app.errors import AuthError
from tests.sync.test_pull_and_login import _publish


def test_login_online_then_offline(ctx: Any, central_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _publish(central_url)
    svc = AccountService(ctx)
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", central_url)
    with pytest.raises(AuthError) as err:
        svc.login("canbo1", "sai")
    assert err.value.code == "auth_failed"
    info = svc.login("canbo1", "mật-khẩu-đúng")
    assert info.username == "canbo1"
    with ctx.sessions() as s:
        assert all(a.password_hash is None for a in s.scalars(select(Account)))
    # The centre goes away: the officer who logged in online can still log in here...
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=1")
    assert svc.login("canbo1", "mật-khẩu-đúng").id == info.id
    # ...but another officer, who never logged in on this counter, cannot.
    with pytest.raises(AuthError) as err:
        svc.login("canbo2", "khác")
    assert err.value.code == "needs_online_login"
