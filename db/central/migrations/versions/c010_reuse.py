"""central: the catalog's kind of document shared across procedures and its validity (issue 13,
reuse of a citizen's documents; docs/reuse.md#kinds)

Revision ID: c010_reuse
Revises: c007_supervision

The catalog reaches the counters through the snapshot (desk_app/sync/pull.py) and is written by
`catalog import --central` (db/central/admin.py); both now carry the two columns. Not a synced table:
sync_push is unchanged. The reuse index itself stays on each counter (its key is the unit's).
"""
from __future__ import annotations

from alembic import op

revision = "c010_reuse"
down_revision = "c007_supervision"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute("""
        ALTER TABLE procedure_components
            ADD COLUMN IF NOT EXISTS document_kind text NOT NULL DEFAULT '',
            ADD COLUMN IF NOT EXISTS valid_months integer;
    """)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
