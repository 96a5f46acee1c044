"""Sub-commands of the copy verification area: `compare ORIGINAL COPY [--json]` and `log verify`."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain import vn_format

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk_app.verification.anchor import Anchor
    from desk_app.verification.log import ChainBreak

# What each break reason (a stable code, kept in brackets and in the JSON) means, for the text output.
BREAK_TEXT = {
    "edited": "nội dung mục bị sửa",
    "missing": "thiếu mục (bị xoá)",
    "reordered": "các mục bị đổi chỗ",
    "inserted": "có mục bị chèn thêm",
    "truncated": "mất các mục cuối chuỗi",
    "duplicate": "trùng số thứ tự",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    compare = sub.add_parser(
        "compare", help="so sánh bản chụp với bản chính (ảnh quét)",
        description="So sánh ảnh bản chụp (BẢN_CHỤP) với ảnh bản chính (BẢN_CHÍNH); vùng khác "
        "biệt tính theo điểm ảnh của bản chụp. Toàn văn hai bản được so từng chữ, kể cả dấu "
        "thanh. Tệp TIFF nhiều trang hoặc PDF: các trang được ghép cặp theo nội dung, kết luận "
        "cho từng trang và cho cả tài liệu.",
    )
    compare.add_argument("original", type=Path, metavar="BẢN_CHÍNH",
                         help="ảnh bản chính (hoặc TIFF nhiều trang, PDF)")
    compare.add_argument("copy", type=Path, metavar="BẢN_CHỤP",
                         help="ảnh bản chụp (hoặc TIFF nhiều trang, PDF)")
    compare.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    compare.add_argument("--no-ocr", action="store_true", help="không nhận dạng chữ vùng khác biệt")
    compare.set_defaults(func=_compare)

    log = sub.add_parser("log", help="nhật ký đối chiếu bản sao")
    log_sub = log.add_subparsers(dest="log_command", metavar="VIỆC", required=True, title="việc")
    verify = log_sub.add_parser(
        "verify", help="kiểm tra chuỗi băm của nhật ký đối chiếu",
        description="Kiểm tra chuỗi băm của nhật ký đối chiếu; mã thoát 0 khi nguyên vẹn, "
        "khác 0 và nêu mục hỏng đầu tiên khi bị sửa, xoá, chèn hoặc đổi chỗ.",
    )
    verify.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    verify.set_defaults(func=_log_verify)


def _compare(args: argparse.Namespace) -> int:
    from desk_app.input_limits import check_image_file, check_size

    for path in (args.original, args.copy):  # size (stat) of both first, then pixels (headers)
        check_size(path)
    for path in (args.original, args.copy):
        check_image_file(path)
    # a TIFF's or PDF's further pages go through the capture loader, which holds the same limits
    from desk_app.compare.document import compare_documents, load_document

    originals, copies = load_document(args.original), load_document(args.copy)
    document = compare_documents(originals, copies, ocr=not args.no_ocr)
    if args.json:
        print(json.dumps(document.to_json(), ensure_ascii=False, indent=2))
        return 0
    several = len(originals) > 1 or len(copies) > 1
    if several:
        print(f"Tài liệu: {_word(document.verdict)} ({len(copies)} trang bản chụp, "
              f"{len(originals)} trang bản chính)")
    for pair in document.pages:
        result = pair.result
        head = ""
        if several:
            other = "không có trang tương ứng" if pair.original_page is None else (
                f"bản chính trang {pair.original_page + 1}")
            head = f"Trang {pair.copy_page + 1} ({other}): "
        # a semicolon: after a decimal comma ("1,000"), a comma would read as more decimals
        print(f"{head}{_word(result.verdict)} (điểm khác biệt {vn_format.number(result.score, 3)}; "
              f"{len(result.regions)} vùng)")
        for r in result.regions:
            print(f"  vùng x={r.x} y={r.y} w={r.w} h={r.h} điểm={vn_format.number(r.score, 3)}")
        for t in result.text_changes:
            print(f"  chữ: «{t.before}» → «{t.after}» tại x={t.region[0]} y={t.region[1]}")
        for d in result.doubts:
            print(f"  cần xem: «{d.before}» / «{d.after}» tại x={d.region[0]} y={d.region[1]}")
    for index in document.unpaired_original:
        print(f"Bản chính trang {index + 1}: không có trang bản chụp tương ứng")
    return 0


def _word(verdict: str) -> str:
    from desk_app.domain.types import Verdict

    return "KHỚP" if verdict == Verdict.MATCH else "KHÔNG KHỚP"


def _log_verify(args: argparse.Namespace) -> int:
    from desk_app.bootstrap import open_services
    from desk_app.verification.log import verify_log

    with open_services() as services, services.ctx.sessions() as session:
        total, breaks = verify_log(session)
        anchor, unreachable = _anchor(session, services.ctx.workstation.id)
    differs = anchor is not None and not anchor.agrees
    if args.json:
        print(json.dumps({
            "intact": not breaks and not differs, "entries": total,
            "breaks": [
                {"workstation_id": b.workstation_id, "chain_index": b.chain_index,
                 "entry_id": b.entry_id, "reason": b.reason} for b in breaks
            ],
            "anchor": None if anchor is None else {
                "anchored_upto": anchor.anchored_upto,
                "anchored_since": anchor.anchored_since.isoformat()
                if anchor.anchored_since else None,
                "central_entries": anchor.central_entries, "pending": anchor.pending,
                "differs_at": anchor.differs_at},
            "centre_unreachable": unreachable,
        }, ensure_ascii=False))
    elif not breaks:
        print(f"Nhật ký đối chiếu nguyên vẹn: {vn_format.number(total)} mục.")
    if not args.json:
        _print_anchor(anchor, unreachable)
    if not breaks:
        return 3 if differs else 0
    print(f"NHẬT KÝ ĐỐI CHIẾU BỊ CAN THIỆP. Mục hỏng đầu tiên: {_where(breaks[0])}")
    for other in breaks[1:]:
        print(f"Cũng hỏng: {_where(other)}")
    return 3


def _anchor(session: Session, workstation_id: str) -> tuple[Anchor | None, bool]:
    """The comparison with the centre's copy when a centre is set (DESK_APP_CENTRAL_URL);
    (None, True) when it cannot be reached, (None, False) when none is set."""
    import os

    from desk_app.sync.client import CentralUnavailable
    from desk_app.verification.anchor import compare_with_centre

    url = os.environ.get("DESK_APP_CENTRAL_URL")
    if not url:
        return None, False
    try:
        return compare_with_centre(session, workstation_id, url), False
    except CentralUnavailable:
        return None, True


def _print_anchor(anchor: Anchor | None, unreachable: bool) -> None:
    if unreachable:
        print("Không kết nối được máy chủ trung tâm: chưa so được với bản lưu ở trung tâm.")
    if anchor is None:
        return
    n = vn_format.number
    if not anchor.agrees:
        print(f"NHẬT KÝ TẠI QUẦY KHÁC BẢN LƯU Ở TRUNG TÂM từ mục {n(anchor.differs_at or 0)} "
              f"(trung tâm giữ {n(anchor.central_entries)} mục).")
    if anchor.anchored_upto:
        since = anchor.anchored_since
        when = vn_format.datetime(since.astimezone().replace(tzinfo=None)) if since else "?"
        print(f"Đã neo ở trung tâm đến mục {n(anchor.anchored_upto)} (trung tâm nhận từ {when}); "
              f"{n(anchor.pending)} mục chưa gửi.")
    elif anchor.agrees:
        print(f"Chưa có mục nào được neo ở trung tâm; {n(anchor.pending)} mục chưa gửi.")


def _where(b: ChainBreak) -> str:
    return (f"máy trạm {b.workstation_id}, số thứ tự {b.chain_index}, mục {b.entry_id or '-'}: "
            f"{BREAK_TEXT.get(b.reason, b.reason)} [{b.reason}]")
