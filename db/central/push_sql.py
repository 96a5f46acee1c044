"""The SQL of the central `sync_push()`, generated from a list of synced tables.

Kept apart from the migrations so that whichever migration adds synced tables re-creates the
function with all of them: `push_function(columns)` where `columns` maps each upserted table (in
parent-first order) to its columns, read from the database with `table_columns()` at migration
time. Ownership is checked by column name (`PARENTS`): a row with a `dossier_id` must name one of
the caller's dossiers, a `component_id` one of its components, a `page_id` one of its pages — so a
new table with a `dossier_id` column is checked without more code.

What a counter says about ownership is never trusted (issue 11):
* a dossier must carry the caller's workstation id, the caller's agency as receiving agency, and a
  code in the caller's code space (agency + slot); a code held by another dossier is refused;
* every child row must belong to one of the caller's dossiers (already central, or accepted
  earlier in the same batch: parents are applied first);
* a row already written by another workstation is never overwritten;
* supervisor notes come only from a role that is a member of `desk_supervisor`.
A refusal is recorded in `op_conflicts` and answered `refused`; the rest of the batch is applied.

Every applied operation is chained per workstation (`operations.prev_hash`, `op_hash`, head in
`workstations.ops_count/ops_hash`), so `operations` is a verifiable log (desk_app/sync/
central_check.py recomputes it the same way: `op_item_text`, `op_chain_step`)."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

GENESIS = "0" * 64
# Child column -> the parent table that must belong to the caller.
PARENTS = {"dossier_id": "dossiers", "component_id": "dossier_components", "page_id": "pages"}
_OPS = "(op_id text, seq bigint, entity text, entity_id text, payload jsonb)"

# The op chain's step, also used by the verifier in Python (op_chain_step below).
CHAIN_SQL = f"""
CREATE OR REPLACE FUNCTION op_item_text(p_op_id text, p_seq bigint, p_entity text,
                                        p_entity_id text, p_payload jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_op_id || E'\\n' || p_seq::text || E'\\n' || p_entity || E'\\n' || p_entity_id
           || E'\\n' || p_payload::text
$$;
-- plpgsql, not sql: an aggregate's step is called per row and never inlined, and a plpgsql
-- call costs less than a SQL-function call there.
CREATE OR REPLACE FUNCTION op_chain_step(state text, head text, item text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN encode(sha256(convert_to(coalesce(state, head) || E'\\n' || item, 'UTF8')), 'hex');
END $$;
DROP AGGREGATE IF EXISTS op_chain(text, text);
CREATE AGGREGATE op_chain(text, text) (sfunc = op_chain_step, stype = text);
REVOKE EXECUTE ON FUNCTION op_item_text(text, bigint, text, text, jsonb),
    op_chain_step(text, text, text) FROM PUBLIC;
-- genesis of every chain: {GENESIS}
"""


def op_item_text(op_id: str, seq: int, entity: str, entity_id: str, payload_text: str) -> str:
    """What one operation contributes to its chain; `payload_text` is PostgreSQL's jsonb text."""
    return f"{op_id}\n{seq}\n{entity}\n{entity_id}\n{payload_text}"


def op_chain_step(prev: str, item: str) -> str:
    return hashlib.sha256(f"{prev}\n{item}".encode()).hexdigest()


def table_columns(conn: Any, tables: Sequence[str]) -> dict[str, list[str]]:
    """Columns of each table in the database (ordinal order), from a SQLAlchemy connection."""
    from sqlalchemy import text

    out: dict[str, list[str]] = {}
    for t in tables:
        rows = conn.execute(text(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = :t ORDER BY ordinal_position"), {"t": t}).all()
        if not rows:
            raise LookupError(f"central table {t} does not exist")
        out[t] = [r[0] for r in rows]
    return out


# The call's operations, parsed from the jsonb once into parallel arrays (plpgsql keeps them
# expanded): every statement below reads them with one multi-argument unnest instead of walking
# the jsonb again, and no payload is copied into a new jsonb on the way.
_ALL = "unnest(b_id, b_seq, b_entity, b_eid, b_payload) AS {a}(op_id, seq, entity, entity_id, payload)"
_FRESH = "unnest(f_id, f_seq, f_entity, f_eid, f_payload) AS f(op_id, seq, entity, entity_id, payload)"


def _all(alias: str) -> str:
    return _ALL.format(a=alias)


def _refuse(why_sql: str, where: str) -> str:
    """Adds the fresh operations matching `where` (over f) to the refused set."""
    return f"""
    SELECT coalesce(array_agg(f.op_id), '{{}}'), bad || coalesce(jsonb_agg(
               jsonb_build_object('op_id', f.op_id, 'why', {why_sql})), '[]')
      INTO ids, bad
      FROM {_FRESH}
     WHERE f.op_id <> ALL(refused) AND ({where});
    refused := refused || ids;"""


def _owned(table: str, key: str) -> str:
    return f"EXISTS (SELECT 1 FROM {table} p WHERE p.id = {key} AND p.src_workstation = ws)"


def _only_if_present(entity: str, sql: str) -> str:
    """A table's statements run (and are planned) only when the batch holds its operations."""
    return f"""
    IF '{entity}' = ANY(present) THEN{sql}
    END IF;"""


def _apply_table(table: str, columns: Sequence[str]) -> str:
    """Checks then applies one table's operations of the batch, set-based (static SQL, plan
    cached). For an id seen twice in the batch only the newest version is written; an existing
    row is only updated by a newer ws_seq of the same workstation."""
    checks = [f"f.entity = '{table}'"]
    conds = [(f"EXISTS (SELECT 1 FROM {table} o WHERE o.id = f.entity_id "
              "AND o.src_workstation <> ws)")]
    whys = ["'foreign_row'"]
    if table == "dossiers":
        conds.append("f.payload->>'workstation_id' IS DISTINCT FROM ws")
        whys.append("'not_your_workstation'")
        conds.append("f.payload->>'receiving_agency_code' IS DISTINCT FROM w_agency")
        whys.append("'not_your_agency'")
        conds.append("NOT desk_code_in_space(f.payload->>'code', w_agency, "
                     "f.payload->>'deciding_agency_code', w_slot)")
        whys.append("'not_your_code_space'")
        conds.append("EXISTS (SELECT 1 FROM dossiers d WHERE d.code = f.payload->>'code' "
                     "AND d.id <> f.entity_id)")
        whys.append("'code_taken'")
    for col, parent in PARENTS.items():
        if col in columns and parent != table:
            key = f"(f.payload->>'{col}')"
            conds.append(f"{key} IS NOT NULL AND NOT {_owned(parent, key)}")
            whys.append(f"'parent_not_yours/{col}'")
    why = "CASE " + " ".join(f"WHEN {c} THEN {w}" for c, w in zip(conds, whys, strict=True)) \
        + " END"
    where = checks[0] + " AND (" + " OR ".join(f"({c})" for c in conds) + ")"
    cols = [c for c in columns if c != "id"]
    # The row is read from the payload as it is; the writer's identity is the caller's, whatever
    # the payload says.
    values = ", ".join("ws" if c == "src_workstation" else f"r.{c}" for c in columns)
    if "src_workstation" not in columns:
        raise ValueError(f"{table} has no src_workstation column")
    return _refuse(why, where) + f"""
    INSERT INTO {table} AS t ({", ".join(columns)})
        SELECT {values}
          FROM (SELECT DISTINCT ON (f.entity_id) f.entity_id, f.payload
                  FROM {_FRESH}
                 WHERE f.entity = '{table}' AND f.op_id <> ALL(refused)
                 ORDER BY f.entity_id, f.seq DESC) AS f
          CROSS JOIN LATERAL jsonb_populate_record(NULL::{table}, f.payload) AS r
    ON CONFLICT (id) DO UPDATE SET ({", ".join(cols)})
        = ROW({", ".join("EXCLUDED." + c for c in cols)})
    WHERE t.src_workstation = EXCLUDED.src_workstation AND t.ws_seq < EXCLUDED.ws_seq;
"""


CODE_SPACE_SQL = """
-- A dossier code is in a workstation's space when it starts with the workstation's agency (or,
-- for a nationally centralised code AGENCY-YYMMDD-AAXXXX, with the dossier's deciding agency)
-- and its serial's thousands digit is the workstation's slot (docs/domain.md, dossier codes).
CREATE OR REPLACE FUNCTION desk_code_in_space(p_code text, p_agency text, p_deciding text,
                                              p_slot integer) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_code IS NOT NULL
       AND split_part(p_code, '-', 4) = ''
       AND split_part(p_code, '-', 2) ~ '^[0-9]{6}$'
       AND split_part(p_code, '-', 3) ~ '^([0-9]{2})?[0-9]{4}$'
       AND (split_part(p_code, '-', 1) = p_agency
            OR (length(split_part(p_code, '-', 3)) = 6
                AND split_part(p_code, '-', 1) = p_deciding))
       AND substr(split_part(p_code, '-', 3), length(split_part(p_code, '-', 3)) - 3, 1)
           = p_slot::text
$$;
REVOKE EXECUTE ON FUNCTION desk_code_in_space(text, text, text, integer) FROM PUBLIC;
"""


# One image, its hash checked here whatever the counter says; a wrong hash is answered, not
# raised, so that the counter can send a whole batch in one pipeline (psycopg executemany) and
# learn which of its own files were damaged without a failed transaction or a second pass; the
# counter then does not hash the bytes itself before sending them.
IMAGES_SQL = """
CREATE OR REPLACE FUNCTION sync_put_image_checked(p_sha text, p_data bytea) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_data IS NULL OR encode(sha256(p_data), 'hex') IS DISTINCT FROM p_sha THEN
        RETURN 'mismatch';
    END IF;
    INSERT INTO page_images (sha256, byte_size, data, uploaded_by)
    VALUES (p_sha, octet_length(p_data), p_data, session_user)
    ON CONFLICT (sha256) DO NOTHING;
    RETURN CASE WHEN FOUND THEN 'stored' ELSE 'present' END;
END $$;
REVOKE EXECUTE ON FUNCTION sync_put_image_checked(text, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_put_image_checked(text, bytea) TO desk_workstation;
"""


def push_function(columns: Mapping[str, Sequence[str]]) -> str:
    """CREATE OR REPLACE of sync_push for the upserted tables `columns` (parent-first order;
    verification_entries and supervisor_notes are handled apart). Each op is kept by its id, so a
    retry, a lost reply to COMMIT or a second process sending the same ops has one effect.

    Set-based throughout: the batch is parsed once, each check is one statement over the whole
    batch, each table gets one INSERT, the chain one window aggregate; the log entries are
    inserted in one statement when they continue the stored head link by link (the usual case),
    and walked one by one only when something is off (a gap, a broken link, a fork)."""
    for parent in PARENTS.values():
        assert parent in columns, f"{parent} must be among the upserted tables"
    order = list(columns)
    assert order.index("dossiers") < order.index("dossier_components") < order.index("pages")
    applies = "".join(_only_if_present(t, _apply_table(t, cols)) for t, cols in columns.items())
    note_refusal = _refuse(
        "'notes_need_supervisor_role'",
        "f.entity = 'supervisor_notes' AND NOT pg_has_role(session_user, 'desk_supervisor', "
        "'MEMBER')")
    entry_refusal = _refuse(
        "CASE WHEN f.payload->>'workstation_id' IS DISTINCT FROM ws "
        "THEN 'entry_of_other_workstation' ELSE 'parent_not_yours/dossier_id' END",
        "f.entity = 'verification_entries' AND (f.payload->>'workstation_id' IS DISTINCT FROM ws "
        "OR NOT " + _owned("dossiers", "(f.payload->>'dossier_id')") + ")")
    notes = _only_if_present("supervisor_notes", note_refusal + f"""
    INSERT INTO supervisor_notes
        SELECT r.* FROM {_FRESH}
         CROSS JOIN LATERAL jsonb_populate_record(
               NULL::supervisor_notes, f.payload || jsonb_build_object('src_workstation', ws)) AS r
         WHERE f.entity = 'supervisor_notes' AND f.op_id <> ALL(refused)
    ON CONFLICT (id) DO NOTHING;""")
    entries = ("FROM " + _FRESH + " WHERE f.entity = 'verification_entries' "
               "AND f.op_id <> ALL(refused)")
    return f"""
CREATE OR REPLACE FUNCTION sync_push(p_ws text, p_ops jsonb)
RETURNS TABLE (op_id text, status text, reason text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
-- Planned once per session, not at every call: the statements' shape does not depend on the
-- batch, and planning them again cost more than running them on a small batch.
SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
DECLARE
    ws text := sync_caller(p_ws);
    w_agency text; w_slot integer;
    -- the batch (b_*) and its new operations (f_*), as parallel arrays
    b_id text[]; b_seq bigint[]; b_entity text[]; b_eid text[]; b_payload jsonb[];
    f_id text[]; f_seq bigint[]; f_entity text[]; f_eid text[]; f_payload jsonb[];
    bad jsonb := '[]';          -- [{{op_id, why}}] refused, not recorded in operations
    refused text[] := '{{}}';   -- their ids
    ids text[];
    seen jsonb; seen_ids text[];  -- operations recorded before (duplicates or conflicts)
    e record; idx integer; head_idx integer; head_hash text; ops_head text;
    n_entries integer; linked boolean; last_hash text;
    present text[];             -- the entities the new operations touch
BEGIN
    SELECT w.agency_code, w.slot INTO w_agency, w_slot FROM workstations w WHERE w.id = ws;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'desk:unregistered_workstation' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- One push at a time per workstation: two processes syncing one store queue up here.
    PERFORM pg_advisory_xact_lock(hashtextextended('desk-sync:' || ws, 0));

    SELECT coalesce(array_agg(x.op_id), '{{}}'), coalesce(array_agg(x.seq), '{{}}'),
           coalesce(array_agg(x.entity), '{{}}'), coalesce(array_agg(x.entity_id), '{{}}'),
           coalesce(array_agg(x.payload), '{{}}')
      INTO b_id, b_seq, b_entity, b_eid, b_payload
      FROM jsonb_to_recordset(p_ops) AS x{_OPS};

    -- Seen before: identical is a duplicate (no effect); anything else a conflict, kept aside.
    SELECT coalesce(jsonb_agg(jsonb_build_object('op_id', x.op_id, 'seq', x.seq,
               'entity', x.entity, 'payload', x.payload, 'why',
               CASE WHEN p.op_id = x.op_id AND p.workstation_id = ws AND p.seq = x.seq
                         AND p.entity = x.entity AND p.entity_id = x.entity_id
                         AND p.payload = x.payload THEN NULL
                    WHEN p.op_id = x.op_id THEN 'same_id_other_content'
                    ELSE 'same_sequence_other_id' END)), '[]'),
           coalesce(array_agg(x.op_id), '{{}}')
      INTO seen, seen_ids
      FROM {_all('x')}
      CROSS JOIN LATERAL (
            SELECT q.* FROM operations q
             WHERE q.op_id = x.op_id OR (q.workstation_id = ws AND q.seq = x.seq)
             ORDER BY (q.op_id = x.op_id) DESC LIMIT 1) AS p;
    IF cardinality(seen_ids) > 0 THEN
        INSERT INTO op_conflicts (op_id, workstation_id, seq, entity, payload, reason)
        SELECT j.op_id, ws, j.seq, j.entity, j.payload, j.why
          FROM jsonb_to_recordset(seen) AS j(op_id text, seq bigint, entity text, payload jsonb,
                                             why text)
         WHERE j.why IS NOT NULL;
        RETURN QUERY
        SELECT j.op_id, CASE WHEN j.why IS NULL THEN 'duplicate' ELSE 'conflict' END, j.why
          FROM jsonb_to_recordset(seen) AS j(op_id text, why text);
    END IF;

    -- The new operations: a bad entity or id is refused; the others go on, in sequence order.
    SELECT coalesce(jsonb_agg(jsonb_build_object('op_id', x.op_id, 'why',
               CASE WHEN s.name IS NULL THEN 'unknown_entity' ELSE 'id_mismatch' END)), '[]'),
           coalesce(array_agg(x.op_id), '{{}}')
      INTO bad, refused
      FROM {_all('x')}
      LEFT JOIN sync_entities s ON s.name = x.entity
     WHERE (s.name IS NULL OR x.payload->>'id' IS DISTINCT FROM x.entity_id)
       AND x.op_id <> ALL(seen_ids);
    -- Every statement that needs the sequence order asks for it (ORDER BY seq), so the arrays
    -- keep the order they came in; in the usual case (nothing seen before, nothing refused so
    -- far) they are the batch itself.
    IF cardinality(seen_ids) = 0 AND cardinality(refused) = 0 THEN
        f_id := b_id; f_seq := b_seq; f_entity := b_entity; f_eid := b_eid;
        f_payload := b_payload;
    ELSE
        SELECT coalesce(array_agg(x.op_id), '{{}}'), coalesce(array_agg(x.seq), '{{}}'),
               coalesce(array_agg(x.entity), '{{}}'), coalesce(array_agg(x.entity_id), '{{}}'),
               coalesce(array_agg(x.payload), '{{}}')
          INTO f_id, f_seq, f_entity, f_eid, f_payload
          FROM {_all('x')}
         WHERE x.op_id <> ALL(seen_ids) AND x.op_id <> ALL(refused);
    END IF;
    present := ARRAY(SELECT DISTINCT e FROM unnest(f_entity) AS e);
{applies}
    -- The log, checked on arrival: each entry's index must follow the head and its prev_hash
    -- be the head's hash; a break (gap or link) is recorded in chain_breaks and the entry kept,
    -- so the break stays visible. A position already taken (a store restored from an old copy)
    -- is refused and recorded as a fork.
    SELECT w.chain_index, w.chain_hash, w.ops_hash INTO head_idx, head_hash, ops_head
      FROM workstations w WHERE w.id = ws FOR UPDATE;
    IF 'verification_entries' = ANY(present) THEN
{entry_refusal}
    -- The usual case in one statement: the entries continue the head, link by link, and no
    -- position is taken.
    -- (coalesce per entry: bool_and skips NULLs, and an unknown is not a continuation)
    SELECT count(*), coalesce(bool_and(coalesce(v.idx = head_idx + v.rn
               AND v.prev IS NOT DISTINCT FROM CASE WHEN v.rn = 1 THEN head_hash ELSE v.lprev END
               AND NOT EXISTS (SELECT 1 FROM verification_entries q
                                WHERE q.workstation_id = ws AND q.chain_index = v.idx), false)),
                    true),
           (array_agg(v.hash ORDER BY v.rn DESC))[1]
      INTO n_entries, linked, last_hash
      FROM (SELECT (f.payload->>'chain_index')::integer AS idx, f.payload->>'prev_hash' AS prev,
                   f.payload->>'entry_hash' AS hash,
                   lag(f.payload->>'entry_hash') OVER (ORDER BY f.seq) AS lprev,
                   row_number() OVER (ORDER BY f.seq) AS rn
              {entries}) AS v;
    IF n_entries > 0 AND linked THEN
        INSERT INTO verification_entries
            SELECT r.* FROM {_FRESH}
             CROSS JOIN LATERAL jsonb_populate_record(NULL::verification_entries,
                                   f.payload || jsonb_build_object('src_workstation', ws)) AS r
             WHERE f.entity = 'verification_entries' AND f.op_id <> ALL(refused);
        head_idx := head_idx + n_entries;
        head_hash := last_hash;
    ELSIF n_entries > 0 THEN
    FOR e IN SELECT f.op_id, f.payload {entries} ORDER BY f.seq
    LOOP
        idx := (e.payload->>'chain_index')::integer;
        IF EXISTS (SELECT 1 FROM verification_entries v
                    WHERE v.workstation_id = ws AND v.chain_index = idx) THEN
            INSERT INTO chain_breaks (workstation_id, entry_id, chain_index, expected_index,
                                      expected_prev, got_prev, reason)
            VALUES (ws, e.payload->>'id', idx, head_idx + 1, head_hash,
                    coalesce(e.payload->>'prev_hash', ''), 'fork');
            bad := bad || jsonb_build_array(jsonb_build_object('op_id', e.op_id,
                                                               'why', 'chain_fork'));
            refused := refused || e.op_id;
            CONTINUE;
        END IF;
        IF idx <> head_idx + 1 OR e.payload->>'prev_hash' IS DISTINCT FROM head_hash THEN
            INSERT INTO chain_breaks (workstation_id, entry_id, chain_index, expected_index,
                                      expected_prev, got_prev, reason)
            VALUES (ws, e.payload->>'id', idx, head_idx + 1, head_hash,
                    coalesce(e.payload->>'prev_hash', ''),
                    CASE WHEN idx <> head_idx + 1 THEN 'gap' ELSE 'link' END);
        END IF;
        INSERT INTO verification_entries
            SELECT * FROM jsonb_populate_record(NULL::verification_entries,
                              e.payload || jsonb_build_object('src_workstation', ws));
        IF idx > head_idx THEN
            head_idx := idx;
            head_hash := e.payload->>'entry_hash';
        END IF;
    END LOOP;
    END IF;
    END IF;
{notes}

    -- Refusals are kept for people, like conflicts (the caller's other work goes on).
    IF cardinality(refused) > 0 THEN
        INSERT INTO op_conflicts (op_id, workstation_id, seq, entity, payload, reason)
        SELECT x.op_id, ws, x.seq, x.entity, x.payload, b.why
          FROM {_all('x')}
          JOIN jsonb_to_recordset(bad) AS b(op_id text, why text) ON b.op_id = x.op_id;
    END IF;

    RETURN QUERY
    WITH chained AS (
        SELECT f.op_id, f.seq, f.entity, f.entity_id, f.payload,
               op_chain(ops_head, op_item_text(f.op_id, f.seq, f.entity, f.entity_id, f.payload))
                   OVER (ORDER BY f.seq ROWS UNBOUNDED PRECEDING) AS h
          FROM {_FRESH}
         WHERE f.op_id <> ALL(refused)
    ),
    applied AS (
        INSERT INTO operations (op_id, workstation_id, seq, entity, entity_id, payload,
                                prev_hash, op_hash)
        SELECT c.op_id, ws, c.seq, c.entity, c.entity_id, c.payload,
               coalesce(lag(c.h) OVER (ORDER BY c.seq), ops_head), c.h
          FROM chained c
         ORDER BY c.seq
        RETURNING operations.op_id, operations.seq, operations.op_hash
    ),
    moved AS (
        UPDATE workstations w SET last_seq = greatest(w.last_seq,
                                   coalesce((SELECT max(a.seq) FROM applied a), 0)),
               chain_index = head_idx, chain_hash = head_hash, last_push_at = now(),
               ops_count = w.ops_count + (SELECT count(*) FROM applied),
               ops_hash = coalesce((SELECT a.op_hash FROM applied a ORDER BY a.seq DESC
                                     LIMIT 1), w.ops_hash)
         WHERE w.id = ws
        RETURNING 1
    )
    SELECT a.op_id, 'applied', NULL::text FROM applied a
    UNION ALL
    SELECT b.op_id, 'refused', b.why FROM jsonb_to_recordset(bad) AS b(op_id text, why text);
END $$;
"""
