"""central: administration — account audit (synced), must-change-password, dossier's catalog
version, the chain head a restore is checked against, the officer's own password change

Revision ID: c005_admin
Revises: c002_digitise

sync_push is re-created from c001's generator with `account_audit` added to the upserted tables
(the lead reconciles it with the other areas' versions at merge).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "c005_admin"
down_revision = "c002_digitise"
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
DECLARE a accounts;
BEGIN
    SELECT * INTO a FROM accounts WHERE accounts.username = p_username FOR UPDATE;
    IF NOT FOUND OR a.password_hash IS NULL
       OR crypt(p_old, a.password_hash) <> a.password_hash THEN
        RETURN 'wrong';
    END IF;
    IF NOT a.active THEN
        RETURN 'inactive';
    END IF;
    UPDATE accounts SET password_hash = crypt(p_new, gen_salt('bf', 8)),
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


def _c001() -> ModuleType:
    """A private copy of c001 (not alembic's), so its generator can be fed one more table."""
    path = Path(__file__).with_name("c001_central_schema.py")
    spec = importlib.util.spec_from_file_location("_c001_for_c005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def push_function() -> str:
    c001 = _c001()
    attrs = vars(c001)  # the generator reads these module globals
    attrs["TABLES"] = attrs["TABLES"] + AUDIT
    attrs["UPSERTED"] = (*attrs["UPSERTED"], "account_audit")
    text = str(c001._push_function())
    return text.replace("CREATE FUNCTION sync_push", "CREATE OR REPLACE FUNCTION sync_push", 1)


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(AUDIT)
    op.execute(SQL)
    op.execute(push_function())
    op.execute("REVOKE EXECUTE ON FUNCTION sync_push(text, jsonb) FROM PUBLIC")
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
