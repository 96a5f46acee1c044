"""verification_entries.stage: the entry written at reception ("reception") and a later comparison
or attestation of the same component ("check") told apart, so an irregularity of asking or taking is
counted once (docs/flags.md)

Revision ID: 0017
Revises: 0001

Hashed only when set (desk_app/verification/chain.py EXTRA_FIELDS): entries already in the log keep
their hashes. Adding a column does not fire the log's UPDATE trigger.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("verification_entries")}
    if "stage" not in have:
        op.add_column("verification_entries", sa.Column("stage", sa.String(length=16), nullable=True))


def downgrade() -> None:
    op.drop_column("verification_entries", "stage")
