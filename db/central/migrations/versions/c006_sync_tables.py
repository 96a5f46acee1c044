"""central: sync_push over every synced table, with the ownership checks of c004

Revision ID: c006_sync_tables
Revises: c005_admin

c003 (dossier_steps) and c005 (account_audit) add synced tables; the push function is generated
once more here, last, from db/central/push_sql.py with all of them in parent-first order, so the
checks of c004 (a child row must belong to one of the caller's dossiers, a row of another
workstation is never overwritten) cover the new tables too. A later revision that adds a synced
table does the same with its table appended.
"""
from __future__ import annotations

from alembic import op

from db.central.push_sql import push_function, table_columns

revision = "c006_sync_tables"
down_revision = "c005_admin"
branch_labels = None
depends_on = None

UPSERTED = ("applicants", "dossiers", "dossier_components", "pages", "ocr_results",
            "generated_documents", "dossier_steps", "account_audit")

GRANTS = """
GRANT SELECT ON dossier_steps TO desk_reporting;
GRANT SELECT (account_id, username, action, detail, actor, workstation_id, created_at, id)
    ON account_audit TO desk_reporting;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(push_function(table_columns(op.get_bind(), UPSERTED)))
    op.execute(GRANTS)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
