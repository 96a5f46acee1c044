"""central schema: synced tables, insert-only log, operations, page images, roles

Revision ID: c001
Revises:
Create Date: 2026-11-26 14:30:00

Everything is owned by the NOLOGIN role `desk_owner`; workstations log in with their own roles,
members of `desk_workstation`, which may only call the SECURITY DEFINER functions below and read
the catalog. The SQL is frozen here on purpose: later changes go in new revisions.
"""
from __future__ import annotations

from alembic import op

revision = "c001"
down_revision = None
branch_labels = None
depends_on = None

GENESIS = "0" * 64

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_owner') THEN
        CREATE ROLE desk_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_workstation') THEN
        CREATE ROLE desk_workstation NOLOGIN;
    END IF;
END $$;
GRANT desk_owner TO CURRENT_USER;
GRANT USAGE, CREATE ON SCHEMA public TO desk_owner;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
"""

# The tables the counters fill. Columns follow the local models (db/models.py); varchar lengths are
# dropped (text) so a longer local value is never refused here. `src_workstation` is the workstation
# whose operation wrote the row, set by the centre, not by the payload.
TABLES = f"""
CREATE TABLE page_images (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{{64}}$'),
    byte_size bigint NOT NULL,
    data bytea,                 -- NULL when the bytes live in an object store (see location)
    location text,              -- e.g. s3://bucket/ab/abcd... ; NULL = in `data`
    uploaded_by text,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    CHECK (data IS NOT NULL OR location IS NOT NULL)
);

CREATE TABLE workstations (
    id text PRIMARY KEY,
    role_name text UNIQUE,      -- login role of this counter; NULL = pushes only via the owner
    name text NOT NULL DEFAULT '',
    agency_code text NOT NULL,
    slot integer NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_seq bigint NOT NULL DEFAULT 0,
    chain_index integer NOT NULL DEFAULT 0,
    chain_hash text NOT NULL DEFAULT '{GENESIS}',
    last_push_at timestamptz,
    UNIQUE (agency_code, slot)
);

CREATE TABLE operations (
    op_id text PRIMARY KEY,
    workstation_id text NOT NULL REFERENCES workstations(id),
    seq bigint NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    payload jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (workstation_id, seq)
);

-- Same op id (or same workstation sequence) arriving with other content: refused, kept for people.
CREATE TABLE op_conflicts (
    id bigserial PRIMARY KEY,
    op_id text NOT NULL,
    workstation_id text NOT NULL,
    seq bigint NOT NULL,
    entity text NOT NULL,
    payload jsonb NOT NULL,
    reason text NOT NULL,
    detected_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE chain_breaks (
    id bigserial PRIMARY KEY,
    workstation_id text NOT NULL,
    entry_id text NOT NULL,
    chain_index integer NOT NULL,
    expected_index integer NOT NULL,
    expected_prev text NOT NULL,
    got_prev text NOT NULL,
    reason text NOT NULL,
    detected_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sync_entities (
    name text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('upsert', 'append', 'chain'))
);
INSERT INTO sync_entities VALUES
    ('applicants', 'upsert'), ('dossiers', 'upsert'), ('dossier_components', 'upsert'),
    ('pages', 'upsert'), ('ocr_results', 'upsert'), ('generated_documents', 'upsert'),
    ('verification_entries', 'chain'), ('supervisor_notes', 'append');

CREATE TABLE applicants (
    kind text NOT NULL, full_name text NOT NULL, name_folded text NOT NULL,
    id_number text, birth_date date, sex text, address text NOT NULL, phone text NOT NULL,
    email text NOT NULL, id text PRIMARY KEY, ws_seq bigint,
    src_workstation text NOT NULL REFERENCES workstations(id)
);

CREATE TABLE dossiers (
    code text NOT NULL UNIQUE, code_rule text NOT NULL, procedure_code text NOT NULL,
    applicant_id text NOT NULL REFERENCES applicants(id), submitter_id text REFERENCES applicants(id),
    channel text NOT NULL, status text NOT NULL, received_at timestamp NOT NULL,
    due_at timestamp, returned_at timestamp, resolved_at timestamp,
    receiving_agency_code text NOT NULL, deciding_agency_code text, officer_id text,
    workstation_id text NOT NULL, sets_count integer NOT NULL, delivery_method text NOT NULL,
    ledger_book text NOT NULL, ledger_no integer, electronic_result boolean NOT NULL,
    reuse_count integer NOT NULL, reason text NOT NULL, note text NOT NULL,
    search_text text NOT NULL, id text PRIMARY KEY, ws_seq bigint,
    src_workstation text NOT NULL REFERENCES workstations(id)
);
CREATE INDEX ix_dossiers_received ON dossiers (received_at);

CREATE TABLE dossier_components (
    dossier_id text NOT NULL REFERENCES dossiers(id), procedure_component_id text,
    position integer NOT NULL, name text NOT NULL, form text, quantity integer NOT NULL,
    requirement text NOT NULL, on_published_list boolean NOT NULL, original_shown boolean NOT NULL,
    reused_from text, id text PRIMARY KEY, ws_seq bigint,
    src_workstation text NOT NULL REFERENCES workstations(id)
);
CREATE INDEX ix_dossier_components_dossier ON dossier_components (dossier_id);

-- A page row cannot exist here without its image: the foreign key on sha256.
CREATE TABLE pages (
    dossier_id text NOT NULL REFERENCES dossiers(id),
    component_id text REFERENCES dossier_components(id),
    position integer NOT NULL, sha256 text NOT NULL REFERENCES page_images(sha256),
    mime text NOT NULL, width integer NOT NULL, height integer NOT NULL, dpi integer NOT NULL,
    colour_mode text NOT NULL, byte_size bigint NOT NULL, role text NOT NULL, label text NOT NULL,
    blank boolean NOT NULL, blurry boolean NOT NULL, deleted boolean NOT NULL, source text NOT NULL,
    created_at timestamp NOT NULL, id text PRIMARY KEY, ws_seq bigint,
    src_workstation text NOT NULL REFERENCES workstations(id)
);
CREATE INDEX ix_pages_dossier ON pages (dossier_id);
CREATE INDEX ix_pages_sha256 ON pages (sha256);

CREATE TABLE ocr_results (
    page_id text NOT NULL REFERENCES pages(id), engine text NOT NULL, text text NOT NULL,
    corrected_text text, folded_text text NOT NULL, words jsonb NOT NULL,
    confidence double precision NOT NULL, created_at timestamp NOT NULL,
    id text PRIMARY KEY, ws_seq bigint,
    src_workstation text NOT NULL REFERENCES workstations(id)
);

CREATE TABLE generated_documents (
    dossier_id text NOT NULL REFERENCES dossiers(id), kind text NOT NULL,
    sha256 text NOT NULL REFERENCES page_images(sha256), number text NOT NULL,
    created_at timestamp NOT NULL, id text PRIMARY KEY, ws_seq bigint,
    src_workstation text NOT NULL REFERENCES workstations(id)
);

CREATE TABLE verification_entries (
    id text PRIMARY KEY, ws_seq bigint, workstation_id text NOT NULL, chain_index integer NOT NULL,
    dossier_id text NOT NULL, dossier_code text NOT NULL, procedure_code text NOT NULL,
    dossier_component_id text, procedure_component_id text, component_name text NOT NULL,
    presentation_form text NOT NULL, requirement text NOT NULL, on_published_list boolean NOT NULL,
    original_shown boolean NOT NULL, demanded_form text, officer_id text NOT NULL,
    officer_name text NOT NULL, created_at timestamp NOT NULL, verdict text NOT NULL,
    engine_verdict text, engine_score double precision, override_reason text NOT NULL,
    page_hashes jsonb NOT NULL, prev_hash text NOT NULL, entry_hash text NOT NULL,
    src_workstation text NOT NULL REFERENCES workstations(id),
    CONSTRAINT uq_chain_position UNIQUE (workstation_id, chain_index)
);
CREATE INDEX ix_ver_created ON verification_entries (created_at);
CREATE INDEX ix_ver_officer ON verification_entries (officer_id, created_at);
CREATE INDEX ix_ver_dossier ON verification_entries (dossier_id);

CREATE TABLE supervisor_notes (
    id text PRIMARY KEY, ws_seq bigint, entry_id text NOT NULL REFERENCES verification_entries(id),
    flag_code text NOT NULL, author_id text NOT NULL, text text NOT NULL,
    created_at timestamp NOT NULL,
    src_workstation text NOT NULL REFERENCES workstations(id)
);

-- Reference data, maintained centrally and pulled by the counters as versioned snapshots.
CREATE TABLE agencies (
    code text PRIMARY KEY, name text NOT NULL, level text NOT NULL DEFAULT 'commune',
    parent_code text, address text NOT NULL DEFAULT '', phone text NOT NULL DEFAULT ''
);
CREATE TABLE procedures (
    code text PRIMARY KEY, name text NOT NULL, name_folded text NOT NULL DEFAULT '',
    field text NOT NULL DEFAULT '', level text NOT NULL DEFAULT 'commune',
    deciding_agency_code text REFERENCES agencies(code), processing_days integer NOT NULL DEFAULT 0,
    fee text NOT NULL DEFAULT '', legal_basis text NOT NULL DEFAULT '',
    centralised boolean NOT NULL DEFAULT false, active boolean NOT NULL DEFAULT true
);
CREATE TABLE procedure_components (
    id text PRIMARY KEY, procedure_code text NOT NULL REFERENCES procedures(code),
    position integer NOT NULL, name text NOT NULL, accepted_forms jsonb NOT NULL DEFAULT '[]',
    requirement text NOT NULL DEFAULT 'submit', quantity integer NOT NULL DEFAULT 1,
    optional boolean NOT NULL DEFAULT false, available_as_data boolean NOT NULL DEFAULT false,
    colour boolean NOT NULL DEFAULT false, legal_basis text NOT NULL DEFAULT ''
);
CREATE TABLE holidays (
    day date PRIMARY KEY, name text NOT NULL, working boolean NOT NULL DEFAULT false
);
-- password_hash is bcrypt (pgcrypto crypt()), checked here by sync_login(); it never leaves the
-- centre: workstations have column privileges that exclude it.
CREATE TABLE accounts (
    id text PRIMARY KEY, username text NOT NULL UNIQUE, full_name text NOT NULL,
    role text NOT NULL, agency_code text, active boolean NOT NULL DEFAULT true,
    password_hash text, failed_attempts integer NOT NULL DEFAULT 0, locked_until timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE revocations (
    account_id text NOT NULL, revoked_at timestamptz NOT NULL DEFAULT now(), reason text NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, revoked_at)
);
CREATE TABLE snapshots (
    kind text PRIMARY KEY, version bigint NOT NULL DEFAULT 0, changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO snapshots (kind) VALUES ('catalog'), ('holidays'), ('accounts');
"""

TRIGGERS = """
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'desk:append_only % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER verification_entries_no_change BEFORE UPDATE OR DELETE ON verification_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER verification_entries_no_truncate BEFORE TRUNCATE ON verification_entries
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER supervisor_notes_no_change BEFORE UPDATE OR DELETE ON supervisor_notes
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER supervisor_notes_no_truncate BEFORE TRUNCATE ON supervisor_notes
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER operations_no_change BEFORE UPDATE OR DELETE ON operations
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER operations_no_truncate BEFORE TRUNCATE ON operations
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER chain_breaks_no_change BEFORE UPDATE OR DELETE ON chain_breaks
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER chain_breaks_no_truncate BEFORE TRUNCATE ON chain_breaks
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

CREATE FUNCTION bump_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE snapshots SET version = version + 1, changed_at = now() WHERE kind = TG_ARGV[0];
    RETURN NULL;
END $$;
CREATE TRIGGER agencies_snapshot AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agencies
    FOR EACH STATEMENT EXECUTE FUNCTION bump_snapshot('catalog');
CREATE TRIGGER procedures_snapshot AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON procedures
    FOR EACH STATEMENT EXECUTE FUNCTION bump_snapshot('catalog');
CREATE TRIGGER components_snapshot AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON procedure_components
    FOR EACH STATEMENT EXECUTE FUNCTION bump_snapshot('catalog');
CREATE TRIGGER holidays_snapshot AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON holidays
    FOR EACH STATEMENT EXECUTE FUNCTION bump_snapshot('holidays');
CREATE TRIGGER accounts_snapshot AFTER INSERT OR UPDATE OF username, full_name, role, agency_code, active
    OR DELETE OR TRUNCATE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION bump_snapshot('accounts');
CREATE TRIGGER revocations_snapshot AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON revocations
    FOR EACH STATEMENT EXECUTE FUNCTION bump_snapshot('accounts');
"""

# SECURITY DEFINER functions: the only way a workstation writes. Each sets its search_path so a
# caller cannot shadow a table with a temp one.
FUNCTIONS = """
CREATE FUNCTION sync_caller(p_ws text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE w text;
BEGIN
    SELECT id INTO w FROM workstations WHERE role_name = session_user;
    IF w IS NOT NULL THEN
        IF w <> p_ws THEN
            RAISE EXCEPTION 'desk:not_your_workstation' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN w;
    END IF;
    IF pg_has_role(session_user, 'desk_owner', 'MEMBER') THEN
        RETURN p_ws;
    END IF;
    RAISE EXCEPTION 'desk:not_a_workstation' USING ERRCODE = 'insufficient_privilege';
END $$;

-- Registers (owner) or confirms (workstation role) a workstation; its slot must be free.
CREATE FUNCTION sync_register(p_ws text, p_name text, p_agency text, p_slot integer) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE w workstations;
BEGIN
    PERFORM sync_caller(p_ws);
    SELECT * INTO w FROM workstations WHERE id = p_ws;
    IF NOT FOUND THEN
        IF NOT pg_has_role(session_user, 'desk_owner', 'MEMBER') THEN
            RAISE EXCEPTION 'desk:unregistered_workstation' USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- Two processes of one counter may register at once: no conflict target, then re-read.
        INSERT INTO workstations (id, name, agency_code, slot) VALUES (p_ws, p_name, p_agency, p_slot)
        ON CONFLICT DO NOTHING;
        SELECT * INTO w FROM workstations WHERE id = p_ws;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'desk:slot_taken % %', p_agency, p_slot USING ERRCODE = 'unique_violation';
        END IF;
    END IF;
    IF w.agency_code <> p_agency OR w.slot <> p_slot THEN
        RAISE EXCEPTION 'desk:slot_mismatch registered % %', w.agency_code, w.slot
            USING ERRCODE = 'unique_violation';
    END IF;
    RETURN 'known';
END $$;

CREATE FUNCTION sync_missing_images(p_shas text[]) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s FROM unnest(p_shas) AS s
    WHERE NOT EXISTS (SELECT 1 FROM page_images i WHERE i.sha256 = s);
$$;

-- Stores an image under its hash after checking the hash; a second send is a no-op.
CREATE FUNCTION sync_put_image(p_sha text, p_data bytea) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF encode(sha256(p_data), 'hex') <> p_sha THEN
        RAISE EXCEPTION 'desk:image_hash_mismatch %', p_sha USING ERRCODE = 'data_exception';
    END IF;
    INSERT INTO page_images (sha256, byte_size, data, uploaded_by)
    VALUES (p_sha, octet_length(p_data), p_data, session_user)
    ON CONFLICT (sha256) DO NOTHING;
    RETURN FOUND;
END $$;

{sync_push}
-- Online login: the password is checked here against the bcrypt hash, which never leaves.
CREATE FUNCTION sync_login(p_username text, p_password text)
RETURNS TABLE (status text, id text, username text, full_name text, role text, agency_code text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE a accounts;
BEGIN
    SELECT * INTO a FROM accounts WHERE accounts.username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        status := 'unknown'; RETURN NEXT; RETURN;
    END IF;
    IF NOT a.active THEN
        status := 'inactive'; RETURN NEXT; RETURN;
    END IF;
    IF a.locked_until IS NOT NULL AND a.locked_until > now() THEN
        status := 'locked'; RETURN NEXT; RETURN;
    END IF;
    IF a.password_hash IS NULL OR crypt(p_password, a.password_hash) <> a.password_hash THEN
        UPDATE accounts SET failed_attempts = failed_attempts + 1,
               locked_until = CASE WHEN failed_attempts + 1 >= 5
                                   THEN now() + interval '15 minutes' END
         WHERE accounts.id = a.id;
        status := 'wrong'; RETURN NEXT; RETURN;
    END IF;
    UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE accounts.id = a.id;
    status := 'ok'; id := a.id; username := a.username; full_name := a.full_name;
    role := a.role; agency_code := a.agency_code;
    RETURN NEXT;
END $$;
"""

UPSERTED = ("applicants", "dossiers", "dossier_components", "pages", "ocr_results",
            "generated_documents")


def _columns(table: str) -> list[str]:
    """Column names of `table` as declared in TABLES above (constraint lines skipped)."""
    body = TABLES.split(f"CREATE TABLE {table} (", 1)[1]
    depth, item, items = 0, "", []
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        if ch == "," and depth == 0:
            items.append(item)
            item = ""
        else:
            item += ch
    items.append(item)
    words = [i.split("--")[0].split() for i in items]
    return [w[0] for w in words if w and w[0] not in ("CONSTRAINT", "UNIQUE", "PRIMARY", "CHECK")]


_OPS = "(op_id text, seq bigint, entity text, entity_id text, payload jsonb)"


def _apply_table(table: str) -> str:
    """Set-based apply of one table's operations in a batch (static SQL, plan cached): rows of
    another workstation are refused (`foreign_row`); for an id seen twice in the batch only the
    newest version is written; an existing row is only updated by a newer ws_seq."""
    cols = [c for c in _columns(table) if c != "id"]
    return f"""
    bad := bad || coalesce((
        SELECT jsonb_agg(jsonb_build_object('op_id', f.op_id, 'why', 'foreign_row'))
          FROM jsonb_to_recordset(fresh) AS f{_OPS}
          JOIN {table} o ON o.id = f.entity_id
         WHERE f.entity = '{table}' AND o.src_workstation <> ws), '[]');
    INSERT INTO {table} AS t
        SELECT r.*
          FROM (SELECT DISTINCT ON (f.entity_id) f.entity_id, f.payload
                  FROM jsonb_to_recordset(fresh) AS f{_OPS}
                 WHERE f.entity = '{table}'
                 ORDER BY f.entity_id, f.seq DESC) AS f
          CROSS JOIN LATERAL jsonb_populate_record(
                NULL::{table}, f.payload || jsonb_build_object('src_workstation', ws)) AS r
         WHERE NOT EXISTS (SELECT 1 FROM {table} o
                            WHERE o.id = f.entity_id AND o.src_workstation <> ws)
    ON CONFLICT (id) DO UPDATE SET ({", ".join(cols)})
        = ROW({", ".join("EXCLUDED." + c for c in cols)})
    WHERE t.src_workstation = EXCLUDED.src_workstation AND t.ws_seq < EXCLUDED.ws_seq;
"""


def _push_function() -> str:
    """sync_push: records a batch of operations. Each op is kept by its id (recorded once in
    `operations`), so a retry, a lost reply to COMMIT or a second process sending the same ops
    has exactly one effect. The same id (or workstation sequence) with other content is refused
    and recorded in op_conflicts. Rows are applied table by table, parents first, set-based."""
    applies = "".join(_apply_table(t) for t in UPSERTED)
    return f"""
CREATE FUNCTION sync_push(p_ws text, p_ops jsonb)
RETURNS TABLE (op_id text, status text, reason text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    ws text := sync_caller(p_ws);
    fresh jsonb;                -- operations never seen before, valid entity and id
    bad jsonb := '[]';          -- [{{op_id, why}}] refused, not recorded
    e record; idx integer; head_idx integer; head_hash text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM workstations w WHERE w.id = ws) THEN
        RAISE EXCEPTION 'desk:unregistered_workstation' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- One push at a time per workstation: two processes syncing one store queue up here.
    PERFORM pg_advisory_xact_lock(hashtextextended('desk-sync:' || ws, 0));

    -- Seen before: identical is a duplicate (no effect); anything else a conflict, kept aside.
    RETURN QUERY
    WITH x AS (SELECT * FROM jsonb_to_recordset(p_ops) AS x{_OPS}),
    judged AS (
        SELECT x.op_id, x.seq, x.entity, x.payload,
               CASE WHEN p.op_id = x.op_id AND p.workstation_id = ws AND p.seq = x.seq
                         AND p.entity = x.entity AND p.entity_id = x.entity_id
                         AND p.payload = x.payload THEN NULL
                    WHEN p.op_id = x.op_id THEN 'same_id_other_content'
                    ELSE 'same_sequence_other_id' END AS why
          FROM x
          CROSS JOIN LATERAL (
                SELECT q.* FROM operations q
                 WHERE q.op_id = x.op_id OR (q.workstation_id = ws AND q.seq = x.seq)
                 ORDER BY (q.op_id = x.op_id) DESC LIMIT 1) AS p
    ),
    logged AS (
        INSERT INTO op_conflicts (op_id, workstation_id, seq, entity, payload, reason)
        SELECT j.op_id, ws, j.seq, j.entity, j.payload, j.why FROM judged j
         WHERE j.why IS NOT NULL
        RETURNING 1
    )
    SELECT j.op_id, CASE WHEN j.why IS NULL THEN 'duplicate' ELSE 'conflict' END, j.why
      FROM judged j;

    SELECT coalesce(jsonb_agg(jsonb_build_object('op_id', x.op_id, 'why',
               CASE WHEN s.name IS NULL THEN 'unknown_entity' ELSE 'id_mismatch' END)), '[]')
      INTO bad
      FROM jsonb_to_recordset(p_ops) AS x{_OPS}
      LEFT JOIN sync_entities s ON s.name = x.entity
     WHERE (s.name IS NULL OR x.payload->>'id' IS DISTINCT FROM x.entity_id)
       AND NOT EXISTS (SELECT 1 FROM operations q
                        WHERE q.op_id = x.op_id OR (q.workstation_id = ws AND q.seq = x.seq));
    SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.seq), '[]')
      INTO fresh
      FROM jsonb_to_recordset(p_ops) AS x{_OPS}
      JOIN sync_entities s ON s.name = x.entity
     WHERE x.payload->>'id' = x.entity_id
       AND NOT EXISTS (SELECT 1 FROM operations q
                        WHERE q.op_id = x.op_id OR (q.workstation_id = ws AND q.seq = x.seq));
{applies}
    -- The log: one entry at a time, in order, through the chain check on arrival. The index
    -- must follow the head and prev_hash must be the head's hash; a break (gap or link) is
    -- recorded in chain_breaks and the entry kept, so the break stays visible. A position
    -- already taken (a store restored from an old copy) is refused and recorded as a fork.
    SELECT w.chain_index, w.chain_hash INTO head_idx, head_hash
      FROM workstations w WHERE w.id = ws FOR UPDATE;
    FOR e IN SELECT f.op_id, f.payload FROM jsonb_to_recordset(fresh) AS f{_OPS}
              WHERE f.entity = 'verification_entries' ORDER BY f.seq
    LOOP
        idx := (e.payload->>'chain_index')::integer;
        IF e.payload->>'workstation_id' IS DISTINCT FROM ws THEN
            bad := bad || jsonb_build_array(jsonb_build_object(
                'op_id', e.op_id, 'why', 'entry_of_other_workstation'));
            CONTINUE;
        END IF;
        IF EXISTS (SELECT 1 FROM verification_entries v
                    WHERE v.workstation_id = ws AND v.chain_index = idx) THEN
            INSERT INTO chain_breaks (workstation_id, entry_id, chain_index, expected_index,
                                      expected_prev, got_prev, reason)
            VALUES (ws, e.payload->>'id', idx, head_idx + 1, head_hash,
                    coalesce(e.payload->>'prev_hash', ''), 'fork');
            bad := bad || jsonb_build_array(jsonb_build_object('op_id', e.op_id,
                                                               'why', 'chain_fork'));
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
    INSERT INTO supervisor_notes
        SELECT r.* FROM jsonb_to_recordset(fresh) AS f{_OPS}
         CROSS JOIN LATERAL jsonb_populate_record(
               NULL::supervisor_notes, f.payload || jsonb_build_object('src_workstation', ws)) AS r
         WHERE f.entity = 'supervisor_notes'
    ON CONFLICT (id) DO NOTHING;

    RETURN QUERY
    WITH refused AS (SELECT b.op_id, b.why FROM jsonb_to_recordset(bad) AS b(op_id text, why text)),
    applied AS (
        INSERT INTO operations (op_id, workstation_id, seq, entity, entity_id, payload)
        SELECT f.op_id, ws, f.seq, f.entity, f.entity_id, f.payload
          FROM jsonb_to_recordset(fresh) AS f{_OPS}
         WHERE NOT EXISTS (SELECT 1 FROM refused r WHERE r.op_id = f.op_id)
         ORDER BY f.seq
        RETURNING operations.op_id, operations.seq
    ),
    moved AS (
        UPDATE workstations w SET last_seq = greatest(w.last_seq,
                                   coalesce((SELECT max(a.seq) FROM applied a), 0)),
               chain_index = head_idx, chain_hash = head_hash, last_push_at = now()
         WHERE w.id = ws
        RETURNING 1
    )
    SELECT a.op_id, 'applied', NULL::text FROM applied a
    UNION ALL
    SELECT r.op_id, 'refused', r.why FROM refused r;
END $$;
"""


GRANTS = """
-- Functions are executable by PUBLIC by default: take that back from every one of ours.
REVOKE EXECUTE ON FUNCTION refuse_change(), bump_snapshot(), sync_caller(text),
    sync_register(text, text, text, integer), sync_missing_images(text[]),
    sync_put_image(text, bytea),
    sync_push(text, jsonb), sync_login(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_register(text, text, text, integer), sync_missing_images(text[]),
    sync_put_image(text, bytea), sync_push(text, jsonb), sync_login(text, text)
    TO desk_workstation;
GRANT SELECT ON agencies, procedures, procedure_components, holidays, revocations, snapshots
    TO desk_workstation;
GRANT SELECT (id, username, full_name, role, agency_code, active) ON accounts TO desk_workstation;
"""


def upgrade() -> None:
    op.execute(ROLES)
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(TABLES)
    op.execute(TRIGGERS)
    op.execute(FUNCTIONS.replace("{sync_push}", _push_function()))
    op.execute(GRANTS)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central log is never dropped by a migration")
