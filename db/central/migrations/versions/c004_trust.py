"""central: the centre trusts nothing a counter says about ownership; operations chained; login
throttled per counter and per account; supervisor and reporting roles (issue 11)

Revision ID: c004_trust
Revises: c003_lifecycle

* sync_push is re-created from db/central/push_sql.py with the tables of this revision (a later
  revision adding synced tables calls push_function() again with all of them);
* operations get prev_hash/op_hash, chained per workstation, the head kept in workstations
  (ops_count, ops_hash); the operations already there are chained here, in sequence order;
* sync_login answers `wrong` alike for an unknown user and a wrong password, and throttles by
  (counter, account) and by counter instead of locking the account for everyone;
* roles: desk_supervisor (may push supervisor notes), desk_reporting (reads, never writes, never
  the password hashes or the page images).
"""
from __future__ import annotations

from alembic import op

from db.central.push_sql import CHAIN_SQL, CODE_SPACE_SQL, GENESIS, push_function, table_columns

revision = "c004_trust"
down_revision = "c003_lifecycle"
branch_labels = None
depends_on = None

UPSERTED = ("applicants", "dossiers", "dossier_components", "pages", "ocr_results",
            "generated_documents")

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_supervisor') THEN
        CREATE ROLE desk_supervisor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_reporting') THEN
        CREATE ROLE desk_reporting NOLOGIN;
    END IF;
END $$;
GRANT desk_workstation TO desk_supervisor;
GRANT USAGE ON SCHEMA public TO desk_reporting;
"""

SCHEMA = f"""
ALTER TABLE operations ADD COLUMN prev_hash text, ADD COLUMN op_hash text;
ALTER TABLE workstations ADD COLUMN ops_count bigint NOT NULL DEFAULT 0,
                         ADD COLUMN ops_hash text NOT NULL DEFAULT '{GENESIS}';

-- Failed central logins, by where they came from (the counter) and the name tried.
CREATE TABLE login_failures (
    id bigserial PRIMARY KEY,
    source text NOT NULL,       -- workstation id, or the login role for a non-counter caller
    username text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_login_failures_source ON login_failures (source, at);
CREATE INDEX ix_login_failures_username ON login_failures (username, at);
"""

# The operations already recorded are chained in sequence order, as sync_push does from now on.
BACKFILL = f"""
ALTER TABLE operations DISABLE TRIGGER operations_no_change;
UPDATE operations o SET prev_hash = c.prev, op_hash = c.h
  FROM (SELECT x.op_id, x.h, coalesce(lag(x.h) OVER (PARTITION BY x.workstation_id
                                                     ORDER BY x.seq), '{GENESIS}') AS prev
          FROM (SELECT q.op_id, q.workstation_id, q.seq,
                       op_chain('{GENESIS}', op_item_text(q.op_id, q.seq, q.entity,
                                                         q.entity_id, q.payload))
                           OVER (PARTITION BY q.workstation_id ORDER BY q.seq
                                 ROWS UNBOUNDED PRECEDING) AS h
                  FROM operations q) AS x) AS c
 WHERE o.op_id = c.op_id;
ALTER TABLE operations ENABLE TRIGGER operations_no_change;
UPDATE workstations w SET ops_count = s.n, ops_hash = s.h
  FROM (SELECT DISTINCT ON (workstation_id) workstation_id,
               count(*) OVER (PARTITION BY workstation_id) AS n, op_hash AS h
          FROM operations ORDER BY workstation_id, seq DESC) AS s
 WHERE s.workstation_id = w.id;
"""

LOGIN = """
-- Online login. The same answer (`wrong`) for an unknown user and a wrong password, after the
-- same work (one bcrypt at cost 12 either way). A counter cannot lock an account for others:
-- failures count per (counter, name) and per counter; past the limit only that counter is told
-- `locked` for a while. An account is held for everyone only when at least three counters
-- failed on it within the window. A stored hash below cost 12 is renewed on a good login.
CREATE OR REPLACE FUNCTION sync_login(p_username text, p_password text)
RETURNS TABLE (status text, id text, username text, full_name text, role text, agency_code text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    a accounts;
    src text;
    window_start timestamptz := now() - interval '15 minutes';
    good boolean;
BEGIN
    SELECT w.id INTO src FROM workstations w WHERE w.role_name = session_user;
    src := coalesce(src, 'role:' || session_user);
    PERFORM pg_advisory_xact_lock(hashtextextended('desk-login:' || src, 0));
    IF (SELECT count(*) FROM login_failures f
         WHERE f.source = src AND f.username = p_username AND f.at > window_start) >= 5
       OR (SELECT count(*) FROM login_failures f
            WHERE f.source = src AND f.at > window_start) >= 20
       OR (SELECT count(DISTINCT f.source) FROM login_failures f
            WHERE f.username = p_username AND f.at > window_start) >= 3 THEN
        status := 'locked'; RETURN NEXT; RETURN;
    END IF;
    SELECT * INTO a FROM accounts WHERE accounts.username = p_username;
    IF a.password_hash IS NULL THEN
        PERFORM crypt(p_password, gen_salt('bf', 12));  -- the same work as a real check
        good := false;
    ELSE
        good := crypt(p_password, a.password_hash) = a.password_hash;
    END IF;
    IF NOT good THEN
        INSERT INTO login_failures (source, username) VALUES (src, p_username);
        DELETE FROM login_failures f WHERE f.at < now() - interval '1 day';
        status := 'wrong'; RETURN NEXT; RETURN;
    END IF;
    DELETE FROM login_failures f WHERE f.source = src AND f.username = p_username;
    IF NOT a.active THEN
        status := 'inactive'; RETURN NEXT; RETURN;
    END IF;
    IF a.locked_until IS NOT NULL AND a.locked_until > now() THEN  -- held by an administrator
        status := 'locked'; RETURN NEXT; RETURN;
    END IF;
    IF a.password_hash !~ '^\\$2[abxy]?\\$(1[2-9]|[2-9][0-9])\\$' THEN
        UPDATE accounts SET password_hash = crypt(p_password, gen_salt('bf', 12))
         WHERE accounts.id = a.id;
    END IF;
    status := 'ok'; id := a.id; username := a.username; full_name := a.full_name;
    role := a.role; agency_code := a.agency_code;
    RETURN NEXT;
END $$;
"""

GRANTS = """
GRANT SELECT ON workstations, operations, op_conflicts, chain_breaks, applicants, dossiers,
    dossier_components, pages, ocr_results, generated_documents, verification_entries,
    supervisor_notes, agencies, procedures, procedure_components, holidays, revocations,
    snapshots TO desk_reporting;
GRANT SELECT (id, username, full_name, role, agency_code, active, updated_at) ON accounts
    TO desk_reporting;
-- The centre's own chain heads, for a counter's `log verify` (its own entries only).
CREATE OR REPLACE FUNCTION sync_chain_anchor(p_ws text)
RETURNS TABLE (chain_index integer, entry_hash text, received_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT v.chain_index, v.entry_hash, o.received_at
      FROM verification_entries v
      LEFT JOIN operations o ON o.workstation_id = v.workstation_id
                            AND o.entity = 'verification_entries' AND o.entity_id = v.id
     WHERE v.workstation_id = sync_caller(p_ws)
     ORDER BY v.chain_index;
$$;
REVOKE EXECUTE ON FUNCTION sync_chain_anchor(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_chain_anchor(text) TO desk_workstation;
"""


def upgrade() -> None:
    op.execute(ROLES)
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(SCHEMA)
    op.execute(CHAIN_SQL)
    op.execute(CODE_SPACE_SQL)
    op.execute(BACKFILL)
    op.execute(LOGIN)
    columns = table_columns(op.get_bind(), UPSERTED)
    op.execute(push_function(columns))
    op.execute(GRANTS)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central log is never narrowed by a migration")
