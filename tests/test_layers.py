"""The layers point one way: ui -> desk_app -> db; no Qt below ui."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(package: str) -> list[tuple[Path, str]]:
    found = []
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((path, node.module))
    return found


def _offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(ROOT)} imports {name}"
        for path, name in _imports(package)
        if name.split(".")[0] in forbidden
    ]


def test_core_has_no_qt_and_no_ui() -> None:
    assert _offenders("desk_app", ("PySide6", "PyQt5", "PyQt6", "ui")) == []


def test_db_imports_neither_desk_app_nor_ui_nor_qt() -> None:
    assert _offenders("db", ("PySide6", "PyQt5", "PyQt6", "ui", "desk_app")) == []


def test_demo_generators_stay_off_the_product_path() -> None:
    # desk_app/demo holds invented data for the demo store, tests, benchmarks and tools; only the
    # demo-data command may reach it from the product.
    allowed = {ROOT / "desk_app" / "cli" / "dossier_cmds.py"}
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for package in ("desk_app", "db", "ui")
        for path, name in _imports(package)
        if (name == "desk_app.demo" or name.startswith("desk_app.demo."))
        and path not in allowed and (ROOT / "desk_app" / "demo") not in path.parents
    ]
    assert offenders == []


def test_the_checker_sees_imports() -> None:
    # The walk really finds imports: db imports sqlalchemy, so a ban on it would fail.
    assert _offenders("db", ("sqlalchemy",)) != []


def test_import_linter_contracts_hold() -> None:
    import subprocess
    import sys

    exe = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(exe)], check=False, cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "2 kept, 0 broken" in out.stdout


def test_no_module_over_500_lines() -> None:
    """Modules stay small and named for what they hold (docs/architecture.md); migrations, which
    are generated history, are exempt."""
    too_long = {}
    for package in ("desk_app", "ui", "db"):
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > 500:
                too_long[str(path.relative_to(ROOT))] = lines
    assert too_long == {}
