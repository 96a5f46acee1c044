"""How much one file and one import may hold, checked before anything is decoded, at every entry
point: `import`, the GUI's drop and "Đính kèm…", the watched folder (all through
desk_app/capture/loader.py), and `ocr`, `compare`, `idcard` on files named on the command line.

Two things decide memory, and both are known from headers alone: the file's size (stat) and the
pixels its pages decode to (PIL's lazy open gives each frame's size; seeking a multi-frame TIFF
reads its directories, not its strips). A 7 MB TIFF of 60 one-colour 9000×9000 frames decodes to
4.9 gigapixels; a sparse 3 GB file is 3 GB to read."""
from __future__ import annotations

import io
import os
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from desk_app.domain import vn_format
from desk_app.errors import InputRefused

MiB = 1024 * 1024
MAX_FILE_BYTES = 200 * MiB
MAX_PAGE_PIXELS = 100_000_000  # one page: an A3 sheet at 600 dpi is 70 megapixels
# One file and one import, in decoded pixels where a colour pixel counts four (the import holds
# every page decoded at once, one byte a pixel for grey and bilevel pages, three for colour, and
# cleans two pages at a time): it must stay under the 1.5 GB a counter PC can give it. Measured
# (docs/security.md): three bilevel 9000×9000 sheets (243 M) peak at 0.9 GB, two colour
# 7000×7000 pages (392 M, refused now) at 1.6 GB. 300 million is 34 grey A4 pages at 300 dpi,
# 8 in colour; a larger dossier is imported in parts.
MAX_FILE_PIXELS = 300_000_000
MAX_IMPORT_PIXELS = 300_000_000
_COLOUR_WEIGHT = 4


@dataclass(frozen=True)
class PixelCount:
    frames: int
    total: int
    largest: int


def _mb(n: int) -> str:
    return f"{vn_format.number(n / MiB)} MB"


def check_size(path: Path, max_bytes: int = MAX_FILE_BYTES, *, follow_links: bool = True) -> int:
    """The file's size, or InputRefused when it is missing, not a regular file, empty or too
    large. Only stat is asked: nothing is read."""
    name = Path(path).name
    try:
        st = os.stat(path) if follow_links else os.lstat(path)
    except FileNotFoundError:
        raise InputRefused("file_not_found", name) from None
    except OSError as exc:
        raise InputRefused("file_unreadable", f"{name} ({type(exc).__name__})") from None
    if stat.S_ISLNK(st.st_mode):
        raise InputRefused("link_not_followed", name)
    if not stat.S_ISREG(st.st_mode):
        raise InputRefused("not_a_file", name)
    if st.st_size == 0:
        raise InputRefused("empty_file", name)
    if st.st_size > max_bytes:
        raise InputRefused("file_too_large", f"{name} ({_mb(st.st_size)} > {_mb(max_bytes)})")
    return st.st_size


def read_capped(path: Path, max_bytes: int = MAX_FILE_BYTES, *, follow_links: bool = True) -> bytes:
    """The file's bytes, refused as `check_size` says; never more than `max_bytes` are read,
    even from a file that grows meanwhile. Without `follow_links` a symbolic link is refused
    at the open itself (O_NOFOLLOW), not only at the check before it."""
    name = Path(path).name
    check_size(path, max_bytes, follow_links=follow_links)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        code = "link_not_followed" if not follow_links and os.path.islink(path) else "file_unreadable"
        raise InputRefused(code, f"{name}" if code != "file_unreadable"
                           else f"{name} ({type(exc).__name__})") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise InputRefused("not_a_file", name)
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputRefused("file_too_large", f"{name} (> {_mb(max_bytes)})")
    if not data:
        raise InputRefused("empty_file", name)
    return data


def count_pixels(im: Image.Image, first_only: bool = False) -> PixelCount:
    """Frames and pixels of an opened (not loaded) image, from its headers; leaves it on frame 0.
    `first_only` for readers that decode the first frame alone (`ocr`, `compare`)."""
    frames = 1 if first_only else int(getattr(im, "n_frames", 1) or 1)
    total = largest = 0
    for index in range(frames):
        if frames > 1:
            im.seek(index)
        pixels = im.width * im.height
        total += pixels * weight(im.mode)
        largest = max(largest, pixels)
    if frames > 1:
        im.seek(0)
    return PixelCount(frames, total, largest)


def weight(mode: str) -> int:
    """What one pixel of a frame in `mode` counts: 1 for bilevel and grey, 4 for the rest (the
    loader turns palette, CMYK and alpha images into RGB)."""
    return 1 if mode in ("1", "L", "LA", "I", "I;16", "I;16B", "I;16L", "F") else _COLOUR_WEIGHT


def mpx(pixels: float) -> str:
    return f"{vn_format.number(pixels / 1e6)} Mpx"


def check_pixels(count: PixelCount, name: str, max_page: int = MAX_PAGE_PIXELS,
                 max_file: int = MAX_FILE_PIXELS) -> None:
    if count.largest > max_page:
        raise InputRefused("image_too_large", f"{name} ({mpx(count.largest)})")
    if count.total > max_file:
        raise InputRefused("file_pixels_too_large",
                           f"{name} ({count.frames} trang, {mpx(count.total)} > {mpx(max_file)})")


def check_image_file(path: Path, max_bytes: int = MAX_FILE_BYTES,
                     max_page: int = MAX_PAGE_PIXELS, max_file: int = MAX_FILE_PIXELS) -> bytes:
    """A raster image file named on the command line (`ocr`, `compare`): its bytes, once its size
    and its pixels (from the headers) are within the limits. A file PIL cannot identify is
    returned as is: the decoder's own refusal then names it."""
    data = read_capped(Path(path), max_bytes)
    name = Path(path).name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:
                count = count_pixels(im, first_only=True)
    except InputRefused:
        raise
    except Image.DecompressionBombError:
        raise InputRefused("image_too_large", name) from None
    except Exception:  # noqa: BLE001 - unreadable headers: the decoder says why, later
        return data
    check_pixels(count, name, max_page, max_file)
    return data
