"""The repository's docs stand alone: nothing points at texts outside the repository, every link in
the README and in docs/ leads to a file (and a heading) that exists, every `docs/*.md#section` named
in a comment exists, and docs/cli.md names every sub-command `desk-app --help` lists."""
from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Built from pieces so that this file does not itself contain what it looks for.
OUTSIDE_TEXTS = ("DOMAIN" + ".md", "DESIGN" + ".md", ".." + "/shared")
SKIPPED_DIRS = {".git", ".venv", "venv", "build", "dist", "__pycache__", ".mypy_cache",
                ".ruff_cache", ".pytest_cache", ".hypothesis", "node_modules"}
# Where a mention of a doc (`docs/<name>.md#section`) in a comment or a script is checked.
TEXT_SUFFIXES = {".py", ".md", ".sh", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".txt"}

MD_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
DOC_MENTION = re.compile(r"(?<![\w./-])(docs/[\w./-]+\.md)(#[\w-]+)?")
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def repository_files() -> list[Path]:
    """Tracked and not-ignored files of a git checkout; otherwise every file under the root except
    virtual environments, build output and caches."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        run = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, check=False,
        )
        if run.returncode == 0:
            names = sorted({n for n in run.stdout.decode("utf-8", "replace").split("\0") if n})
            return [ROOT / n for n in names if (ROOT / n).is_file()]
    return sorted(_walk(ROOT))


def _walk(folder: Path) -> Iterator[Path]:
    for path in folder.iterdir():
        if path.is_dir():
            if path.name not in SKIPPED_DIRS and not path.name.endswith(".egg-info"):
                yield from _walk(path)
        elif path.is_file():
            yield path


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: markup and punctuation dropped, lower case, spaces to
    hyphens (letters with diacritics are kept)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link counts by its text
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return text.replace(" ", "-")


def outside_fences(text: str) -> Iterator[str]:
    fenced = False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield line


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    found: set[str] = set()
    for line in outside_fences(path.read_text(encoding="utf-8")):
        m = HEADING.match(line)
        if not m:
            continue
        base = slug(m.group(2))
        n = seen.get(base, 0)
        seen[base] = n + 1
        found.add(base if n == 0 else f"{base}-{n}")
    return found


def markdown_docs() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def check_target(target: Path, anchor: str, where: str) -> list[str]:
    if not target.exists():
        shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
        return [f"{where}: {shown} does not exist"]
    if anchor and target.suffix == ".md" and anchor not in anchors(target):
        return [f"{where}: no heading #{anchor} in {target.relative_to(ROOT)}"]
    return []


def test_no_file_points_outside_the_repository() -> None:
    offenders = []
    for path in repository_files():
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for text in OUTSIDE_TEXTS:
            if text.encode() in data:
                offenders.append(f"{path.relative_to(ROOT)} mentions {text}")
    assert not offenders, "point at docs/ instead:\n" + "\n".join(offenders)


def test_docs_hold_the_domain_rules_and_the_cli_contract() -> None:
    domain = anchors(ROOT / "docs" / "domain.md")
    for section in ("the-copy-rule", "ways-a-component-can-be-presented", "supervisor-flags",
                    "reception-steps", "working-days-and-the-due-date", "forms", "dossier-codes",
                    "digitisation", "indicators", "the-citizen-identity-card", "personal-data"):
        assert section in domain, section
    cli = anchors(ROOT / "docs" / "cli.md")
    assert {"exit-codes", "environment-variables", "planned-commands-not-built-yet"} <= cli


def test_links_in_readme_and_docs_resolve() -> None:
    broken: list[str] = []
    for doc in markdown_docs():
        lines = list(outside_fences(doc.read_text(encoding="utf-8")))
        for number, line in enumerate(lines, start=1):
            where = f"{doc.relative_to(ROOT)}:{number}"
            for raw in MD_LINK.findall(line):
                if re.match(r"^[a-z][a-z0-9+.-]*:", raw):  # http:, https:, mailto:
                    continue
                name, _, anchor = raw.partition("#")
                target = (doc.parent / name).resolve() if name else doc
                broken += check_target(target, anchor, where)
            for name, anchor in DOC_MENTION.findall(line):
                broken += check_target(ROOT / name, anchor.lstrip("#"), where)
    assert not broken, "\n".join(broken)


def test_doc_sections_named_in_code_exist() -> None:
    broken: list[str] = []
    for path in repository_files():
        if path.suffix not in TEXT_SUFFIXES or path.name == "README.md" \
                or path.parent == ROOT / "docs":
            continue  # README and docs/ are checked above, with their own relative links
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            for name, anchor in DOC_MENTION.findall(line):
                broken += check_target(ROOT / name, anchor.lstrip("#"),
                                       f"{path.relative_to(ROOT)}:{number}")
    assert not broken, "\n".join(broken)


def _commands() -> list[str]:
    import argparse

    from desk_app.cli import build_parser

    def sub_choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        # argparse exposes sub-commands only through these private names
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    names = []
    for name, parser in sub_choices(build_parser()).items():
        children = sub_choices(parser)
        names += [f"{name} {child}" for child in children] if children else [name]
    return names


@pytest.mark.parametrize("command", _commands())
def test_cli_doc_names_every_sub_command(command: str) -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    head, _, sub = command.partition(" ")
    # `report verifications ...` or, in a table of one command's actions, `central init ...`
    assert f"`desk-app {command}" in text or f"`{command}" in text \
        or (sub and re.search(rf"`desk-app {re.escape(head)} [^`]*\b{re.escape(sub)}\b", text)), \
        f"docs/cli.md does not describe `desk-app {command}`"
