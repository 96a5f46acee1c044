"""Comparing a scanned copy with a scan of the original (see engine.py for the method)."""
from __future__ import annotations

from pathlib import Path

from desk_app.compare.engine import compare_images
from desk_app.compare.imageio import load_image
from desk_app.compare.result import CompareResult, Region, TextChange

__all__ = [
    "CompareResult",
    "Region",
    "TextChange",
    "compare_bytes",
    "compare_files",
    "compare_images",
    "load_image",
]


def compare_files(original: Path, copy: Path, *, ocr: bool = True) -> CompareResult:
    """Both files read (bad ones refused with InputRefused) and compared."""
    return compare_images(load_image(original), load_image(copy), ocr=ocr)


def compare_bytes(original: bytes, copy: bytes, *, ocr: bool = True) -> CompareResult:
    return compare_images(load_image(original), load_image(copy), ocr=ocr)
