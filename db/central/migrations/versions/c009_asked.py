"""central: verification_entries.stage (reception entry or later check; issue 13)

Revision ID: c009_asked
Revises: c010_reuse

Pushed entries fill the table through jsonb_populate_record, so the new column is filled from the
payload without a new push function. `central verify` hashes it only when set.
"""
from __future__ import annotations

from alembic import op

revision = "c009_asked"
down_revision = "c010_reuse"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute("ALTER TABLE verification_entries ADD COLUMN IF NOT EXISTS stage text;")
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
