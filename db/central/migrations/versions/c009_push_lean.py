"""central: a leaner push: no per-row foreign key to the writer's workstation

Revision ID: c009_push_lean
Revises: c008_push_speed

Every row a push writes names its writer (`operations.workstation_id`, `src_workstation` in each
synced table), and a foreign key to `workstations` checked that writer row by row: 2,400 checks
for 1,200 operations, each one a lookup and a row lock on the same workstation row that
`sync_push` has already found, and locked FOR UPDATE, in the same transaction. The writer is
never taken from the payload: `sync_push` sets it to the caller (`sync_caller`). Those keys are
replaced by what they protected against: a workstation row is never deleted, its id never
changed and the table never truncated (triggers `workstations_keep*`, refusing as the log's
tables do), so no writer can disappear
from under its rows. The other foreign keys (a page's dossier, component and image, and so on)
stay.

sync_push is generated once more from db/central/push_sql.py (all synced tables, parent-first),
so that the last migration re-creates it, as c006 and c008 do (docs/sync-speed.md).
"""
from __future__ import annotations

from alembic import op

from db.central.push_sql import push_function, table_columns

revision = "c009_push_lean"
down_revision = "c008_push_speed"
branch_labels = None
depends_on = None

UPSERTED = ("applicants", "dossiers", "dossier_components", "pages", "ocr_results",
            "generated_documents", "dossier_steps", "account_audit")

DROP_WRITER_KEYS = """
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
              WHERE contype = 'f' AND confrelid = 'workstations'::regclass
                AND (conrelid = 'operations'::regclass
                     OR conrelid IN (SELECT to_regclass(name) FROM sync_entities))
    LOOP
        EXECUTE 'ALTER TABLE ' || c.tbl::text || ' DROP CONSTRAINT ' || quote_ident(c.conname);
    END LOOP;
END $$;
"""

KEEP_WORKSTATIONS = """
DROP TRIGGER IF EXISTS workstations_keep ON workstations;
CREATE TRIGGER workstations_keep BEFORE DELETE ON workstations
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
DROP TRIGGER IF EXISTS workstations_keep_id ON workstations;
CREATE TRIGGER workstations_keep_id BEFORE UPDATE OF id ON workstations
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION refuse_change();
DROP TRIGGER IF EXISTS workstations_keep_all ON workstations;
CREATE TRIGGER workstations_keep_all BEFORE TRUNCATE ON workstations
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(KEEP_WORKSTATIONS)
    op.execute(DROP_WRITER_KEYS)
    op.execute(push_function(table_columns(op.get_bind(), UPSERTED)))
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
