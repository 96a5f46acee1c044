"""`desk-app purge-pages`: removes from this counter the page images of dossiers past the retention
period that the centre has confirmed (desk_app/retention.py, docs/security.md), and says what it
removed."""
from __future__ import annotations

import argparse

from desk_app.domain import vn_format


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "purge-pages",
        help="xoá ảnh trang đã quá thời hạn lưu giữ trên máy này (trung tâm đã xác nhận)",
        description="Xoá khỏi máy này ảnh trang của các hồ sơ tiếp nhận đã quá thời hạn lưu giữ "
        "(cài đặt page_retention_days, mặc định 90 ngày) mà máy chủ trung tâm đã xác nhận nhận đủ; "
        "hồ sơ, nhật ký đối chiếu và bản ở trung tâm vẫn giữ nguyên. Theo Luật Bảo vệ dữ liệu "
        "cá nhân số 91/2025/QH15.",
    )
    p.add_argument("--days", type=int, metavar="SỐ_NGÀY",
                   help="thời hạn lưu giữ cho lần chạy này (mặc định: cài đặt page_retention_days)")
    p.add_argument("--save", action="store_true",
                   help="lưu --days làm thời hạn lưu giữ của máy này")
    p.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không xoá")
    p.set_defaults(func=_purge)


def _purge(args: argparse.Namespace) -> int:
    from desk_app.bootstrap import open_services
    from desk_app.errors import InputRefused
    from desk_app.retention import SETTING, check_days, purge_pages

    if args.save and args.days is None:
        raise InputRefused("bad_retention", "--save cần --days")
    days = check_days(args.days) if args.days is not None else None
    with open_services() as services:
        if args.save and days is not None:
            services.save_setting(SETTING, str(days))
        report = purge_pages(services.ctx, days, dry_run=args.dry_run)
    size = vn_format.number(report.bytes / 1024 / 1024, 1)
    before = vn_format.date(report.cutoff.date())
    if report.pages:
        verb = "Sẽ xoá" if report.dry_run else "Đã xoá"
        print(f"{verb} {vn_format.number(report.pages)} ảnh trang ({size} MB) của "
              f"{vn_format.number(len(report.dossiers))} hồ sơ tiếp nhận trước ngày {before} "
              f"(thời hạn lưu giữ {report.days} ngày), trung tâm đã xác nhận:")
        for code in report.dossiers:
            print(f"  {code}")
    else:
        print(f"Không có ảnh trang nào cần xoá (hồ sơ tiếp nhận trước ngày {before}, "
              f"thời hạn lưu giữ {report.days} ngày).")
    if report.waiting:
        print(f"Giữ lại {vn_format.number(report.waiting)} hồ sơ đã quá thời hạn nhưng trung tâm "
              "chưa xác nhận nhận đủ (chạy đồng bộ trước).")
    return 0
