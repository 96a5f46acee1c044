"""Issue 11 point 5: `report -o` and `digitize -o` renamed over whatever was at the path (run as
root, `digitize CODE -o /dev/full` replaced the system's /dev/full). Now every output goes through
desk_app/safe_output.py: a temp file beside the target, renamed only onto a regular file or a new
name; a FIFO, device, directory or symbolic link is refused with a sentence."""
from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from desk_app.errors import InputRefused
from desk_app.safe_output import write_output

REPORT = ("report", "verifications", "--format", "json", "--user", "giamsat")


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.security.conftest import run_cli

    home = tmp_path_factory.mktemp("store") / "home"
    made = run_cli(home, "demo-data", "--dossiers", "2")
    assert made.returncode == 0, made.stderr
    return home


def _smallest_dossier(cli: Any, home: Path) -> str:
    listed = cli(home, "dossiers", "list", "--json")
    rows = [d for d in json.loads(listed.stdout) if d["pages"]]
    return str(min(rows, key=lambda d: d["pages"])["code"])


def _left_alone(out: Path) -> None:
    assert stat.S_ISFIFO(os.lstat(out).st_mode), "the FIFO was replaced"
    assert [p.name for p in out.parent.iterdir() if p.name != out.name] == []  # no temp left


def _refused(run: Any) -> None:
    assert run.returncode != 0
    assert "không phải là một tệp thường" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_report_and_digitize_refuse_a_fifo(demo_home: Path, tmp_path: Path, cli: Any) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    fifo = folder / "kenh"
    os.mkfifo(fifo)
    run = cli(demo_home, *REPORT, "-o", str(fifo), DESK_APP_PASSWORD="Giamsat@2026", timeout=60)
    _refused(run)
    _left_alone(fifo)
    code = _smallest_dossier(cli, demo_home)
    run = cli(demo_home, "digitize", code, "-o", str(fifo), "-q", timeout=60)
    _refused(run)
    _left_alone(fifo)
    run = cli(demo_home, "receipt", code, "-o", str(fifo), timeout=60)
    _refused(run)
    _left_alone(fifo)


@pytest.mark.parametrize("kind", ["device", "directory", "symlink"])
def test_report_refuses_a_device_a_folder_and_a_link(demo_home: Path, tmp_path: Path, cli: Any,
                                                     kind: str) -> None:
    target = tmp_path / "dich"
    victim = tmp_path / "victim.txt"
    victim.write_text("giữ nguyên", encoding="utf-8")
    if kind == "device":
        target = Path("/dev/null")
    elif kind == "directory":
        target.mkdir()
    else:
        target.symlink_to(victim)
    run = cli(demo_home, *REPORT, "-o", str(target), DESK_APP_PASSWORD="Giamsat@2026")
    _refused(run)
    assert victim.read_text(encoding="utf-8") == "giữ nguyên"
    if kind == "device":
        assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    elif kind == "symlink":
        assert target.is_symlink()


def test_output_onto_an_existing_regular_file_replaces_it(demo_home: Path, tmp_path: Path,
                                                          cli: Any) -> None:
    out = tmp_path / "nhat-ky.json"
    out.write_text("cũ", encoding="utf-8")
    run = cli(demo_home, *REPORT, "-o", str(out), DESK_APP_PASSWORD="Giamsat@2026")
    assert run.returncode == 0, run.stderr
    assert isinstance(json.loads(out.read_text(encoding="utf-8")), list)
    pdf = tmp_path / "ho-so.pdf"
    pdf.write_bytes(b"old")
    code = _smallest_dossier(cli, demo_home)
    run = cli(demo_home, "digitize", code, "-o", str(pdf), "-q")
    assert run.returncode == 0, run.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.strip()  # the searchable text layer is there
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ho-so.pdf", "nhat-ky.json"]


def test_the_helper_refuses_before_writing(tmp_path: Path) -> None:
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    with pytest.raises(InputRefused) as err:
        write_output(fifo, b"x")
    assert err.value.code == "output_not_regular" and "FIFO" in err.value.detail
    new = tmp_path / "moi" / "tep.bin"
    write_output(new, b"abc")
    assert new.read_bytes() == b"abc"


def test_scan_does_not_rename_over_a_fifo_planted_in_its_folder(tmp_path: Path, cli: Any) -> None:
    """`scan -o DIR` writes page-NNNN files into a folder that may be shared: a FIFO planted
    under the next page's name stays a FIFO, and the pages before it are kept."""
    sane = tmp_path / "sane.d"
    sane.mkdir()
    (sane / "dll.conf").write_text("test\n")
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "page-0002.png")
    run = cli(tmp_path / "home", "scan", "--device", "test:0", "--pages", "3", "-o", str(out),
              "--dpi", "200", SANE_CONFIG_DIR=str(sane), timeout=120)
    assert run.returncode == 2, run.stderr
    assert "không phải là một tệp thường" in run.stderr and "Đã lưu 1 trang" in run.stderr
    assert stat.S_ISFIFO(os.lstat(out / "page-0002.png").st_mode)
    assert (out / "page-0001.png").is_file()
