"""lists: indexes for the dossier list's filters (status, due date)

Revision ID: 0007
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0001"
branch_labels = None
depends_on = None

# The status index ends in received_at, the list's order, so a status filter walks the index
# newest first and stops at the page's limit. The received day already has ix_dossiers_received.
_INDEXES = (
    ("ix_dossiers_status", "dossiers", ["status", "received_at"]),
    ("ix_dossiers_due", "dossiers", ["due_at"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in _INDEXES:
        op.drop_index(name, table_name=table)
