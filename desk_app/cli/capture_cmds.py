"""`desk-app scan --list` and `desk-app scan --device ID --pages N -o DIR`. (`import` belongs to
the dossier commands; it uses desk_app.capture.loader.)"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from desk_app.capture.scanner import (
    ALLOWED_DPI,
    PAGE_SIZES,
    ScanError,
    ScannedPage,
    ScanSettings,
    Source,
)
from desk_app.domain.types import ColourMode
from desk_app.errors import InputRefused, StoreError
from desk_app.messages import message_for
from desk_app.safe_output import write_output
from desk_app.tasks import CancelToken

logger = logging.getLogger(__name__)

EXTENSIONS = {"image/png": ".png", "image/tiff": ".tif", "image/jpeg": ".jpg",
              "image/webp": ".webp"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("scan", help="liệt kê máy quét, hoặc quét vào một thư mục",
                       description="Quét trang từ máy quét (SANE trên Linux, WIA trên Windows).")
    p.add_argument("--list", action="store_true", help="liệt kê các máy quét tìm thấy")
    p.add_argument("--device", metavar="MÃ", help="mã máy quét, ví dụ test:0 hoặc folder:THƯ_MỤC")
    p.add_argument("--pages", type=int, default=1, metavar="SỐ",
                   help="số trang (0 = đến khi hết giấy trong khay; mặc định 1)")
    p.add_argument("-o", "--output", type=Path, metavar="THƯ_MỤC", help="thư mục ghi ảnh trang")
    p.add_argument("--dpi", type=int, default=300, choices=ALLOWED_DPI,
                   help="độ phân giải, điểm/inch (mặc định 300)")
    p.add_argument("--mode", default="grey", choices=[m.value for m in ColourMode],
                   help="colour = màu, grey = xám, bw = đen trắng")
    p.add_argument("--source", default="flatbed", choices=[s.value for s in Source],
                   help="flatbed = mặt kính, feeder = khay nạp, duplex = hai mặt")
    p.add_argument("--page-size", default="A4", choices=list(PAGE_SIZES),
                   help="khổ giấy (mặc định A4; ID = thẻ căn cước)")
    p.add_argument("--option", action="append", default=[], metavar="[@TRANG:]TÊN=GIÁ_TRỊ",
                   help="tuỳ chọn riêng của trình điều khiển (lặp lại được)")
    p.add_argument("--process", action="store_true",
                   help="xoay đúng chiều, chỉnh nghiêng, cắt viền trước khi ghi")
    p.set_defaults(func=run_scan)


def _parse_options(items: list[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            print(f"Lỗi: tuỳ chọn không hợp lệ: {item}", file=sys.stderr)
            raise SystemExit(2)
        options[name] = value
    return options


def run_scan(args: argparse.Namespace) -> int:
    # OpenCV and the page pipeline load here, not with the parser: every other command (a refusal
    # of `ocr` on a 3 GB file must come within a second) would pay for them.
    from desk_app.capture.devices import list_all, scanner_for
    from desk_app.capture.encode import encode_master
    from desk_app.capture.pipeline import PipelineSettings, process_page

    if args.list:
        devices = list_all()
        if not devices:
            print("Không tìm thấy máy quét nào.")
            return 1
        for d in devices:
            print(f"{d.id}\t{d.label}\t{d.kind}")
        return 0
    if not args.device or not args.output:
        print("Lỗi: cần --device và -o THƯ_MỤC (hoặc --list)", file=sys.stderr)
        return 2
    settings = ScanSettings(dpi=args.dpi, mode=ColourMode(args.mode), source=Source(args.source),
                            page_size=args.page_size, pages=args.pages,
                            device_options=_parse_options(args.option))
    out: Path = args.output
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"Lỗi: không tạo được thư mục {out} ({type(exc).__name__})", file=sys.stderr)
        return 2
    written: list[Path] = []

    # Imported on use: OpenCV is for the pages scanned, not for the rest of the command line.

    def on_page(page: ScannedPage) -> None:
        image = page.image
        if args.process:
            image = process_page(image, PipelineSettings(), dpi=page.dpi, side=page.side).image
        encoded = encode_master(image, settings.mode, page.dpi)
        target = out / f"page-{page.index + 1:04d}{EXTENSIONS[encoded.mime]}"
        # complete or absent, and never renamed over a FIFO, device or link planted there
        write_output(target, encoded.data)
        written.append(target)
        print(f"{target}", flush=True)

    cancel = CancelToken()
    try:
        scanner_for(args.device).scan(args.device, settings, on_page, cancel)
    except ScanError as exc:
        print(f"Lỗi: {message_for(exc)}", file=sys.stderr)
        print(f"Đã lưu {len(written)} trang vào {out}", file=sys.stderr)
        return 3
    except (InputRefused, StoreError) as exc:  # a page file could not be written where asked
        print(f"Lỗi: {message_for(exc)}", file=sys.stderr)
        print(f"Đã lưu {len(written)} trang vào {out}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Lỗi: không ghi được trang vào {out} ({type(exc).__name__})", file=sys.stderr)
        print(f"Đã lưu {len(written)} trang vào {out}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        cancel.set()
        print(f"Đã huỷ; đã lưu {len(written)} trang vào {out}", file=sys.stderr)
        return 130
    print(f"Đã quét {len(written)} trang vào {out}", file=sys.stderr)
    return 0
