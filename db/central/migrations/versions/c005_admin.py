"""central: administration — account audit (synced), must-change-password, dossier's catalog
version, the chain head a restore is checked against, the officer's own password change

Revision ID: c005_admin
Revises: c004_trust

`account_audit` joins the synced tables; c006_sync_tables re-creates sync_push with it (and every
other synced table) through db/central/push_sql.py, so the ownership checks of c004 cover it.
"""
from __future__ import annotations

from alembic import op

revision = "c005_admin"
down_revision = "c004_trust"
branch_labels = None
depends_on = None

AUDIT = """
CREATE TABLE account_audit (
    account_id text NOT NULL, username text NOT NULL, action text NOT NULL, detail text NOT NULL,
    actor text NOT NULL, workstation_id text NOT NULL, created_at timestamp NOT NULL,
    id text PRIMARY KEY, ws_seq bigint,
    src_workstation text
);
"""

SQL = """
CREATE INDEX ix_account_audit_account ON account_audit (account_id, created_at);
CREATE TRIGGER account_audit_no_change BEFORE DELETE ON account_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
INSERT INTO sync_entities VALUES ('account_audit', 'upsert') ON CONFLICT DO NOTHING;

ALTER TABLE accounts ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
CREATE TRIGGER accounts_snapshot_must_change AFTER UPDATE OF must_change_password ON accounts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_snapshot('accounts');
GRANT SELECT (must_change_password) ON accounts TO desk_workstation;

ALTER TABLE dossiers ADD COLUMN catalog_version integer;

-- What the centre already holds from a workstation: a restore older than this would fork.
CREATE FUNCTION sync_head(p_ws text) RETURNS TABLE (last_seq bigint, chain_index integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM sync_caller(p_ws);
    RETURN QUERY SELECT w.last_seq, w.chain_index FROM workstations w WHERE w.id = p_ws;
END $$;

-- The officer's own change of password (after a reset): the old one is checked here.
CREATE FUNCTION sync_change_password(p_username text, p_old text, p_new text, p_ws text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE a accounts; st text;
BEGIN
    -- The old password goes through sync_login (c004): the same throttling per counter and
    -- per account, the same answer for an unknown name and a wrong password.
    SELECT l.status INTO st FROM sync_login(p_username, p_old) AS l;
    IF st IS DISTINCT FROM 'ok' THEN
        RETURN coalesce(st, 'wrong');
    END IF;
    SELECT * INTO a FROM accounts WHERE accounts.username = p_username FOR UPDATE;
    UPDATE accounts SET password_hash = crypt(p_new, gen_salt('bf', 12)),
           must_change_password = false, failed_attempts = 0, locked_until = NULL,
           updated_at = now()
     WHERE accounts.id = a.id;
    INSERT INTO account_audit (account_id, username, action, detail, actor, workstation_id,
                               created_at, id, ws_seq, src_workstation)
    VALUES (a.id, a.username, 'password', '', a.username, coalesce(p_ws, ''),
            now() AT TIME ZONE 'UTC', gen_random_uuid()::text, NULL, NULL);
    RETURN 'ok';
END $$;

REVOKE EXECUTE ON FUNCTION sync_head(text), sync_change_password(text, text, text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_head(text), sync_change_password(text, text, text, text)
    TO desk_workstation;
GRANT SELECT ON account_audit TO desk_workstation;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(AUDIT)
    op.execute(SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
