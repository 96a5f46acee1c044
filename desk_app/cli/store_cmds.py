"""The counter and its store: `enrol`, `settings list|get|set`, `backup`, `restore`,
`maintenance` (docs/administration.md)."""
from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.cli.catalog_cmds import print_json, run_central, services
from desk_app.domain import vn_format


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("enrol", help="đặt danh tính quầy: mã cơ quan, số thứ tự quầy, tên")
    p.add_argument("--agency", required=True, metavar="MÃ", help="mã cơ quan tiếp nhận (bắt buộc)")
    p.add_argument("--slot", required=True, type=int, metavar="SỐ",
                   help="số thứ tự quầy 0-9, không trùng quầy khác của cơ quan (bắt buộc)")
    p.add_argument("--name", required=True, metavar="TÊN", help="tên quầy (bắt buộc)")
    p.add_argument("--central", metavar="URL",
                   help="địa chỉ quản trị của máy chủ trung tâm: đăng ký quầy ở đó (từ chối số "
                        "quầy đã có quầy khác dùng)")
    p.set_defaults(func=_enrol)

    p = sub.add_parser("settings", help="xem và đổi thiết lập của quầy")
    ssub = p.add_subparsers(dest="settings_command", required=True, metavar="VIỆC", title="việc")
    lp = ssub.add_parser("list", help="liệt kê thiết lập")
    lp.add_argument("--json", action="store_true", help="in JSON")
    lp.set_defaults(func=_settings_list)
    gp = ssub.add_parser("get", help="in giá trị một thiết lập")
    gp.add_argument("key", metavar="KHOÁ", help="tên thiết lập (xem settings list)")
    gp.set_defaults(func=_settings_get)
    sp = ssub.add_parser("set", help="đổi một thiết lập (được kiểm tra trước khi lưu)")
    sp.add_argument("key", metavar="KHOÁ", help="tên thiết lập (xem settings list)")
    sp.add_argument("value", metavar="GIÁ_TRỊ", help="giá trị mới")
    sp.set_defaults(func=_settings_set)

    p = sub.add_parser("backup", help="sao lưu kho dữ liệu đang chạy (CSDL, ảnh trang, bảng băm)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="TỆP",
                   help="tệp sao lưu sẽ tạo (chưa tồn tại)")
    p.set_defaults(func=_backup)

    p = sub.add_parser("restore", help="khôi phục kho dữ liệu từ tệp sao lưu (kiểm tra bảng băm)")
    p.add_argument("file", type=Path, metavar="TỆP", help="tệp sao lưu")
    p.add_argument("--replace", action="store_true",
                   help="thay kho dữ liệu hiện có (kho cũ được giữ trong before-restore-...)")
    p.add_argument("--central", metavar="URL",
                   help="máy chủ trung tâm để kiểm tra (mặc định DESK_APP_CENTRAL_URL)")
    p.set_defaults(func=_restore)

    p = sub.add_parser("maintenance", help="dọn ảnh mồ côi và tệp tạm cũ, báo dung lượng")
    p.add_argument("--grace-hours", type=float, metavar="GIỜ",
                   help="chỉ dọn tệp cũ hơn số giờ này (mặc định: thiết lập "
                        "maintenance.grace_hours, 24; tối thiểu 1)")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(func=_maintenance)


def _enrol(args: argparse.Namespace) -> int:
    from desk_app.counter_admin import enrol

    with services() as s:
        done = run_central(lambda: enrol(s.ctx, args.agency, args.slot, args.name, args.central))
    print(f"Quầy {done.name}: cơ quan {done.agency_code}, số thứ tự {done.slot} "
          f"(máy trạm {done.workstation_id}).")
    if done.central_login_url:
        print("Đã đăng ký ở trung tâm. Đặt trên máy này: "
              f"DESK_APP_CENTRAL_URL={done.central_login_url}")
    return 0


def _settings_list(args: argparse.Namespace) -> int:
    from desk_app.counter_admin import list_settings

    with services() as s:
        rows = list_settings(s.ctx)
    if args.json:
        print_json([{"key": r.key, "value": r.value, "editable": r.editable} for r in rows])
        return 0
    for r in rows:
        print(f"{r.key:<28} {r.value:<20} {r.text}")
    return 0


def _settings_get(args: argparse.Namespace) -> int:
    from desk_app.counter_admin import get_setting

    with services() as s:
        print(get_setting(s.ctx, args.key))
    return 0


def _settings_set(args: argparse.Namespace) -> int:
    from desk_app.counter_admin import set_setting

    with services() as s:
        value = set_setting(s.ctx, args.key, args.value)
    print(f"Đã đặt {args.key} = {value}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from desk_app import paths
    from desk_app.backup import make_backup

    info = make_backup(paths.home(), args.output)
    print(f"Đã sao lưu vào {info.path}: {vn_format.number(info.pages)} tệp ảnh, "
          f"{vn_format.megabytes(info.bytes)}; thay đổi số {vn_format.number(info.ws_seq)}, "
          f"nhật ký {vn_format.number(info.chain_index)} lượt.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from desk_app import paths
    from desk_app.backup import restore_backup

    url = args.central or paths.central_url()
    info = restore_backup(args.file, paths.home(), url, replace=args.replace)
    print(f"Đã khôi phục vào {info.home}: {vn_format.number(info.pages)} tệp ảnh, "
          f"thay đổi số {vn_format.number(info.ws_seq)}.")
    print("Đã đối chiếu với trung tâm." if info.centre_checked else
          "Không có máy chủ trung tâm để đối chiếu.")
    if info.kept_aside:
        print(f"Kho dữ liệu cũ được giữ ở {info.kept_aside}")
    return 0


def _maintenance(args: argparse.Namespace) -> int:
    from desk_app.counter_admin import GRACE_KEY
    from desk_app.maintenance import GRACE_HOURS, run_maintenance

    with services() as s:
        grace = args.grace_hours
        if grace is None:
            grace = float(s.setting(GRACE_KEY, str(GRACE_HOURS)) or GRACE_HOURS)
        report = run_maintenance(s.ctx, grace)
    if args.json:
        print_json({"removed_blobs": [n for n, _ in report.removed_blobs],
                    "removed_temp": [n for n, _ in report.removed_temp],
                    "kept_young": report.kept_young, "size_before": report.size_before,
                    "size_after": report.size_after, "notes": report.notes})
        return 0
    print(f"Đã xoá {vn_format.number(len(report.removed_blobs))} ảnh không hồ sơ nào dùng và "
          f"{vn_format.number(len(report.removed_temp))} tệp tạm cũ hơn "
          f"{vn_format.number(max(1.0, grace))} giờ.")
    for name, size in report.removed_blobs + report.removed_temp:
        print(f"  - {name} ({vn_format.megabytes(size)})")
    if report.kept_young:
        print(f"Giữ lại {vn_format.number(report.kept_young)} tệp còn trong thời gian chờ "
              "(có thể đang được ghi).")
    for note in report.notes:
        print(note)
    print(f"Dung lượng kho: {vn_format.megabytes(report.size_before)} → "
          f"{vn_format.megabytes(report.size_after)}.")
    return 0
