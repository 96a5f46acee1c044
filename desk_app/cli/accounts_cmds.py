"""`desk-app accounts list|add|disable|enable|reset-password|set-role|change-password|audit`
(docs/administration.md#accounts). Locally on a stand-alone counter; at the centre with
`--central URL` (or DESK_APP_CENTRAL_ADMIN_URL). A new or reset password comes from
DESK_APP_NEW_PASSWORD, a prompt at a terminal, or `--generate` (printed once)."""
from __future__ import annotations

import argparse
import getpass
import os
import secrets
import string
import sys

from desk_app.cli.catalog_cmds import (
    central_admin_url,
    print_json,
    refuse_local_on_synced_counter,
    run_central,
    services,
)
from desk_app.errors import InputRefused

NEW_PASSWORD_ENV = "DESK_APP_NEW_PASSWORD"
ROLES_TEXT = "officer (cán bộ tiếp nhận), supervisor (lãnh đạo), admin (quản trị)"
ROLE_WORDS = {"officer": "cán bộ", "supervisor": "lãnh đạo", "admin": "quản trị"}


def actor() -> str:
    """Who runs the command, for the audit: the operating-system account."""
    try:
        return "os:" + getpass.getuser()
    except (KeyError, OSError):
        return "os:?"


def generated_password() -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        text = "".join(secrets.choice(alphabet) for _ in range(12))
        if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
            return text


def new_password(args: argparse.Namespace, username: str) -> str:
    if getattr(args, "generate", False):
        password = generated_password()
        print(f"Mật khẩu tạm thời của {username}: {password} (phải đổi ở lần đăng nhập đầu)")
        return password
    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise InputRefused("password_required", f"{NEW_PASSWORD_ENV} hoặc --generate")
    first = getpass.getpass(f"Mật khẩu mới của {username}: ")
    if getpass.getpass("Nhập lại: ") != first:
        raise InputRefused("password_rules", "hai lần nhập không khớp")
    return first


def _central(p: argparse.ArgumentParser) -> None:
    p.add_argument("--central", metavar="URL",
                   help="địa chỉ quản trị của máy chủ trung tâm (hoặc DESK_APP_CENTRAL_ADMIN_URL)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    acc = sub.add_parser("accounts", help="tài khoản cán bộ: thêm, vô hiệu hoá, đặt lại mật khẩu")
    asub = acc.add_subparsers(dest="accounts_command", required=True, metavar="VIỆC", title="việc")
    p = asub.add_parser("list", help="liệt kê tài khoản")
    p.add_argument("--json", action="store_true", help="in JSON")
    _central(p)
    p.set_defaults(func=_list)
    p = asub.add_parser("add", help="tạo tài khoản (phải đổi mật khẩu ở lần đăng nhập đầu)")
    p.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP", help="chữ thường không dấu, số, . _ -")
    p.add_argument("--name", required=True, metavar="HỌ_TÊN", help="họ và tên (bắt buộc)")
    p.add_argument("--role", default="officer", metavar="VAI_TRÒ", help=ROLES_TEXT)
    p.add_argument("--generate", action="store_true", help="tạo mật khẩu tạm thời và in ra")
    _central(p)
    p.set_defaults(func=_add)
    for name, text in (("disable", "vô hiệu hoá (không đăng nhập được, kể cả ngoại tuyến)"),
                       ("enable", "cho hoạt động trở lại")):
        p = asub.add_parser(name, help=text)
        p.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP", help="tên đăng nhập")
        _central(p)
        p.set_defaults(func=_toggle, action=name)
    p = asub.add_parser("reset-password",
                        help="đặt lại mật khẩu (cán bộ phải đổi ở lần đăng nhập tới)")
    p.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP", help="tên đăng nhập")
    p.add_argument("--generate", action="store_true", help="tạo mật khẩu tạm thời và in ra")
    _central(p)
    p.set_defaults(func=_reset)
    p = asub.add_parser("set-role", help="đổi vai trò")
    p.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP", help="tên đăng nhập")
    p.add_argument("role", metavar="VAI_TRÒ", help=ROLES_TEXT)
    _central(p)
    p.set_defaults(func=_set_role)
    p = asub.add_parser("change-password", help="cán bộ tự đổi mật khẩu của mình")
    p.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP", help="tên đăng nhập")
    p.set_defaults(func=_change_own)
    p = asub.add_parser("audit", help="nhật ký thay đổi tài khoản trên quầy này")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(func=_audit)


def _list(args: argparse.Namespace) -> int:
    url = central_admin_url(args)
    with services() as s:
        rows = run_central(lambda: s.account_admin.rows(url)) if url else s.account_admin.rows()
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        state = "hoạt động" if r.active else "vô hiệu"
        if r.must_change_password:
            state += ", phải đổi mật khẩu"
        print(f"{r.username:<20} {ROLE_WORDS.get(r.role, r.role):<9} {state:<30} {r.full_name}")
    return 0


def _add(args: argparse.Namespace) -> int:
    url = central_admin_url(args)
    refuse_local_on_synced_counter(url)
    with services() as s:
        from desk_app.account_admin import check_role, check_username

        username = check_username(args.username)
        check_role(args.role)
        password = new_password(args, username)
        run_central(lambda: s.account_admin.add(username, args.name, args.role, password,
                                                 actor(), url))
    where = " ở trung tâm" if url else ""
    print(f"Đã tạo tài khoản {username}{where}; phải đổi mật khẩu ở lần đăng nhập đầu.")
    return 0


def _toggle(args: argparse.Namespace) -> int:
    url = central_admin_url(args)
    refuse_local_on_synced_counter(url)
    with services() as s:
        fn = s.account_admin.disable if args.action == "disable" else s.account_admin.enable
        run_central(lambda: fn(args.username, actor(), url))
    word = "vô hiệu hoá" if args.action == "disable" else "cho hoạt động lại"
    print(f"Đã {word} tài khoản {args.username.strip().lower()}.")
    return 0


def _reset(args: argparse.Namespace) -> int:
    url = central_admin_url(args)
    refuse_local_on_synced_counter(url)
    username = args.username.strip().lower()
    with services() as s:
        password = new_password(args, username)
        run_central(lambda: s.account_admin.reset_password(username, password, actor(), url))
    print(f"Đã đặt lại mật khẩu của {username}; phải đổi ở lần đăng nhập tới.")
    return 0


def _set_role(args: argparse.Namespace) -> int:
    url = central_admin_url(args)
    refuse_local_on_synced_counter(url)
    with services() as s:
        run_central(lambda: s.account_admin.set_role(args.username, args.role, actor(), url))
    print(f"Đã đổi vai trò của {args.username.strip().lower()} thành {args.role}.")
    return 0


def _change_own(args: argparse.Namespace) -> int:
    from desk_app import paths

    username = args.username.strip().lower()
    old = os.environ.get("DESK_APP_PASSWORD")
    if old is None:
        if not sys.stdin.isatty():
            raise InputRefused("password_required", "DESK_APP_PASSWORD")
        old = getpass.getpass("Mật khẩu hiện tại: ")
    new = new_password(args, username)
    with services() as s:
        url = paths.central_url()
        run_central(lambda: s.account_admin.change_own_password(username, old, new, url))
    print("Đã đổi mật khẩu.")
    return 0


def _audit(args: argparse.Namespace) -> int:
    from desk_app.domain import vn_format

    with services() as s:
        rows = s.account_admin.audit()
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{vn_format.datetime(r['created_at'])}  {r['action']:<9} {r['username']:<20} "
              f"{r['detail']:<12} bởi {r['actor']}")
    return 0
