"""The command line speaks Vietnamese: argparse's own words (usage, section titles, the help of -h,
every usage error) come from desk_app/cli/vi_argparse.py, every command and argument has a
Vietnamese help, and without -v no English log line reaches the terminal (records go to the store's
log file instead). The text outputs that used to show codes or row ids show words."""
from __future__ import annotations

import argparse
import gettext
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
# What argparse says in English, in any Python version; none may reach a user.
ENGLISH = ("usage:", "positional arguments", "optional arguments", "options:", "show this help",
           "required", "invalid choice", "choose from", "error:", "unrecognized", "expected",
           "argument", "COMMAND", "ACTION", "REPORT", "FILE", "CODE", "IMAGE")
LOG_LINE = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: ", re.MULTILINE)


def english_in(text: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in text]


def parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
            ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:  # argparse keeps sub-commands only in private fields
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from parsers(child, (*path, name))


COMMANDS = [path for path, _ in parsers(build_parser())]


def test_every_command_is_enumerated() -> None:
    names = {" ".join(p) for p in COMMANDS}
    assert {"", "dossiers list", "central init", "report verifications", "log verify", "scan",
            "digitize"} <= names
    assert len(COMMANDS) > 25


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "desk-app")
def test_help_is_vietnamese(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([*path, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: desk-app")
    assert "in hướng dẫn này rồi thoát" in out
    assert not english_in(out), (english_in(out), out)


def test_every_argument_has_a_vietnamese_help() -> None:
    missing = []
    for path, parser in parsers(build_parser()):
        assert parser.description, f"`desk-app {' '.join(path)}` has no description"
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction) and not action.help:
                missing.append(f"{' '.join(path)} {'/'.join(action.option_strings) or action.dest}")
    assert not missing, missing


@pytest.mark.parametrize("argv,words", [
    (["receipt"], ["còn thiếu: MÃ_HỒ_SƠ, -o/--output"]),
    (["report", "verifications", "--format", "docx"], ["--format", "'docx'", "'pdf'"]),
    (["report"], ["còn thiếu: BÁO_CÁO"]),
    (["khong-co-lenh"], ["'khong-co-lenh'", "'dossiers'"]),
    (["dossiers", "list", "--limit", "nhiều"], ["--limit", "giá trị không hợp lệ"]),
    (["dossiers", "list", "--mot-tuy-chon-la"], ["không hiểu đối số: --mot-tuy-chon-la"]),
    (["digitize", "H1", "-o"], ["cần một giá trị"]),
])
def test_usage_errors_are_vietnamese(argv: list[str], words: list[str],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Cách dùng: desk-app")
    assert "\nLỗi: " in err and "Xem hướng dẫn: desk-app" in err
    for word in words:
        assert word in err, err
    assert not english_in(err), (english_in(err), err)


def test_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    """The translation lasts while the command's parser works: other parsers in the process (the
    test runner's) keep their English."""
    with pytest.raises(SystemExit):
        main(["--help"])
    capsys.readouterr()
    assert vars(argparse)["_"] is gettext.gettext
    assert "usage:" in argparse.ArgumentParser(prog="x").format_usage()


def run(home: Path, *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    """The real entry point, as a user runs it (its own process, its own logging)."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    full = {**os.environ, "DESK_APP_HOME": str(home), "PYTHONPATH": path, **(env or {})}
    full.pop("DESK_APP_USER", None)
    # run in the store's folder: whatever a process leaves in its working folder (a core file of a
    # Qt that aborts) stays out of the checkout
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], check=False,
                          capture_output=True, text=True, env=full, cwd=home, timeout=600)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("cli-store")
    done = run(home, "demo-data", "--dossiers", "8")
    assert done.returncode == 0, done.stderr
    return home


def test_entry_point_help_and_error_in_vietnamese(tmp_path: Path) -> None:
    out = run(tmp_path, "--help")
    assert out.returncode == 0 and out.stdout.startswith("Cách dùng: desk-app")
    assert not english_in(out.stdout)
    out = run(tmp_path, "report", "ledger", "--bogus")
    assert out.returncode == 2 and "Lỗi: không hiểu đối số: --bogus" in out.stderr
    assert not english_in(out.stderr)


def test_a_refused_report_logs_to_the_store_not_the_terminal(store: Path) -> None:
    officer = {"DESK_APP_PASSWORD": "Canbo1@2026"}
    out = run(store, "report", "officers", "--user", "canbo1", env=officer)
    assert out.returncode == 2
    assert out.stderr.startswith("Lỗi: Chỉ lãnh đạo hoặc quản trị viên"), out.stderr
    assert not LOG_LINE.search(out.stderr) and "Traceback" not in out.stderr
    log = (store / "logs" / "desk-app.log").read_text(encoding="utf-8")
    assert "WARNING desk_app.supervision.access: supervision refused to role 'officer'" in log
    # with -v the details are on the terminal
    out = run(store, "-v", "report", "officers", "--user", "canbo1", env=officer)
    assert out.returncode == 2
    assert "WARNING desk_app.supervision.access: supervision refused" in out.stderr


@pytest.mark.parametrize("args", [
    ["dossiers", "list"], ["dossiers", "list", "--json"], ["log", "verify"],
    ["log", "verify", "--json"], ["report", "indicators", "--format", "json", "--user", "giamsat"],
])
def test_no_english_log_line_without_v(store: Path, args: list[str]) -> None:
    out = run(store, *args, env={"DESK_APP_PASSWORD": "Giamsat@2026"})
    assert out.returncode == 0, out.stderr
    assert out.stderr == "", out.stderr


def test_dossier_list_shows_status_words_and_json_keeps_codes(store: Path) -> None:
    from desk_app.labels import STATUS_TEXT

    rows = json.loads(run(store, "dossiers", "list", "--json").stdout)
    codes = {r["status"] for r in rows}
    assert codes <= set(STATUS_TEXT) and len(codes) >= 2
    text = run(store, "dossiers", "list").stdout
    for code in codes:
        assert code not in text
        assert STATUS_TEXT[code] in text


def test_dossier_list_writes_dates_day_first_and_json_keeps_iso(store: Path) -> None:
    import datetime as dt

    from desk_app.domain import vn_format

    rows = json.loads(run(store, "dossiers", "list", "--json").stdout)
    lines = run(store, "dossiers", "list").stdout.splitlines()
    assert len(lines) == len(rows) >= 2
    for row, line in zip(rows, lines, strict=True):
        received = dt.datetime.fromisoformat(row["received_at"])  # ISO: the JSON contract
        due = vn_format.datetime(dt.datetime.fromisoformat(row["due_at"])) if row["due_at"] else "-"
        assert line.startswith(f"{row['code']}  {vn_format.datetime(received)}  hẹn {due}  "), line
        assert re.match(r"\S+  \d\d/\d\d/\d{4} \d\d:\d\d  hẹn ", line), line


def test_log_verify_speaks_vietnamese(store: Path) -> None:
    out = run(store, "log", "verify")
    assert out.returncode == 0
    assert re.fullmatch(r"Nhật ký đối chiếu nguyên vẹn: \d+ mục\.\n", out.stdout), out.stdout
    assert json.loads(run(store, "log", "verify", "--json").stdout)["intact"] is True


def test_digitize_counts_pages_without_ids_or_personal_data(store: Path, tmp_path: Path) -> None:
    rows = json.loads(run(store, "dossiers", "list", "--json").stdout)
    small, other = sorted((r for r in rows if r["pages"]), key=lambda r: r["pages"])[:2]
    pdf = tmp_path / "hs.pdf"
    out = run(store, "digitize", small["code"], "-o", str(pdf))
    assert out.returncode == 0, out.stderr
    # not a terminal: one line at the end, the pages counted, no page's row id
    assert out.stderr == f"Nhận dạng chữ: {small['pages']}/{small['pages']} trang\n"
    assert out.stdout.startswith(f"{pdf} ({small['pages']} trang")
    # with -v the log is on the terminal, and still names no citizen
    out = run(store, "-v", "digitize", other["code"], "-o", str(tmp_path / "b.pdf"))
    assert out.returncode == 0, out.stderr
    assert LOG_LINE.search(out.stderr)
    assert other["applicant"] not in out.stderr


def test_the_client_keeps_the_terminal_clean(tmp_path: Path) -> None:
    """Qt's own messages (English) go to the store's log like every record; when Qt cannot start at
    all one Vietnamese line says where the details are."""
    hooks = {"DESK_APP_STARTUP_MARKER": "1", "DESK_APP_EXIT_AFTER_FIRST_WINDOW": "1",
             "QT_QPA_PLATFORM": "offscreen"}
    out = run(tmp_path, env=hooks)
    assert out.returncode == 0 and "FIRST_WINDOW_SHOWN" in out.stdout
    assert out.stderr == "", out.stderr
    out = run(tmp_path, env={**hooks, "QT_QPA_PLATFORM": "khong-co"})
    assert out.returncode != 0
    assert out.stderr.strip() == ("Lỗi: giao diện không khởi động được; chi tiết ghi trong "
                                  f"{tmp_path / 'logs' / 'desk-app.log'}")
    assert "no Qt platform plugin" in (tmp_path / "logs" / "desk-app.log").read_text("utf-8")
