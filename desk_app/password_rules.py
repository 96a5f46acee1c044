"""The password rules of every account the program creates (docs/administration.md): the
administrator's tabs, `desk-app accounts`, and the first administrator created on a new store."""
from __future__ import annotations

from desk_app.domain.text import fold

MIN_LENGTH = 10

__all__ = ["MIN_LENGTH", "password_problems"]


def password_problems(password: str, username: str = "") -> list[str]:
    """What is wrong with a new password (empty when it may be used)."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"ít nhất {MIN_LENGTH} ký tự")
    if not any(ch.isalpha() for ch in password):
        problems.append("có ít nhất một chữ cái")
    if not any(ch.isdigit() for ch in password):
        problems.append("có ít nhất một chữ số")
    if username and fold(username) in fold(password):
        problems.append("không chứa tên đăng nhập")
    if password != password.strip():
        problems.append("không bắt đầu hoặc kết thúc bằng dấu cách")
    return problems
