"""`desk-app reusable`: the documents a citizen already had digitised and attested that a new
dossier of a procedure can reuse (docs/reuse.md; the reception screen's offers)."""
from __future__ import annotations

import argparse
import json
import sys

from desk_app.domain import vn_format


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("reusable", help="giấy tờ đã số hóa, đối chiếu của người dân có thể tái "
                                        "sử dụng cho hồ sơ mới")
    p.add_argument("--id-number", required=True, metavar="SỐ",
                   help="số định danh cá nhân của người nộp ('-' để đọc từ đầu vào chuẩn, "
                        "không lộ trong danh sách tiến trình)")
    p.add_argument("--procedure", required=True, metavar="MÃ", help="mã thủ tục của hồ sơ mới")
    p.add_argument("--json", action="store_true", help="in ra JSON")
    p.set_defaults(func=_reusable)


def _reusable(args: argparse.Namespace) -> int:
    from desk_app.bootstrap import open_services
    from desk_app.errors import InputRefused
    from desk_app.reuse.kinds import label

    id_number = sys.stdin.readline().strip() if args.id_number == "-" else args.id_number.strip()
    if not id_number.isdigit() or len(id_number) != 12:
        raise InputRefused("invalid_id_number", "")
    with open_services() as services:
        offers = services.reception.reusable_documents(id_number, args.procedure)
    if args.json:
        json.dump([{"entry_id": o.entry_id, "dossier_code": o.dossier_code,
                    "component_id": o.procedure_component_id, "kind": o.kind, "name": o.name,
                    "attested_at": o.attested_at.isoformat(),
                    "valid_until": o.valid_until.isoformat() if o.valid_until else None,
                    "pages": list(o.page_hashes)} for o in offers],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not offers:
        print("Không có giấy tờ nào để tái sử dụng cho thủ tục này.")
        return 0
    for o in offers:
        until = vn_format.date(o.valid_until) if o.valid_until else "không thời hạn"
        print(f"{o.procedure_component_id}: {label(o.kind)} — hồ sơ {o.dossier_code}, đối chiếu "
              f"{vn_format.datetime(o.attested_at)}, {len(o.page_hashes)} trang, "
              f"còn giá trị đến {until} (mã {o.entry_id})")
    return 0
