"""Issue 14, "It must show" 3 (stand-alone counter): an officer created from the command line must
change the password at the first login; a disabled officer cannot log in; every change audited
(the audit rows go to the outbox like any synced row)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import OutboxEntry
from desk_app.account_admin import AccountAdmin, password_problems
from desk_app.accounts import AccountService
from desk_app.errors import AuthError, InputRefused
from tests.admin.helpers import cli


def test_officer_from_the_cli_must_change_password_then_disabled_cannot_log_in(
    home: Path,
) -> None:
    out = cli(home, "accounts", "add", "canbo.lan", "--name", "Trần Thị Lan", "--role", "officer",
              env={"DESK_APP_NEW_PASSWORD": "Tamthoi2026"})
    assert out.returncode == 0, out.stderr
    from desk_app.context import open_context

    ctx = open_context(home)
    try:
        accounts = AccountService(ctx)
        with pytest.raises(AuthError) as caught:
            accounts.login("canbo.lan", "Tamthoi2026")
        assert caught.value.code == "must_change_password"
        with pytest.raises(AuthError):
            accounts.login("canbo.lan", "sai-mat-khau-1")  # a wrong password says so, not "change"
        admin = AccountAdmin(ctx)
        with pytest.raises(InputRefused) as weak:
            admin.change_own_password("canbo.lan", "Tamthoi2026", "ngan1")
        assert weak.value.code == "password_rules"
        admin.change_own_password("canbo.lan", "Tamthoi2026", "Hoasen-2027")
        assert accounts.login("canbo.lan", "Hoasen-2027").username == "canbo.lan"
    finally:
        ctx.close()

    assert cli(home, "accounts", "disable", "canbo.lan").returncode == 0
    ctx = open_context(home)
    try:
        with pytest.raises(AuthError) as caught:
            AccountService(ctx).login("canbo.lan", "Hoasen-2027")
        assert caught.value.code == "auth_failed"
        with ctx.sessions() as s:
            audited = [o.payload["action"] for o in s.scalars(
                select(OutboxEntry).where(OutboxEntry.entity == "account_audit")
                .order_by(OutboxEntry.seq))]
        assert audited == ["add", "password", "disable"]
    finally:
        ctx.close()
    listed = cli(home, "accounts", "list").stdout
    assert "canbo.lan" in listed and "vô hiệu" in listed
    assert cli(home, "accounts", "enable", "canbo.lan").returncode == 0
    reset = cli(home, "accounts", "reset-password", "canbo.lan", "--generate")
    assert reset.returncode == 0 and "Mật khẩu tạm thời" in reset.stdout
    temporary = reset.stdout.split(": ")[1].split(" ")[0]
    ctx = open_context(home)
    try:
        with pytest.raises(AuthError) as caught:
            AccountService(ctx).login("canbo.lan", temporary)
        assert caught.value.code == "must_change_password"
    finally:
        ctx.close()


def test_refusals(home: Path, ctx: Any) -> None:
    for args, env, code_text in [
        (("accounts", "add", "Bad Name", "--name", "X"), {"DESK_APP_NEW_PASSWORD": "Matkhau2026"},
         "Tên đăng nhập"),
        (("accounts", "add", "canbo2", "--name", "X"), {"DESK_APP_NEW_PASSWORD": "ngan"},
         "ít nhất 10 ký tự"),
        (("accounts", "add", "canbo2", "--name", "X", "--role", "boss"),
         {"DESK_APP_NEW_PASSWORD": "Matkhau2026"}, "Vai trò"),
        (("accounts", "add", "canbo2", "--name", "X"), {}, "Cần mật khẩu"),
        (("accounts", "disable", "khong.co"), {}, "Không có tài khoản"),
    ]:
        out = cli(home, *args, env=env)
        assert out.returncode == 2, (args, out.stdout)
        assert code_text in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert AccountAdmin(ctx).rows() == []
    AccountService(ctx).create_account("quantri", "Quản trị", "admin", "matkhau123")
    with pytest.raises(InputRefused) as caught:
        AccountAdmin(ctx).disable("quantri", "test")
    assert caught.value.code == "last_admin"
    assert password_problems("canbo2-2026-x", "canbo2") == ["không chứa tên đăng nhập"]
