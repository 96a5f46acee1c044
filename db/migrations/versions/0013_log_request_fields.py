"""verification_entries: why a stricter form or an off-list paper was asked for, and reuse of a
citizen's earlier attested documents (issue 13)

Revision ID: 0013
Revises: 0001

The three columns are hashed only when set (desk_app/verification/chain.py EXTRA_FIELDS), so the
entries already in the log keep their hashes. Adding a column does not fire the log's UPDATE trigger.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0001"
branch_labels = None
depends_on = None

def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("demand_reason", sa.Text(), nullable=True),
        sa.Column("reused_from", sa.String(length=36), nullable=True),
        sa.Column("reusable_from", sa.String(length=36), nullable=True),
    ]


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("verification_entries")}
    for column in _columns():
        if column.name not in have:
            op.add_column("verification_entries", column)


def downgrade() -> None:
    for column in _columns():
        op.drop_column("verification_entries", column.name)
