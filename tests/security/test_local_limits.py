"""Issue 11 point 6: a 7 MB TIFF of 60 one-colour 9000×9000 frames, each within the per-page
limit, took 5.3 GB to import; `ocr` and `compare` on a sparse 3 GB file reached 3.1 GB; `ocr` on a
PNG with a broken chunk ended with an uncaught error. Now the file's size (stat) and its decoded
pixels (headers only) are checked before anything is decoded, at every entry point. Each command
runs as its own process and its peak RSS is measured."""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from desk_app.capture.loader import load_many
from desk_app.capture.service import prepare_files
from desk_app.errors import InputRefused
from desk_app.input_limits import MAX_IMPORT_PIXELS

GB = 1024 ** 3
MB = 1024 ** 2


@pytest.fixture(scope="module")
def big_tiff(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 frames of one colour, 9000×9000 each (81 Mpx, under the 100 Mpx page limit): a few MB
    on disk, 4.9 gigapixels decoded."""
    path = tmp_path_factory.mktemp("tiff") / "ho-so-60-trang.tif"
    frame = Image.new("1", (9000, 9000), 1)
    frame.save(path, save_all=True, append_images=[frame] * 59, compression="packbits",
               dpi=(300, 300))
    with Image.open(path) as im:
        assert im.n_frames == 60 and im.size == (9000, 9000)
    assert path.stat().st_size < 12 * MB
    return path


@pytest.fixture(scope="module")
def sparse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sparse") / "anh.png"
    with open(path, "wb") as fh:
        fh.write(b"\x89PNG\r\n\x1a\n")
        fh.truncate(3 * GB)  # sparse: 3 GB to read, nothing on disk
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from tests.security.conftest import run_cli

    home = tmp_path_factory.mktemp("store") / "home"
    assert run_cli(home, "demo-data", "--dossiers", "1").returncode == 0
    code = json.loads(run_cli(home, "dossiers", "list", "--json").stdout)[0]["code"]
    return home, code


def _pages(cli: Any, home: Path) -> int:
    return int(json.loads(cli(home, "dossiers", "list", "--json").stdout)[0]["pages"])


def test_import_of_the_60_frame_tiff_is_refused_within_the_memory_budget(
        store: tuple[Path, str], big_tiff: Path, cli: Any) -> None:
    home, code = store
    before = _pages(cli, home)
    run = cli(home, "import", "--dossier", code, str(big_tiff), measure=True)
    print(f"import 60×9000×9000 TIFF: exit {run.returncode}, peak {run.peak_bytes / MB:.0f} MB, "
          f"{run.seconds:.2f} s")
    assert run.peak_bytes < 1.5 * GB
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "quá lớn" in run.stderr and "ho-so-60-trang.tif" in run.stderr
    assert _pages(cli, home) == before  # the store is unchanged


@pytest.mark.parametrize("command", ["ocr", "compare", "idcard"])
def test_a_sparse_3_gb_file_is_refused_at_once(sparse: Path, tmp_path: Path, cli: Any,
                                               command: str) -> None:
    args = [str(sparse), str(sparse)] if command == "compare" else [str(sparse)]
    run = cli(tmp_path / "home", command, *args, measure=True)
    print(f"{command} on a sparse 3 GB file: exit {run.returncode}, "
          f"peak {run.peak_bytes / MB:.0f} MB, {run.seconds:.2f} s")
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "Tệp quá lớn" in run.stderr
    assert run.peak_bytes < 300 * MB
    assert run.seconds < 1.0


def _broken_pngs(folder: Path) -> list[Path]:
    buf = io.BytesIO()
    Image.new("L", (300, 300), 200).save(buf, "PNG")
    good = buf.getvalue()
    out = []
    for name, at, shift in (("idat-crc.png", b"IDAT", 8), ("ihdr-crc.png", b"IHDR", 17)):
        data = bytearray(good)
        data[data.index(at) + shift] ^= 0xFF  # one byte of the chunk: its CRC no longer matches
        out.append(folder / name)
        out[-1].write_bytes(bytes(data))
    return out


def test_ocr_of_a_png_with_a_broken_chunk_says_a_sentence(tmp_path: Path, cli: Any) -> None:
    for png in _broken_pngs(tmp_path):
        run = cli(tmp_path / "home", "ocr", str(png))
        assert run.returncode != 0
        assert "Traceback" not in run.stderr
        assert f"{png}: Ảnh bị hỏng hoặc không đọc được" in run.stderr


def test_compare_refuses_a_page_of_too_many_pixels_from_its_header(tmp_path: Path,
                                                                   cli: Any) -> None:
    """A PNG whose header claims 20000×20000 (400 Mpx): refused before any decoding."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    png = tmp_path / "lon.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000,
                                                                         8, 0, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))
    for command in (["compare", str(png), str(png)], ["ocr", str(png)]):
        run = cli(tmp_path / "home", *command, measure=True)
        assert run.returncode != 0 and "Traceback" not in run.stderr
        assert "quá lớn" in run.stderr
        assert run.peak_bytes < 300 * MB


def test_one_import_is_capped_across_its_files(tmp_path: Path) -> None:
    """Each file within the per-file cap, together over the import's cap: refused before the
    first is decoded (the GUI's drop and "Đính kèm…" go through prepare_files, the CLI through
    the same load_many)."""
    frame = Image.new("1", (9000, 9000), 1)
    files = []
    per_file = 2 * 81_000_000
    for i in range(MAX_IMPORT_PIXELS // per_file + 1):
        path = tmp_path / f"to-{i}.tif"
        frame.save(path, save_all=True, append_images=[frame], compression="packbits")
        files.append(path)
    with pytest.raises(InputRefused) as err:
        load_many(files)
    assert err.value.code == "import_too_large"
    with pytest.raises(InputRefused) as err:
        prepare_files(files)
    assert err.value.code == "import_too_large"


def test_the_gui_drop_path_refuses_the_60_frame_tiff(big_tiff: Path) -> None:
    with pytest.raises(InputRefused) as err:
        prepare_files([big_tiff])
    assert err.value.code == "file_pixels_too_large"
