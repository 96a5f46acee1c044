"""central: the verification log's request and reuse fields (issue 13)

Revision ID: c007_log_request_fields
Revises: c006_sync_tables

The counters' entries arrive through sync_push, which fills verification_entries with
jsonb_populate_record: the new columns are filled from the pushed payload without a new push
function. `central verify` hashes them only when set (desk_app/verification/chain.py).
"""
from __future__ import annotations

from alembic import op

revision = "c007_log_request_fields"
down_revision = "c006_sync_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute("""
        ALTER TABLE verification_entries
            ADD COLUMN IF NOT EXISTS demand_reason text,
            ADD COLUMN IF NOT EXISTS reused_from text,
            ADD COLUMN IF NOT EXISTS reusable_from text;
    """)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
