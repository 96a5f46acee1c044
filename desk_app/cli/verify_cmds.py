"""Sub-commands of the copy verification area: `compare ORIGINAL COPY [--json]` and `log verify`."""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    compare = sub.add_parser(
        "compare", help="so sánh bản chụp với bản chính (ảnh quét)",
        description="So sánh ảnh bản chụp (COPY) với ảnh bản chính (ORIGINAL); vùng khác biệt "
        "tính theo điểm ảnh của bản chụp.",
    )
    compare.add_argument("original", type=Path, metavar="ORIGINAL", help="ảnh bản chính")
    compare.add_argument("copy", type=Path, metavar="COPY", help="ảnh bản chụp")
    compare.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    compare.add_argument("--no-ocr", action="store_true", help="không nhận dạng chữ vùng khác biệt")
    compare.set_defaults(func=_compare)

    log = sub.add_parser("log", help="nhật ký đối chiếu bản sao")
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    verify = log_sub.add_parser(
        "verify", help="kiểm tra chuỗi băm của nhật ký đối chiếu",
        description="Kiểm tra chuỗi băm của nhật ký đối chiếu; mã thoát 0 khi nguyên vẹn, "
        "khác 0 và nêu mục hỏng đầu tiên khi bị sửa, xoá, chèn hoặc đổi chỗ.",
    )
    verify.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    verify.set_defaults(func=_log_verify)


def _compare(args: argparse.Namespace) -> int:
    from desk_app.compare import compare_files
    from desk_app.domain.types import Verdict

    result = compare_files(args.original, args.copy, ocr=not args.no_ocr)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        word = "KHỚP" if result.verdict == Verdict.MATCH else "KHÔNG KHỚP"
        print(f"{word} (điểm khác biệt {result.score:.3f}, {len(result.regions)} vùng)")
        for r in result.regions:
            print(f"  vùng x={r.x} y={r.y} w={r.w} h={r.h} điểm={r.score:.3f}")
        for t in result.text_changes:
            print(f"  chữ: «{t.before}» → «{t.after}» tại x={t.region[0]} y={t.region[1]}")
    return 0


def _log_verify(args: argparse.Namespace) -> int:
    from desk_app.bootstrap import open_services
    from desk_app.verification.log import verify_log

    with open_services() as services, services.ctx.sessions() as session:
        total, breaks = verify_log(session)
    if args.json:
        print(json.dumps({
            "intact": not breaks, "entries": total,
            "breaks": [
                {"workstation_id": b.workstation_id, "chain_index": b.chain_index,
                 "entry_id": b.entry_id, "reason": b.reason} for b in breaks
            ],
        }, ensure_ascii=False))
    if not breaks:
        if not args.json:
            print(f"intact, {total} entries (nhật ký nguyên vẹn, {total} mục)")
        return 0
    first = breaks[0]
    print(
        f"BROKEN: first broken entry: {first.describe()} "
        f"(nhật ký bị can thiệp: mục hỏng đầu tiên ở chuỗi của máy trạm {first.workstation_id}, "
        f"số thứ tự {first.chain_index})"
    )
    for other in breaks[1:]:
        print(f"also broken: {other.describe()}")
    return 3
