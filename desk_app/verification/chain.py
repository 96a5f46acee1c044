"""The hash chain of the verification log. Each workstation has its own chain: entry n carries the
entry_hash of entry n-1 (GENESIS for the first), and its own hash is sha256 over a canonical JSON form
of its fields. The same function runs on the counter and centrally."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

GENESIS = "0" * 64

# The fields that make up an entry, in the order they are documented. ws_seq (sync bookkeeping) and
# entry_hash itself are not part of it.
CHAIN_FIELDS = (
    "id", "workstation_id", "chain_index", "dossier_id", "dossier_code", "procedure_code",
    "dossier_component_id", "procedure_component_id", "component_name", "presentation_form",
    "requirement", "on_published_list", "original_shown", "demanded_form", "officer_id",
    "officer_name", "created_at", "verdict", "engine_verdict", "engine_score", "override_reason",
    "page_hashes", "prev_hash",
)

# Fields added after the first entries were written (local migration 0013, central c007). They enter
# the canonical form only when set, so every entry written before them keeps its hash.
# demand_reason: why the officer asked for a stricter form than the most lenient accepted one, or
#   took a paper that is not on the procedure's published list;
# reused_from: the earlier entry (same citizen, same kind of document, still valid) whose attested
#   pages this component reuses instead of a new paper;
# reusable_from: an earlier entry that could have been reused, recorded when paper was taken anyway
#   (supervisor flag paper_for_available_data);
# stage: "reception" for the entry written when the component was taken, "check" for a later
#   comparison or attestation of the same component (docs/flags.md: which flags count where).
EXTRA_FIELDS = ("demand_reason", "reused_from", "reusable_from", "stage")
ALL_FIELDS = CHAIN_FIELDS + EXTRA_FIELDS


def _canonical_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, float):
        return format(value, ".6f")
    if isinstance(value, (list, tuple)):
        return [_canonical_value(v) for v in value]
    return value


def canonical_json(fields: dict[str, Any]) -> str:
    data = {name: _canonical_value(fields.get(name)) for name in CHAIN_FIELDS}
    for name in EXTRA_FIELDS:
        value = fields.get(name)
        if value not in (None, ""):
            data[name] = _canonical_value(value)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()
