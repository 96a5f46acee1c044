"""Every number, date and percentage an officer reads goes through desk_app/domain/vn_format.py.

The screens (ui/) and the command line's human output (desk_app/cli/) must not format on their
own: a `strftime`, an f-string spec such as `:.1f`, `:,`, `:%d/%m/%Y`, a `"{:.2f}".format`, a
`"%.1f" %` or a Qt `toString("dd/MM")` is how "86.7%", "0.030" and "08:30 26/11/2026" crept back
next to the formatter's "86,7 %", "0,030" and "26/11/2026 08:30". This scan reads the sources'
syntax trees and fails on any of them outside a short allow-list of machine formats. Parsing what
the officer typed (`strptime`) is not formatting and is not looked at.
"""
from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

from desk_app.domain import vn_format

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("ui", "desk_app/cli")

# (file, a piece of the offending line): machine formats, never read as a number or a date.
ALLOWED = {
    # The start-up benchmark's marker on stdout, parsed by tools/ and benchmarks/, never shown.
    ("ui/app.py", "FIRST_WINDOW_SHOWN"),
    # A report's suggested file name: a sortable stamp (kind-20261101-20261130.pdf), not text.
    ("ui/reports/supervision_actions.py", 'name = f"{kind}-{date_from:%Y%m%d}'),
    # A backup's suggested file name, sortable the same way (desk-app-20261204-1030.tar).
    ("ui/admin/backup_tab.py", 'f"desk-app-{dt.datetime.now():%Y%m%d-%H%M}.tar"'),
    # `log verify --json`: since when the local log is anchored at the centre, ISO for machines.
    ("desk_app/cli/verify_cmds.py", '"anchored_since": anchor.anchored_since.isoformat()'),
    # `reusable --json`: when the offered document was attested and until when it is valid, ISO.
    ("desk_app/cli/reuse_cmds.py", '"attested_at": o.attested_at.isoformat()'),
    ("desk_app/cli/reuse_cmds.py", '"valid_until": o.valid_until.isoformat() if o.valid_until'),
    # (`dossiers list --json` and the lifecycle commands' --json take their ISO dates, the machine
    # output's contract, from LifeSummary.as_json in desk_app/lifecycle/types.py.)
}

# A format spec that writes a float, groups thousands, or is a strftime pattern.
_NUMBER_SPEC = re.compile(r"[,_%]|\.\d|[eEfFgGn]$")
_BRACE_SPEC = re.compile(r"\{[^{}]*:([^{}]*)\}")
_PRINTF_FLOAT = re.compile(r"%[-+ #0]*\d*(?:\.\d+)?[eEfFgG]")


def _spec_text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return ""


def offences(source: str) -> list[tuple[int, str]]:
    """(line, what) for every formatting of a number or a date done outside vn_format."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = _spec_text(node.format_spec)
            if _NUMBER_SPEC.search(spec):
                found.append((node.lineno, f"format spec ':{spec}'"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if name == "strftime":
                found.append((node.lineno, "strftime"))
            elif name == "isoformat":
                found.append((node.lineno, "isoformat"))
            elif name == "toString" and node.args and _spec_text(node.args[0]):
                found.append((node.lineno, "Qt toString with a pattern"))
            elif name == "format" and any(_NUMBER_SPEC.search(s) for s in
                                          _BRACE_SPEC.findall(_spec_text(node.func.value))):
                found.append((node.lineno, "str.format with a number spec"))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "format" and len(node.args) == 2
              and _NUMBER_SPEC.search(_spec_text(node.args[1]))):
            found.append((node.lineno, "format() with a number spec"))
        elif (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod)
              and _PRINTF_FLOAT.search(_spec_text(node.left))):
            found.append((node.lineno, "printf-style float"))
    return sorted(found)


def _sources() -> list[Path]:
    return sorted(p for folder in SCANNED for p in (ROOT / folder).rglob("*.py"))


def test_the_scan_recognises_each_way_of_formatting_on_ones_own() -> None:
    sample = """\
a = f"{rate:.1f}%"
b = f"{n:,}"
c = when.strftime("%d/%m/%Y")
d = f"{when:%H:%M}"
e = "{:.2f}".format(x)
g = "%.3f" % x
h = format(x, ".1%")
i = day.toString("dd/MM/yyyy")
j = when.isoformat()
k = f"{vn_format.number(x, 1)} {name:<15} {count:>4}"
m = dt.datetime.strptime(text, "%d/%m/%Y")
"""  # k: a width alone is layout; m: reading what was typed
    assert [line for line, _ in offences(sample)] == [1, 2, 3, 4, 5, 6, 7, 8, 9]


def test_screens_and_terminal_format_only_through_vn_format() -> None:
    problems: list[str] = []
    used: set[tuple[str, str]] = set()
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        for line, what in offences(path.read_text(encoding="utf-8")):
            text = lines[line - 1]
            allowed = {a for a in ALLOWED if a[0] == rel and a[1] in text}
            used |= allowed
            if not allowed:
                problems.append(f"{rel}:{line}: {what}: {text.strip()}")
    assert not problems, "format through desk_app.domain.vn_format:\n" + "\n".join(problems)
    assert used == ALLOWED, f"allow-list entries that match nothing any more: {ALLOWED - used}"


def test_the_formatter_writes_vietnamese() -> None:
    moment = dt.datetime(2026, 11, 26, 8, 30, 5)
    assert vn_format.time(moment) == "08:30"
    assert vn_format.time(moment, seconds=True) == "08:30:05"
    assert vn_format.datetime(moment) == "26/11/2026 08:30"
    assert vn_format.datetime(moment, seconds=True) == "26/11/2026 08:30:05"
    assert vn_format.datetime(None) == "" and vn_format.date(None) == ""
    assert vn_format.number(0.03, 3) == "0,030"
    assert vn_format.number(12345) == "12.345"
    assert vn_format.number(-1234.5, 1) == "-1.234,5"
    assert vn_format.percent(2 / 3) == "66,7 %"
    assert vn_format.percent(None, empty="—") == "—"
    assert vn_format.percent_points(87.34, 1) == "87,3 %"
    assert vn_format.megabytes(12_345_678) == "12,3 MB"
    assert vn_format.megabytes(0) == "0,0 MB"


def test_the_terminal_writes_vietnamese_and_json_stays_machine(tmp_path: Path, capsys) -> None:
    import json

    from PIL import Image, ImageDraw

    from desk_app.cli import main

    for name, fill in (("a", 255), ("b", 0)):
        image = Image.new("L", (800, 400), 255)
        draw = ImageDraw.Draw(image)
        draw.rectangle((50, 50, 750, 350), outline=0, width=3)
        draw.rectangle((400, 200, 500, 260), fill=fill)
        image.save(tmp_path / f"{name}.png")
    args = ["compare", str(tmp_path / "a.png"), str(tmp_path / "b.png"), "--no-ocr"]
    main(args)
    text = capsys.readouterr().out
    assert re.search(r"điểm khác biệt \d,\d{3}; \d+ vùng", text), text
    assert re.search(r"điểm=\d,\d{3}", text), text
    assert not re.search(r"\d\.\d{3}", text), text
    main([*args, "--json"])
    score = json.loads(capsys.readouterr().out)["score"]
    assert isinstance(score, float)  # the JSON contract: a number, not "1,000"
