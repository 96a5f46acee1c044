"""Who may see the verification log, the registers and the indicators: supervisors and administrators.

The desktop screen checks the logged-in account's role. The command line asks who runs it:
- `--user NAME` (or DESK_APP_USER) with the password from DESK_APP_PASSWORD or a prompt, checked
  by the program's one login (desk_app/accounts.py `AccountService.login`: the same lockout, an
  existing lock honoured, the same messages as the desktop client); the account must hold a
  supervisor or admin role;
- with no user named, only the operating system's administrator (root; an elevated process on
  Windows) is let in, as the administrator role: that account can read the store file directly
  anyway, so refusing it would protect nothing. Anyone else is asked to name a user.
"""
from __future__ import annotations

import getpass
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desk_app.domain.types import Role
from desk_app.errors import AuthError

logger = logging.getLogger(__name__)

SUPERVISION_ROLES = frozenset({Role.SUPERVISOR.value, Role.ADMIN.value})
OS_ADMIN = "os-administrator"


@dataclass(frozen=True)
class Principal:
    id: str
    username: str
    full_name: str
    role: str


def principal_of(account: Any) -> Principal:
    """A Principal from any account-like object (a db Account or a logged-in session's user)."""
    return Principal(str(getattr(account, "id", "")), str(getattr(account, "username", "")),
                     str(getattr(account, "full_name", "")), str(getattr(account, "role", "")))


def can_supervise(user: Any) -> bool:
    return str(getattr(user, "role", "")) in SUPERVISION_ROLES


def require_supervision(user: Any) -> None:
    """Raises AuthError("role_forbidden") unless the user is a supervisor or administrator."""
    if not can_supervise(user):
        logger.warning("supervision refused to role %r", getattr(user, "role", None))
        raise AuthError("role_forbidden", str(getattr(user, "username", "")))


def _os_administrator() -> bool:
    if sys.platform == "win32":  # pragma: no cover - not run on the Linux CI
        import ctypes

        return bool(ctypes.windll.shell32.IsUserAnAdmin())
    return os.geteuid() == 0


def cli_principal(login: Callable[[str, str], Any], username: str | None) -> Principal:
    """Who runs a supervision command (see the module text); raises AuthError when refused.
    `login(username, password)` is AccountService.login, never a check of its own."""
    username = username or os.environ.get("DESK_APP_USER") or None
    if username:
        password = os.environ.get("DESK_APP_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise AuthError("password_required", username)
            password = getpass.getpass(f"Mật khẩu của {username}: ")
        principal = principal_of(login(username, password))
    elif _os_administrator():
        principal = Principal(OS_ADMIN, OS_ADMIN, "Quản trị hệ điều hành", Role.ADMIN.value)
    else:
        raise AuthError("login_required")
    require_supervision(principal)
    return principal
