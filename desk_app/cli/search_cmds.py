"""`desk-app search`: dossiers by a phrase of their pages' OCR text (diacritics optional) and by
the applicant's ID number, the same search as Ctrl+F in the main window (desk_app/search.py).
The query is never written to the log: it may be an ID number."""
from __future__ import annotations

import argparse
import json
import sys

from desk_app.errors import InputRefused

MESSAGES = {
    "search_empty": "Chưa có gì để tìm: hãy gõ vài chữ có trên trang hồ sơ, hoặc dùng --id-number",
    "search_bad_id_number": "Số định danh phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND)",
    "search_bad_limit": "--limit phải là số nguyên dương",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", help="tìm hồ sơ theo chữ trên trang (có dấu hay không dấu) "
                                      "hoặc theo số định danh của người nộp")
    p.add_argument("text", nargs="?", default="", metavar="CHỮ",
                   help="cụm từ trên trang hồ sơ; 9 hoặc 12 chữ số: tìm cả theo số định danh")
    p.add_argument("--id-number", metavar="SỐ",
                   help="số định danh của người nộp (CCCD 12 số hoặc CMND 9 số): chỉ hồ sơ của "
                        "người này")
    p.add_argument("--limit", type=int, default=20, metavar="SỐ",
                   help="số kết quả tối đa (mặc định 20)")
    p.add_argument("--json", action="store_true", help="in JSON [{code, page, snippet}]")
    p.set_defaults(func=_search)


def _search(args: argparse.Namespace) -> int:
    from desk_app.bootstrap import open_services
    from desk_app.domain import vn_format

    try:
        with open_services() as s:
            hits = s.search.find(args.text, id_number=args.id_number, limit=args.limit)
    except InputRefused as exc:
        if exc.code not in MESSAGES:
            raise
        print(f"Lỗi: {MESSAGES[exc.code]}", file=sys.stderr)
        return 2
    if args.json:
        json.dump([h.to_json() for h in hits], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not hits:
        print("Không tìm thấy hồ sơ nào khớp.")
        return 0
    print(f"Tìm thấy {vn_format.number(len(hits))} kết quả:")
    for h in hits:
        where = (f"trang {vn_format.number(h.page)}" if h.page is not None
                 else "theo số định danh")
        print(f"{h.code} — {where}: {h.snippet}")
    return 0
