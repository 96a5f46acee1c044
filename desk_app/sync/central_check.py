"""The central chain check: walks every workstation's log chain in the central database and
recomputes each entry's hash, so an entry edited centrally (even by the owner, past the triggers)
is named. Breaks already recorded on arrival (chain_breaks) are reported too."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import dict_row

from desk_app.verification.chain import GENESIS, entry_hash

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainProblem:
    workstation_id: str
    chain_index: int
    entry_id: str
    reason: str  # gap / link / hash / recorded:<reason>


@dataclass(frozen=True)
class ChainReport:
    workstations: int
    entries: int
    problems: list[ChainProblem]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_central(conn: psycopg.Connection[Any]) -> ChainReport:
    problems: list[ChainProblem] = []
    entries = 0
    seen: set[str] = set()
    expected_index, prev, current_ws = 1, GENESIS, None
    with conn.cursor(name="chain_walk", row_factory=dict_row) as cur:
        cur.itersize = 2000
        cur.execute("SELECT * FROM verification_entries ORDER BY workstation_id, chain_index")
        for row in cur:
            entries += 1
            ws = row["workstation_id"]
            if ws != current_ws:
                current_ws, expected_index, prev = ws, 1, GENESIS
                seen.add(ws)
            if row["chain_index"] != expected_index:
                problems.append(ChainProblem(ws, row["chain_index"], row["id"], "gap"))
            elif row["prev_hash"] != prev:
                problems.append(ChainProblem(ws, row["chain_index"], row["id"], "link"))
            if entry_hash(row) != row["entry_hash"]:
                problems.append(ChainProblem(ws, row["chain_index"], row["id"], "hash"))
            expected_index, prev = row["chain_index"] + 1, row["entry_hash"]
    conn.commit()
    for ws, idx, entry_id, reason in conn.execute(
        "SELECT workstation_id, chain_index, entry_id, reason FROM chain_breaks ORDER BY id"
    ).fetchall():
        problems.append(ChainProblem(ws, idx, entry_id, f"recorded:{reason}"))
    conn.commit()
    return ChainReport(len(seen), entries, problems)
