"""The procedure catalog as a file: the JSON `catalog list --json` prints (and its `--full` form)
and the CSV people keep in a spreadsheet (docs/administration.md#the-catalog-file). Reading keeps
each procedure's and component's line so that a refusal names the line to fix; every problem of a
file is reported at once and nothing is applied while one remains.

A key (JSON) or column (CSV) left out keeps the value the catalog has now for that procedure or
component (found by code / id), so an exported list that lacks fees and legal basis can be edited
and imported back without losing them."""
from __future__ import annotations

import csv
import io
import json
import json.scanner
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk_app.domain.text import clean
from desk_app.domain.types import PresentationForm, Requirement
from desk_app.errors import InputRefused
from desk_app.reuse import kinds

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DAYS = 365
LINE = "__line__"
# The keys of `catalog list --json` (fixed: other tools read them) ...
BRIEF_PROCEDURE = ("code", "name", "processing_days", "components")
BRIEF_COMPONENT = ("id", "name", "accepted_forms", "requirement", "optional", "available_as_data")
# ... and what `--full` adds: everything the catalog carries.
MORE_PROCEDURE = ("field", "level", "deciding_agency_code", "fee", "legal_basis", "centralised")
MORE_COMPONENT = ("quantity", "colour", "legal_basis", "document_kind", "valid_months")
DEFAULTS_PROCEDURE: dict[str, Any] = {"field": "", "level": "commune",
                                      "deciding_agency_code": None, "fee": "",
                                      "legal_basis": "", "centralised": False}
DEFAULTS_COMPONENT: dict[str, Any] = {"requirement": "submit", "optional": False,
                                      "available_as_data": False, "quantity": 1,
                                      "colour": False, "legal_basis": "",
                                      "document_kind": "", "valid_months": None}
CSV_COLUMNS = ("procedure_code", "procedure_name", "processing_days", "fee", "legal_basis",
               "field", "level", "deciding_agency_code", "component_id", "component_name",
               "accepted_forms", "requirement", "optional", "available_as_data", "quantity",
               "colour", "component_legal_basis", "document_kind", "valid_months")
CSV_REQUIRED = ("procedure_code", "procedure_name", "processing_days", "component_name",
                "accepted_forms")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-]{0,31}$")
COMPONENT_ID_RE = re.compile(r"^[^\s].{0,63}$")
LEVELS = ("commune", "province", "central")
TRUE_WORDS = {"true", "1", "x", "có", "co", "yes", "c"}
FALSE_WORDS = {"false", "0", "", "không", "khong", "no", "k"}


@dataclass(frozen=True)
class Problem:
    line: int
    text: str

    def __str__(self) -> str:
        return f"dòng {self.line}: {self.text}" if self.line else self.text


class CatalogRefused(InputRefused):
    """A catalog or holidays file with problems; nothing was applied."""

    code = "catalog_invalid"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:20])
        more = f" (và {len(problems) - 20} lỗi khác)" if len(problems) > 20 else ""
        super().__init__("catalog_invalid", shown + more)


@dataclass
class RawFile:
    """Entries as read, each with its line, before validation."""

    procedures: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# --- reading ---------------------------------------------------------------------------------


def read_text(path: Path) -> str:
    if not path.is_file():
        raise InputRefused("file_not_found", path.name)
    if path.stat().st_size == 0:
        raise InputRefused("empty_file", path.name)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputRefused("file_too_large", path.name)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogRefused([Problem(0, "tệp không phải văn bản UTF-8")]) from exc


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


class _LineContext:
    """What json's pure-Python scanner reads from its decoder, with the object parser wrapped."""

    def __init__(self, text: str) -> None:
        base = json.JSONDecoder()
        self.strict = base.strict
        self.object_hook = None
        self.object_pairs_hook = None
        self.parse_float = float
        self.parse_int = int
        self.parse_constant = base.parse_constant
        parts = vars(base)  # the decoder's parsers are instance attributes, untyped in typeshed
        self.parse_string = parts["parse_string"]
        self.parse_array = parts["parse_array"]
        self.memo: dict[str, str] = {}
        self._inner = parts["parse_object"]
        self.text = text

    def parse_object(self, s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        obj, new_end = self._inner(s_and_end, *args)
        if isinstance(obj, dict):
            obj[LINE] = _line_of(s_and_end[0], s_and_end[1] - 1)
        return obj, new_end


def parse_json_with_lines(text: str) -> Any:
    """json.loads, with every object carrying the line it starts on under LINE (the pure-Python
    scanner, whose object parser can be wrapped, tells where each object begins)."""
    json.loads(text)  # the C parser's syntax errors, with their line
    # The pure-Python scanner (json's C one cannot be wrapped); not in typeshed, hence vars().
    scan_once = vars(json.scanner)["py_make_scanner"](_LineContext(text))
    start = len(text) - len(text.lstrip())
    value, _end = scan_once(text, start)
    return value


def read_json(text: str) -> RawFile:
    out = RawFile()
    try:
        doc = parse_json_with_lines(text)
    except json.JSONDecodeError as exc:
        out.problems.append(Problem(exc.lineno, f"JSON sai cú pháp ({exc.msg})"))
        return out
    if isinstance(doc, dict) and isinstance(doc.get("procedures"), list):
        doc = doc["procedures"]
    if not isinstance(doc, list):
        out.problems.append(Problem(1, "cần một danh sách thủ tục [ {...}, ... ]"))
        return out
    for item in doc:
        if not isinstance(item, dict):
            out.problems.append(Problem(0, "mỗi thủ tục phải là một đối tượng {...}"))
            continue
        out.procedures.append(item)
    return out


def read_csv(text: str) -> RawFile:
    out = RawFile()
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in CSV_REQUIRED if c not in header]
    unknown = [c for c in header if c and c not in CSV_COLUMNS]
    if missing:
        out.problems.append(Problem(1, "thiếu cột " + ", ".join(missing)))
    if unknown:
        out.problems.append(Problem(1, "cột không biết: " + ", ".join(unknown)))
    if out.problems:
        return out
    by_code: dict[str, dict[str, Any]] = {}
    proc_cols = {"procedure_name": "name", "processing_days": "processing_days", "fee": "fee",
                 "legal_basis": "legal_basis", "field": "field", "level": "level",
                 "deciding_agency_code": "deciding_agency_code"}
    comp_cols = {"component_id": "id", "component_name": "name",
                 "accepted_forms": "accepted_forms", "requirement": "requirement",
                 "optional": "optional", "available_as_data": "available_as_data",
                 "quantity": "quantity", "colour": "colour",
                 "component_legal_basis": "legal_basis", "document_kind": "document_kind",
                 "valid_months": "valid_months"}
    try:
        rows = list(reader)
    except csv.Error as exc:
        out.problems.append(Problem(reader.line_num, f"CSV sai cú pháp ({exc})"))
        return out
    line = 1
    for row in rows:
        line += 1
        if None in row:
            out.problems.append(Problem(line, "dòng có nhiều ô hơn tiêu đề"))
            continue
        values = {k: (v or "").strip() for k, v in row.items()}
        if not any(values.values()):
            continue
        code = values.get("procedure_code", "")
        proc = by_code.get(code)
        if proc is None:
            proc = {LINE: line, "code": code, "components": []}
            by_code[code] = proc
            out.procedures.append(proc)
        for col, key in proc_cols.items():
            if col not in values or (values[col] == "" and key in proc):
                continue
            if key in proc and str(proc[key]) != values[col]:
                out.problems.append(Problem(line, f"cột {col} khác dòng {proc[LINE]} "
                                                  f"của cùng thủ tục {code}"))
                continue
            proc[key] = values[col]
        if values.get("component_name", "") or values.get("component_id", ""):
            comp: dict[str, Any] = {LINE: line}
            for col, key in comp_cols.items():
                if col in values and not (col == "component_id" and values[col] == ""):
                    comp[key] = values[col]
            proc["components"].append(comp)
    return out


def read_file(path: Path) -> RawFile:
    text = read_text(path)
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" or stripped.startswith(("[", "{")):
        return read_json(text)
    return read_csv(text)


# --- validation ------------------------------------------------------------------------------


def _bool(value: Any, line: int, what: str, problems: list[Problem]) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    problems.append(Problem(line, f"{what} phải là có/không (true/false), không phải «{value}»"))
    return False


def _int(value: Any, line: int, what: str, low: int, high: int, problems: list[Problem]) -> int:
    try:
        number = int(str(value).strip()) if not isinstance(value, bool) else -1
    except ValueError:
        number = -1
    if not low <= number <= high:
        problems.append(Problem(line, f"{what} phải là số nguyên từ {low} đến {high}, "
                                      f"không phải «{value}»"))
        return low
    return number


def _forms(value: Any, line: int, problems: list[Problem]) -> list[str]:
    items = value if isinstance(value, list) else re.split(r"[|;,]", str(value))
    forms = [str(i).strip() for i in items if str(i).strip()]
    valid = {f.value for f in PresentationForm}
    bad = [f for f in forms if f not in valid]
    if bad or not forms:
        problems.append(Problem(line, "accepted_forms phải gồm một hay nhiều giá trị trong "
                                      f"{', '.join(sorted(valid))}; gặp «{', '.join(bad) or value}»"))
    return [f for f in forms if f in valid]


def normalise(raw: RawFile, current: dict[str, dict[str, Any]],
              agencies: Iterable[str]) -> list[dict[str, Any]]:
    """Full procedures (every key of the `--full` form) from the raw entries, values kept from
    `current` (code -> full procedure) where the file leaves a key out. Raises CatalogRefused
    listing every problem."""
    problems = list(raw.problems)
    known_agencies = set(agencies)
    result: list[dict[str, Any]] = []
    seen_codes: dict[str, int] = {}
    seen_ids: dict[str, int] = {}
    for item in raw.procedures:
        line = int(item.get(LINE, 0))
        code = str(item.get("code", "")).strip()
        if not CODE_RE.match(code):
            problems.append(Problem(line, f"mã thủ tục «{code}» không hợp lệ (1-32 ký tự chữ, "
                                          "số, dấu chấm, gạch)"))
            continue
        if code in seen_codes:
            problems.append(Problem(line, f"mã thủ tục {code} trùng với dòng {seen_codes[code]}"))
            continue
        seen_codes[code] = line
        base = current.get(code, {})
        proc: dict[str, Any] = {"code": code}
        name = clean(str(item.get("name", base.get("name", ""))))
        if not name:
            problems.append(Problem(line, f"thủ tục {code}: thiếu tên"))
        proc["name"] = name
        proc["processing_days"] = _int(item.get("processing_days", base.get("processing_days")),
                                       line, f"thủ tục {code}: processing_days", 0, MAX_DAYS,
                                       problems)
        for key in MORE_PROCEDURE:
            value = item.get(key, base.get(key, DEFAULTS_PROCEDURE[key]))
            if key == "centralised":
                value = _bool(value, line, f"thủ tục {code}: {key}", problems)
            elif key == "deciding_agency_code":
                value = (str(value).strip() or None) if value is not None else None
                if value is not None and value not in known_agencies:
                    problems.append(Problem(line, f"thủ tục {code}: cơ quan quyết định «{value}» "
                                                  "không có trong danh mục cơ quan"))
            elif key == "level":
                value = str(value).strip() or "commune"
                if value not in LEVELS:
                    problems.append(Problem(line, f"thủ tục {code}: level phải là "
                                                  f"{'/'.join(LEVELS)}"))
            else:
                value = clean(str(value))
            proc[key] = value
        components = item.get("components", [])
        if not isinstance(components, list) or not components:
            problems.append(Problem(line, f"thủ tục {code}: cần ít nhất một thành phần hồ sơ"))
            components = []
        base_components = {c["id"]: c for c in base.get("components", [])}
        proc["components"] = []
        for position, comp in enumerate(components, start=1):
            if not isinstance(comp, dict):
                problems.append(Problem(line, f"thủ tục {code}: thành phần {position} phải là "
                                              "một đối tượng {...}"))
                continue
            proc["components"].append(_component(comp, code, position, line, base_components,
                                                 seen_ids, problems))
        result.append(proc)
    if not result and not problems:
        problems.append(Problem(0, "tệp không có thủ tục nào"))
    if problems:
        raise CatalogRefused(sorted(problems, key=lambda p: p.line))
    return result


def _component(comp: dict[str, Any], code: str, position: int, proc_line: int,
               base_components: dict[str, dict[str, Any]], seen_ids: dict[str, int],
               problems: list[Problem]) -> dict[str, Any]:
    line = int(comp.get(LINE, proc_line))
    cid = str(comp.get("id") or f"{code}#{position}").strip()
    where = f"thủ tục {code}, thành phần {cid}"
    if not COMPONENT_ID_RE.match(cid):
        problems.append(Problem(line, f"{where}: mã thành phần không hợp lệ"))
    elif cid in seen_ids:
        problems.append(Problem(line, f"{where}: mã thành phần trùng với dòng {seen_ids[cid]}"))
    seen_ids[cid] = line
    base = base_components.get(cid, {})
    out: dict[str, Any] = {"id": cid}
    name = clean(str(comp.get("name", base.get("name", ""))))
    if not name:
        problems.append(Problem(line, f"{where}: thiếu tên thành phần"))
    out["name"] = name
    out["accepted_forms"] = _forms(comp.get("accepted_forms", base.get("accepted_forms", [])),
                                   line, problems)
    requirement = str(comp.get("requirement", base.get("requirement", "submit"))).strip() or "submit"
    if requirement not in {r.value for r in Requirement}:
        problems.append(Problem(line, f"{where}: requirement phải là submit (nộp) hoặc show "
                                      f"(chỉ xuất trình), không phải «{requirement}»"))
    out["requirement"] = requirement
    for key in ("optional", "available_as_data", "colour"):
        out[key] = _bool(comp.get(key, base.get(key, DEFAULTS_COMPONENT[key])), line,
                         f"{where}: {key}", problems)
    out["quantity"] = _int(comp.get("quantity", base.get("quantity", 1)), line,
                           f"{where}: quantity", 1, 99, problems)
    out["legal_basis"] = clean(str(comp.get("legal_basis", base.get("legal_basis", ""))))
    _reuse_keys(comp, base, out, line, where, problems)
    return out


def _reuse_keys(comp: dict[str, Any], base: dict[str, Any], out: dict[str, Any], line: int,
                where: str, problems: list[Problem]) -> None:
    """The kind of document shared across procedures and its validity (docs/reuse.md#kinds): a
    file made before them gets the kind the component's name speaks of."""
    kind = str(comp.get("document_kind", base.get("document_kind", "")) or "").strip()
    if not kind:
        kind = kinds.infer_kind(out["name"])
    if kind and kind != kinds.NONE and kind not in kinds.BY_CODE:
        problems.append(Problem(line, f"{where}: document_kind phải là một trong "
                                      f"{', '.join([*kinds.BY_CODE, kinds.NONE])}, "
                                      f"không phải «{kind}»"))
    out["document_kind"] = kind
    months = comp.get("valid_months", base.get("valid_months"))
    out["valid_months"] = None if months in (None, "") else _int(
        months, line, f"{where}: valid_months", 0, 240, problems)


# --- writing ---------------------------------------------------------------------------------


def brief(procedure: dict[str, Any]) -> dict[str, Any]:
    """The exact `catalog list --json` form of a full procedure."""
    out = {k: procedure[k] for k in BRIEF_PROCEDURE if k != "components"}
    out["components"] = [{k: c[k] for k in BRIEF_COMPONENT} for c in procedure["components"]]
    return out


def to_csv(procedures: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in procedures:
        for c in p["components"]:
            writer.writerow([
                p["code"], p["name"], p["processing_days"], p["fee"], p["legal_basis"],
                p["field"], p["level"], p["deciding_agency_code"] or "", c["id"], c["name"],
                "|".join(c["accepted_forms"]), c["requirement"], _yes(c["optional"]),
                _yes(c["available_as_data"]), c["quantity"], _yes(c["colour"]), c["legal_basis"],
                c.get("document_kind", ""),
                "" if c.get("valid_months") is None else c["valid_months"],
            ])
    return buf.getvalue()


def _yes(value: bool) -> str:
    return "có" if value else "không"
