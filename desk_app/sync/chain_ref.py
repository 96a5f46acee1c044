"""The verification log's hash function, shared with the compare/log area
(desk_app/verification/chain.py). Until that module is merged, a mirror of its documented contract
is used: sha256 over canonical JSON of the entry's fields (ws_seq and entry_hash excluded)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

try:  # the real one, when the compare/log branch is merged
    from desk_app.verification.chain import GENESIS, entry_hash  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on merge order
    GENESIS = "0" * 64

    _FIELDS = (
        "id", "workstation_id", "chain_index", "dossier_id", "dossier_code", "procedure_code",
        "dossier_component_id", "procedure_component_id", "component_name", "presentation_form",
        "requirement", "on_published_list", "original_shown", "demanded_form", "officer_id",
        "officer_name", "created_at", "verdict", "engine_verdict", "engine_score",
        "override_reason", "page_hashes", "prev_hash",
    )

    def _canonical(value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None).isoformat(timespec="microseconds")
        if isinstance(value, float):
            return format(value, ".6f")
        if isinstance(value, (list, tuple)):
            return [_canonical(v) for v in value]
        return value

    def entry_hash(fields: dict[str, Any]) -> str:
        data = {name: _canonical(fields.get(name)) for name in _FIELDS}
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

__all__ = ["GENESIS", "entry_hash"]
