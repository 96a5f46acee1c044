"""The central check (`central verify`), anchored on the heads the centre keeps per workstation:

* each workstation's log chain (verification_entries) is walked and every entry's hash
  recomputed, and the end of the chain must be the stored head (`workstations.chain_index`,
  `chain_hash`): a deleted last entry, a deleted chain, or an entry rewritten with the rest of the
  chain recomputed are named;
* `operations` is itself a chain per workstation (db/central/push_sql.py): each operation's hash
  covers the previous one; it is recomputed and must end at `workstations.ops_count/ops_hash`;
* the current rows of every synced table are compared with a replay of `operations` (the newest
  operation of each row): a row edited, added or removed past the functions is named;
* breaks recorded on arrival (chain_breaks) are reported too."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from db.central.push_sql import op_chain_step, op_item_text
from desk_app.verification.chain import GENESIS, entry_hash

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainProblem:
    workstation_id: str
    chain_index: int
    entry_id: str
    reason: str  # gap / link / hash / head / ops_link / ops_hash / ops_head / row:<table> /
    #              recorded:<reason>


@dataclass(frozen=True)
class ChainReport:
    workstations: int
    entries: int
    problems: list[ChainProblem]
    operations: int = 0

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def workstations_at_fault(self) -> list[str]:
        return sorted({p.workstation_id for p in self.problems})


def _heads(conn: psycopg.Connection[Any]) -> dict[str, tuple[int, str, int, str]]:
    rows = conn.execute("SELECT id, chain_index, chain_hash, ops_count, ops_hash "
                        "FROM workstations").fetchall()
    return {r[0]: (int(r[1]), r[2], int(r[3]), r[4]) for r in rows}


def _walk_entries(conn: psycopg.Connection[Any], heads: dict[str, tuple[int, str, int, str]],
                  problems: list[ChainProblem]) -> tuple[int, set[str]]:
    entries = 0
    seen: set[str] = set()
    ends: dict[str, tuple[int, str, str]] = {}
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
            ends[ws] = (row["chain_index"], row["entry_hash"], row["id"])
    conn.commit()
    for ws, (index, head, _n, _h) in heads.items():
        last = ends.get(ws, (0, GENESIS, ""))
        if (last[0], last[1]) != (index, head):
            problems.append(ChainProblem(ws, last[0], last[2], "head"))
    for ws in ends.keys() - heads.keys():
        problems.append(ChainProblem(ws, ends[ws][0], ends[ws][2], "head"))
    return entries, seen


def _walk_operations(conn: psycopg.Connection[Any], heads: dict[str, tuple[int, str, int, str]],
                     problems: list[ChainProblem]) -> int:
    total = 0
    ends: dict[str, tuple[int, str, str]] = {}
    prev, current_ws, count = GENESIS, None, 0
    with conn.cursor(name="ops_walk") as cur:
        cur.itersize = 5000
        cur.execute("SELECT workstation_id, op_id, seq, entity, entity_id, payload::text, "
                    "prev_hash, op_hash FROM operations ORDER BY workstation_id, seq")
        for ws, op_id, seq, entity, entity_id, payload, prev_hash, op_hash in cur:
            total += 1
            if ws != current_ws:
                current_ws, prev, count = ws, GENESIS, 0
            count += 1
            if prev_hash != prev:
                problems.append(ChainProblem(ws, int(seq), op_id, "ops_link"))
            h = op_chain_step(prev, op_item_text(op_id, int(seq), entity, entity_id, payload))
            if h != op_hash:
                problems.append(ChainProblem(ws, int(seq), op_id, "ops_hash"))
            prev = op_hash or h
            ends[ws] = (count, prev, op_id)
    conn.commit()
    for ws, (_i, _h, n, head) in heads.items():
        last = ends.get(ws, (0, GENESIS, ""))
        if (last[0], last[1]) != (n, head):
            problems.append(ChainProblem(ws, last[0], last[2], "ops_head"))
    return total


def _replay(conn: psycopg.Connection[Any], problems: list[ChainProblem],
            readable_only: bool = False) -> None:
    """Each synced table against the newest operation of each of its rows. A row no counter wrote
    (src_workstation NULL: the centre's own account_audit rows, written by its administration
    functions, or a supervisor's note written centrally) has no operation to replay and is not
    counter data. `readable_only`: only the tables the role may read whole (a supervisor's role
    reads account_audit without its secret columns)."""
    query = "SELECT name FROM sync_entities ORDER BY name"
    if readable_only:
        query = ("SELECT name FROM sync_entities WHERE has_table_privilege(name, 'SELECT') "
                 "ORDER BY name")
    tables = [r[0] for r in conn.execute(query).fetchall()]
    for table in tables:
        q = sql.SQL("""
            WITH latest AS (
                SELECT DISTINCT ON (o.entity_id) o.entity_id, o.workstation_id, o.payload
                  FROM operations o WHERE o.entity = {name}
                 ORDER BY o.entity_id, o.seq DESC)
            SELECT coalesce(l.workstation_id, to_jsonb(t)->>'src_workstation'),
                   coalesce(t.id, l.entity_id),
                   CASE WHEN t.id IS NULL THEN 'missing' WHEN l.entity_id IS NULL THEN 'extra'
                        ELSE 'edited' END
              FROM {table} t FULL JOIN latest l ON l.entity_id = t.id
             WHERE t.id IS NULL
                OR (l.entity_id IS NULL AND to_jsonb(t)->>'src_workstation' IS NOT NULL)
                OR (l.entity_id IS NOT NULL AND to_jsonb(t) IS DISTINCT FROM to_jsonb(jsonb_populate_record(
                       NULL::{table}, l.payload
                       || jsonb_build_object('src_workstation', l.workstation_id))))
             ORDER BY 1, 2 LIMIT 1000""").format(name=sql.Literal(table),
                                                   table=sql.Identifier(table))
        for ws, row_id, why in conn.execute(q).fetchall():
            problems.append(ChainProblem(ws, 0, row_id, f"row:{table}:{why}"))
    conn.commit()


def verify_central(conn: psycopg.Connection[Any], readable_only: bool = False) -> ChainReport:
    problems: list[ChainProblem] = []
    heads = _heads(conn)
    entries, seen = _walk_entries(conn, heads, problems)
    operations = _walk_operations(conn, heads, problems)
    _replay(conn, problems, readable_only)
    for ws, idx, entry_id, reason in conn.execute(
        "SELECT workstation_id, chain_index, entry_id, reason FROM chain_breaks ORDER BY id"
    ).fetchall():
        problems.append(ChainProblem(ws, idx, entry_id, f"recorded:{reason}"))
    conn.commit()
    return ChainReport(len(seen), entries, problems, operations)
