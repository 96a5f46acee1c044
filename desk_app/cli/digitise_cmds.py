"""Sub-commands of the digitisation area: ocr and digitize (idcard lives in idcard_cmds.py).
Heavy modules are imported inside the commands so `desk-app --help` stays fast."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desk_app.domain import vn_format
from desk_app.errors import DeskError
from desk_app.tasks import CancelToken


def _read(path: str) -> bytes:
    """The image's bytes once its size and pixels are within the limits (desk_app/input_limits.py:
    stat and headers first, never a byte past the size cap read)."""
    from desk_app.input_limits import check_image_file

    return check_image_file(Path(path))


def _cmd_ocr(args: argparse.Namespace) -> int:
    from desk_app.input_limits import check_size

    for f in args.images:  # refuse bad input (missing, not a file, too large) before any work
        check_size(Path(f))
    from desk_app.ocr.engine import TesseractEngine
    from desk_app.ocr.service import OcrService

    service = OcrService(TesseractEngine(args.lang), workers=args.jobs,
                         preprocess=not args.raw)
    loaders = [lambda f=f: _read(f) for f in args.images]
    cancel = CancelToken()
    try:
        results = service.recognise_batch(loaders, cancel=cancel, labels=args.images)
    except KeyboardInterrupt:
        cancel.set()
        raise
    failed = 0
    out = []
    for name, res in zip(args.images, results, strict=True):
        if isinstance(res, DeskError):
            failed += 1
            from desk_app.messages import message_for

            print(f"Lỗi: {name}: {message_for(res)}", file=sys.stderr)
            out.append({"file": name, "text": "", "confidence": 0.0, "error": res.code})
        else:
            out.append({"file": name, "text": res.text, "confidence": res.confidence})
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for item in out:
            if len(out) > 1:
                print(f"==> {item['file']} <==")
            print(item["text"])
    return 1 if failed else 0


def _cmd_digitize(args: argparse.Namespace) -> int:
    from desk_app.bootstrap import open_services

    with open_services() as services:
        report = services.digitise.digitise(args.code, Path(args.output),
                                            progress=_stderr_progress if not args.quiet else None)
    print(f"{report.path} ({vn_format.number(report.pages)} trang, "
          f"{vn_format.number(report.bytes)} byte, {vn_format.number(report.bytes_per_page)} byte/trang)")
    return 0


def _stderr_progress(done: int, total: int, message: str) -> None:
    # `message` is the page's row id: an officer counts pages, the id says nothing to them.
    if total == 0:
        return  # every page already has its text
    line = f"Nhận dạng chữ: {vn_format.number(done)}/{vn_format.number(total)} trang"
    if sys.stderr.isatty():  # one line rewritten in place
        print(f"\r{line}", end="" if done < total else "\n", file=sys.stderr, flush=True)
    elif done == total:
        print(line, file=sys.stderr)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ocr", help="nhận dạng chữ tiếng Việt trong ảnh trang giấy")
    p.add_argument("images", nargs="+", metavar="ẢNH", help="ảnh trang giấy (PNG, JPEG, TIFF, ...)")
    p.add_argument("--json", action="store_true", help="danh sách {file, text, confidence}")
    p.add_argument("--lang", default="vie", metavar="MÔ_HÌNH",
                   help="mô hình ngôn ngữ Tesseract (mặc định vie)")
    p.add_argument("--jobs", type=int, default=2, metavar="SỐ",
                   help="số trang nhận dạng song song (mặc định 2)")
    p.add_argument("--raw", action="store_true", help="không tiền xử lý ảnh (để so sánh)")
    p.set_defaults(func=_cmd_ocr)

    p = sub.add_parser("digitize", help="xuất hồ sơ thành một tệp PDF/A có lớp chữ tìm kiếm được")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("-o", "--output", required=True, metavar="TỆP.pdf",
                   help="tệp PDF sẽ ghi (bắt buộc)")
    p.add_argument("-q", "--quiet", action="store_true", help="không in tiến độ")
    p.set_defaults(func=_cmd_digitize)
