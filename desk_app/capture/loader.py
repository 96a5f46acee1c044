"""Files into page images: JPEG, PNG, (multi-page) TIFF, WebP, BMP, phone photos and PDF (rasterised
at the chosen dpi). Everything is validated before anything is returned: a caller gets all pages
of all files or an InputRefused naming the first bad file, so nothing is ever half-added.

The content decides the format (magic bytes), never the file name: a PNG named .jpg is read as a
PNG, a ZIP named .tiff is refused."""
from __future__ import annotations

import io
import logging
import struct
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageOps

from desk_app import input_limits
from desk_app.capture.photo import photo_hint
from desk_app.errors import InputRefused

logger = logging.getLogger(__name__)

# pdfium is not thread-safe; every use in this process goes through this lock.
PDFIUM_LOCK = threading.RLock()


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = input_limits.MAX_FILE_BYTES
    max_pixels: int = input_limits.MAX_PAGE_PIXELS  # per page; an A3 page at 600 dpi is 70 MP
    max_file_pixels: int = input_limits.MAX_FILE_PIXELS  # all pages of one file, decoded
    max_total_pixels: int = input_limits.MAX_IMPORT_PIXELS  # all files of one load_many
    min_side: int = 100  # pixels; below this it is an icon, not a page
    max_pages: int = 100  # per file
    max_total_pages: int = 300  # per load_many call
    max_files: int = 100
    max_pdf_side_mm: float = 1200.0  # an A0 sheet is 1189 mm


DEFAULT_LIMITS = Limits()


@dataclass
class LoadedPage:
    image: Image.Image  # mode "1", "L" or "RGB"
    source: str  # the file name (no folder: folders may hold a citizen's name)
    kind: str  # jpeg / png / tiff / webp / bmp / pdf
    page_index: int  # 0-based within its file
    page_count: int  # pages in its file
    dpi: int  # the resolution the image stands for (as stored, estimated or rasterised)
    photo_hint: bool = False  # a camera wrote it, or it declares no scanner resolution
    original: bytes | None = None  # the file as given, kept as the master of a photographed page


def sniff(head: bytes) -> str | None:
    """The format by its magic bytes (the first 1 KiB of the file)."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM" and len(head) >= 26:
        return "bmp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"hevc"):
        return "heic"
    return None


def describe(head: bytes) -> str:
    """What an unsupported file looks like, for the message."""
    known = {
        b"PK\x03\x04": "ZIP", b"\x1f\x8b": "GZIP", b"Rar!": "RAR", b"7z\xbc\xaf": "7-Zip",
        b"\x7fELF": "chương trình", b"MZ": "chương trình", b"GIF8": "GIF", b"<svg": "SVG",
        b"<?xml": "XML", b"<!DOC": "HTML", b"<html": "HTML", b"\xd0\xcf\x11\xe0": "Office",
    }
    for magic, name in known.items():
        if head.startswith(magic):
            return name
    text = head[:512].decode("utf-8", errors="ignore")
    if text and sum(ch.isprintable() or ch in "\t\n\r" for ch in text) >= 0.95 * len(text) \
            and len(text) >= 0.8 * len(head[:512]) / 1.5:
        return "văn bản"
    return "không rõ"


def _refuse(code: str, name: str, what: str = "") -> InputRefused:
    return InputRefused(code, f"{name} ({what})" if what else name)


def _read(path: Path, limits: Limits, follow_links: bool = True) -> bytes:
    """The size is asked of stat before a byte is read (a sparse 3 GB file is refused at once)."""
    return input_limits.read_capped(path, limits.max_file_bytes, follow_links=follow_links)


def _normalise(frame: Image.Image) -> Image.Image:
    """Modes the pipeline knows: 1, L, RGB. Transparency goes onto white paper."""
    if frame.mode in ("1", "L", "RGB"):
        return frame
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        merged = Image.alpha_composite(paper, rgba)
        return merged.convert("L" if frame.mode == "LA" else "RGB")
    if frame.mode.startswith("I;16") or frame.mode in ("I", "F"):
        arr = np.asarray(frame, dtype=np.float64)
        top = float(arr.max()) or 1.0
        return Image.fromarray((arr * (255.0 / top)).clip(0, 255).astype(np.uint8), "L")
    return frame.convert("RGB")  # P, CMYK, YCbCr, LAB, ...


def _estimated_dpi(image: Image.Image, info_dpi: Any, fallback: int) -> int:
    """`info_dpi` is whatever the file declared (PIL's info["dpi"]), or None."""
    try:
        x = float(info_dpi[0])
    except (TypeError, ValueError, IndexError):
        x = 0.0
    if 100 <= x <= 1200:
        return round(x)
    # Phone photos carry 72 dpi or none: estimate as if the long side were an A4 page.
    long_side = max(image.size)
    estimate = round(long_side / (297 / 25.4))
    return max(50, min(1200, estimate)) if estimate else fallback


def _load_raster(data: bytes, kind: str, name: str, dpi: int, limits: Limits) -> list[LoadedPage]:
    pages: list[LoadedPage] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            warnings.simplefilter("ignore", UserWarning)  # Pillow's chatter on damaged EXIF
            with Image.open(io.BytesIO(data)) as im:
                fmt = (im.format or "").lower()
                if fmt == "mpo":
                    fmt = "jpeg"  # phone cameras write MPO (JPEG with a depth image)
                if fmt != kind:
                    raise _refuse("corrupt_image", name, f"{kind}/{fmt}")
                count = getattr(im, "n_frames", 1)
                if count > limits.max_pages:
                    raise _refuse("too_many_pages", name, f"{count} > {limits.max_pages}")
                # every frame's size from the headers before the first is decoded
                input_limits.check_pixels(input_limits.count_pixels(im), name, limits.max_pixels,
                                          limits.max_file_pixels)
                for index in range(count):
                    im.seek(index)
                    width, height = im.size
                    if width * height > limits.max_pixels:
                        raise _refuse("image_too_large", name, f"{width}×{height}")
                    if min(width, height) < limits.min_side:
                        raise _refuse("image_too_small", name, f"{width}×{height}")
                    im.load()
                    frame = im.copy()
                    if kind in ("jpeg", "webp", "tiff"):
                        frame = ImageOps.exif_transpose(frame) or frame
                    frame = _normalise(frame)
                    hint = photo_hint(im, im.info.get("dpi"))
                    pages.append(LoadedPage(
                        image=frame, source=name, kind=kind, page_index=index, page_count=count,
                        dpi=_estimated_dpi(frame, im.info.get("dpi"), dpi), photo_hint=hint,
                        original=data if hint and count == 1 else None,
                    ))
    except InputRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse("image_too_large", name) from None
    except MemoryError:
        raise _refuse("image_too_large", name) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, TypeError,
            ZeroDivisionError, struct.error) as exc:
        # No file name in the log: names often carry a citizen's name.
        logger.info("unreadable %s image: %s", kind, type(exc).__name__)
        raise _refuse("corrupt_image", name) from None
    return pages


def _load_pdf(data: bytes, name: str, dpi: int, limits: Limits) -> list[LoadedPage]:
    # A PDF ends with %%EOF (readers tolerate trailing junk within the last KiB). pdfium would
    # "repair" a truncated file and show what it can: a cut-off dossier must be refused instead.
    if b"%%EOF" not in data[-2048:]:
        raise _refuse("corrupt_pdf", name, "thiếu phần cuối")
    pages: list[LoadedPage] = []
    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            raise _refuse(_why_pdf_unreadable(data), name) from None
        try:
            count = len(doc)
            if count == 0:
                raise _refuse("empty_pdf", name)
            if count > limits.max_pages:
                raise _refuse("too_many_pages", name, f"{count} > {limits.max_pages}")
            sizes = []
            for index in range(count):
                page = doc[index]
                try:
                    w_pt, h_pt = page.get_size()
                finally:
                    page.close()
                w_px, h_px = int(w_pt / 72 * dpi), int(h_pt / 72 * dpi)
                if max(w_pt, h_pt) / 72 * 25.4 > limits.max_pdf_side_mm or w_px * h_px > limits.max_pixels:
                    raise _refuse("image_too_large", name, f"trang {index + 1}: {w_px}×{h_px}")
                if min(w_px, h_px) < limits.min_side:
                    raise _refuse("image_too_small", name, f"trang {index + 1}")
                sizes.append((w_px, h_px))
            input_limits.check_pixels(
                input_limits.PixelCount(count, sum(w * h for w, h in sizes),
                                        max(w * h for w, h in sizes)),
                name, limits.max_pixels, limits.max_file_pixels)
            for index in range(count):
                page = doc[index]
                try:
                    bitmap = page.render(scale=dpi / 72)
                    image = _normalise(bitmap.to_pil())
                finally:
                    page.close()
                pages.append(LoadedPage(image=_grey_if_colourless(image), source=name, kind="pdf",
                                        page_index=index, page_count=count, dpi=dpi))
        except pdfium.PdfiumError:
            raise _refuse("corrupt_pdf", name) from None
        finally:
            doc.close()
    return pages


def _why_pdf_unreadable(data: bytes) -> str:
    """pdfium's error code is process-global and can be stale; ask qpdf for the reason."""
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return "empty_pdf" if len(pdf.pages) == 0 else "corrupt_pdf"
    except pikepdf.PasswordError:
        return "encrypted_pdf"
    except Exception:  # noqa: BLE001 - any qpdf failure means the same to the officer
        return "corrupt_pdf"


def _grey_if_colourless(image: Image.Image) -> Image.Image:
    """Rendered text pages are RGB with equal channels: keep them grey (a third of the memory)."""
    if image.mode != "RGB":
        return image
    small = np.asarray(image.resize((max(1, image.width // 8), max(1, image.height // 8))),
                       dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return image.convert("L") if int(spread.max()) <= 6 else image


def load_pages(path: Path, dpi: int = 300, limits: Limits = DEFAULT_LIMITS,
               follow_links: bool = True) -> list[LoadedPage]:
    """All pages of one file, in order, or InputRefused(code, "name (why)"). Without
    `follow_links` (the watched folder) a symbolic link is refused, not read through."""
    path = Path(path)
    name = path.name
    data = _read(path, limits, follow_links)
    kind = sniff(data[:1024])
    if kind == "heic":
        raise _refuse("unsupported_heic", name)
    if kind is None:
        raise _refuse("unsupported_format", name, describe(data[:1024]))
    if kind == "pdf":
        return _load_pdf(data, name, dpi, limits)
    return _load_raster(data, kind, name, dpi, limits)


def load_many(paths: Sequence[Path] | Iterable[Path], dpi: int = 300,
              limits: Limits = DEFAULT_LIMITS) -> list[LoadedPage]:
    """All pages of all files, in the order given; if any file is refused, nothing is returned."""
    paths = [Path(p) for p in paths]
    if len(paths) > limits.max_files:
        raise InputRefused("too_many_files", f"{len(paths)} > {limits.max_files}")
    total = 0
    for path in paths:  # the whole import's pixels, from headers, before any file is decoded
        pixels = decoded_pixels(path, dpi, limits)
        if pixels > limits.max_file_pixels:
            raise _refuse("file_pixels_too_large", path.name,
                          f"{input_limits.mpx(pixels)} > {input_limits.mpx(limits.max_file_pixels)}")
        total += pixels
        if total > limits.max_total_pixels:
            raise InputRefused("import_too_large", f"{len(paths)} tệp, > "
                               f"{input_limits.mpx(limits.max_total_pixels)}")
    pages: list[LoadedPage] = []
    for path in paths:
        pages.extend(load_pages(path, dpi, limits))
        if len(pages) > limits.max_total_pages:
            raise InputRefused("too_many_pages", f"{len(pages)} > {limits.max_total_pages}")
    return pages


def decoded_pixels(path: Path, dpi: int = 300, limits: Limits = DEFAULT_LIMITS) -> int:
    """What one file's pages decode to, in pixels, from its headers alone (PDF pages at `dpi`).
    A file whose headers cannot be read counts 0 here: load_pages then refuses it by name."""
    try:
        input_limits.check_size(path, limits.max_file_bytes)
        with open(path, "rb") as fh:
            kind = sniff(fh.read(1024))
        if kind == "pdf":
            with PDFIUM_LOCK:
                doc = pdfium.PdfDocument(str(path))
                try:
                    total = 0
                    for index in range(min(len(doc), limits.max_pages + 1)):
                        w_pt, h_pt = doc.get_page_size(index)
                        # counted as grey: most scanned PDFs are, and colour pages are rare
                        total += int(w_pt / 72 * dpi) * int(h_pt / 72 * dpi)
                    return total
                finally:
                    doc.close()
        if kind is None or kind == "heic":
            return 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as im:
                if getattr(im, "n_frames", 1) > limits.max_pages:
                    return 0
                return input_limits.count_pixels(im).total
    except InputRefused:
        raise
    except Exception:  # noqa: BLE001 - unreadable headers: load_pages names the problem
        return 0
