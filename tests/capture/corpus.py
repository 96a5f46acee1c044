"""Generators for test pages and for the corpus of bad files every loader entry must refuse."""
from __future__ import annotations

import gzip
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw


def page_image(text: str = "Trang", size: tuple[int, int] = (600, 800), mode: str = "L") -> Image.Image:
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    for i in range(12):
        draw.text((40, 40 + i * 40), f"{text} dòng {i}", fill="black")
    return img.convert(mode)


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=85)
    return buf.getvalue()


def multipage_tiff(path: Path, count: int, label: str = "TIFF") -> Path:
    frames = [page_image(f"{label} {i + 1}") for i in range(count)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_lzw", dpi=(300, 300))
    return path


def pdf_with_pages(path: Path, count: int, label: str = "PDF", encrypt: bool = False) -> Path:
    """A real PDF: pages drawn with reportlab (text), optionally encrypted with pikepdf."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(count):
        c.setFont("Helvetica", 28)
        c.drawString(72, 700, f"{label} page {i + 1}")
        c.showPage()
    c.save()
    if not encrypt:
        path.write_bytes(buf.getvalue())
        return path
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    return path


def many_page_pdf(count: int) -> bytes:
    """A structurally valid PDF with `count` tiny pages, written directly (fast)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{i + 3} 0 R" for i in range(count))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    for _ in range(count):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png_bomb(width: int = 20000, height: int = 20000) -> bytes:
    """A small PNG file (about 400 kB) that decompresses into a 400-megapixel grey image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    # Deflate resets after a full flush, so one compressed block repeated is a valid stream;
    # the zlib trailer needs the checksum of all the (zero) data.
    rows = 500
    block = (b"\x00" + b"\x00" * width) * rows
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(height // rows):
        adler = zlib.adler32(block, adler)
    body = b"\x78\xda" + piece * (height // rows) + comp.flush() + struct.pack(">I", adler)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def jpeg_header_huge() -> bytes:
    """A JPEG whose frame header declares 65000×65000 pixels."""
    data = bytearray(jpeg_bytes(page_image()))
    sof = data.find(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", 65000, 65000)
    return bytes(data)


def bad_corpus(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, expected refusal code). At least 20 kinds."""
    folder.mkdir(parents=True, exist_ok=True)
    good_png = png_bytes(page_image())
    good_jpeg = jpeg_bytes(page_image())
    good_pdf = pdf_with_pages(folder / "_good.pdf", 2).read_bytes()
    (folder / "_good.pdf").unlink()
    tiff_buf = io.BytesIO()
    page_image().save(tiff_buf, "TIFF", compression="tiff_lzw")
    rng = os.urandom
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as zf:
        zf.writestr("scan.tiff", tiff_buf.getvalue())
    entries: dict[str, tuple[str, bytes | None, str]] = {
        "empty": ("empty.jpg", b"", "empty_file"),
        "truncated_jpeg": ("cut.jpg", good_jpeg[: len(good_jpeg) // 2], "corrupt_image"),
        "truncated_png": ("cut.png", good_png[: len(good_png) // 2], "corrupt_image"),
        "truncated_pdf": ("cut.pdf", good_pdf[: len(good_pdf) // 2], "corrupt_pdf"),
        "truncated_tiff": ("cut.tif", tiff_buf.getvalue()[:2000], "corrupt_image"),
        "png_bomb": ("bomb.png", png_bomb(), "image_too_large"),
        "jpeg_huge_header": ("huge.jpg", jpeg_header_huge(), "image_too_large"),
        "text_as_jpg": ("note.jpg", "Đây là văn bản, không phải ảnh\n".encode() * 20, "unsupported_format"),
        "random_bytes": ("noise.png", rng(4096), "unsupported_format"),
        "zip_as_tiff": ("archive.tiff", zbuf.getvalue(), "unsupported_format"),
        "gzip_as_png": ("packed.png", gzip.compress(good_png), "unsupported_format"),
        "html_as_pdf": ("page.pdf", b"<!DOCTYPE html><html><body>PDF</body></html>", "unsupported_format"),
        "elf_as_pdf": ("tool.pdf", b"\x7fELF" + rng(2000), "unsupported_format"),
        "gif_image": ("anim.gif", b"GIF89a" + rng(200), "unsupported_format"),
        "svg_as_png": ("vector.png", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "unsupported_format"),
        "heic_photo": ("IMG_0001.HEIC", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + rng(500), "unsupported_heic"),
        "jpeg_garbage_body": ("garbage.jpg", b"\xff\xd8\xff\xe0" + rng(3000), "corrupt_image"),
        "png_garbage_idat": ("garbage.png", good_png[:33] + b"\x00\x00\x10\x00IDAT" + rng(4096), "corrupt_image"),
        "pdf_header_garbage": ("junk.pdf", b"%PDF-1.7\n" + rng(5000) + b"\n%%EOF\n", "corrupt_pdf"),
        "encrypted_pdf": ("locked.pdf", None, "encrypted_pdf"),
        "pdf_10000_pages": ("huge.pdf", many_page_pdf(10000), "too_many_pages"),
        "pdf_zero_pages": ("nopages.pdf", many_page_pdf(0), "empty_pdf"),
        "tiff_too_many_frames": ("frames.tif", None, "too_many_pages"),
        "tiny_image": ("icon.png", png_bytes(Image.new("L", (16, 16), 255)), "image_too_small"),
        "pdf_giant_page": ("poster.pdf", many_page_pdf(1).replace(b"[0 0 595 842]", b"[0 0 14400 14400]"), "image_too_large"),
        "oversized_file": ("big.jpg", None, "file_too_large"),
        "directory": ("folder.png", None, "not_a_file"),
        "missing": ("missing.jpg", None, "file_not_found"),
    }
    files: dict[str, tuple[Path, str]] = {}
    for key, (name, data, code) in entries.items():
        path = folder / name
        if data is not None:
            path.write_bytes(data)
        elif key == "encrypted_pdf":
            pdf_with_pages(path, 2, encrypt=True)
        elif key == "tiff_too_many_frames":
            small = Image.new("L", (120, 120), 255)
            small.save(path, save_all=True, append_images=[small] * 150, compression="tiff_lzw")
        elif key == "oversized_file":
            with path.open("wb") as fh:  # sparse: costs no disk
                fh.write(good_jpeg)
                fh.truncate(300 * 1024 * 1024)
        elif key == "directory":
            path.mkdir()
        files[key] = (path, code)
    return files
