"""Sub-command of the ID-card area: `idcard IMAGE [--json]` reads a citizen identity card from a
photo or scan. The number and the name go to stdout only (the officer's terminal), never to the log."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

_SEX = {"male": "Nam", "female": "Nữ"}
# Vietnamese for the warning codes, for the plain-text output
WARNING_TEXT = {
    "id_number_unreadable": "không đọc được số định danh",
    "birth_date_unreadable": "không đọc được ngày sinh",
    "name_unreadable": "không đọc được họ tên",
    "sex_unreadable": "không đọc được giới tính",
    "sex_from_number": "giới tính suy ra từ chữ số thứ 4 của số định danh",
    "low_confidence_number": "số định danh đọc chưa chắc chắn",
    "low_confidence_birth_date": "ngày sinh đọc chưa chắc chắn",
    "low_confidence_name": "họ tên đọc chưa chắc chắn",
    "low_confidence_sex": "giới tính đọc chưa chắc chắn",
    "low_confidence_residence": "nơi cư trú đọc chưa chắc chắn",
    "sex_mismatch": "giới tính không khớp chữ số thứ 4 của số định danh",
    "century_mismatch": "thế kỷ sinh không khớp chữ số thứ 4 của số định danh",
    "birth_year_mismatch": "năm sinh không khớp chữ số thứ 5–6 của số định danh",
    "unknown_province": "mã tỉnh (3 chữ số đầu) không có trong danh mục",
    "qr_ocr_disagree": "mã QR và chữ in trên thẻ không khớp nhau",
    "card_not_found": "không tìm thấy viền thẻ trong ảnh; đã đọc cả ảnh",
    "name_without_diacritics": "họ tên đọc từ vùng MRZ mặt sau, không có dấu tiếng Việt",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "idcard", help="đọc thẻ căn cước / căn cước công dân từ ảnh chụp hoặc ảnh quét",
        description="Đọc số định danh, họ tên, ngày sinh, giới tính, nơi cư trú từ ảnh thẻ "
        "(ưu tiên mã QR; không có QR thì nhận dạng chữ in). Cán bộ kiểm tra lại trước khi dùng.",
    )
    cmd.add_argument("image", type=Path, metavar="ẢNH", help="ảnh chụp / ảnh quét mặt trước thẻ")
    cmd.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    cmd.set_defaults(func=_idcard)


def _idcard(args: argparse.Namespace) -> int:
    from desk_app.input_limits import check_size

    check_size(args.image)  # a 3 GB file is refused before OpenCV and Tesseract load
    from desk_app.idcard.reader import read_id_card

    result = read_id_card(args.image)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
        return 0
    data = result.to_json()
    print(f"Nguồn: {'mã QR' if result.source == 'qr' else 'nhận dạng chữ in'}")
    rows = [("Số định danh", data["number"]), ("Họ và tên", data["name"]),
            ("Ngày sinh", data["birth_date"]), ("Giới tính", _SEX.get(data["sex"] or "", None)),
            ("Nơi cư trú", data["residence"])]
    for label, value in rows:
        print(f"{label + ':':14} {value if value else '(không đọc được)'}")
    for code in result.warnings:
        print(f"Cảnh báo: {WARNING_TEXT.get(code, code)} [{code}]")
    return 0
