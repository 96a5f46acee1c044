"""search: the applicants' ID-number index (look-up by number: `desk-app search`, Ctrl+F)

Revision ID: 0015
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0001"
branch_labels = None
depends_on = None

# A citizen is looked up by the exact ID number: without an index every search reads the whole
# applicants table.
_INDEXES = (("ix_applicants_id_number", "applicants", ["id_number"]),)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False, if_not_exists=True)


def downgrade() -> None:
    for name, table, _columns in _INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)
