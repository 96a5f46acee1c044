"""reuse of a citizen's documents (issue 13): the kind of document a procedure component is (shared
across procedures) with its validity, and the index of citizens by keyed hash of their ID number

Revision ID: 0014
Revises: 0001

The index is filled by the application, not here: the keyed hash needs the unit's key, which the
migration does not read (desk_app/reuse/index.py indexes the applicants already in the store on first
use). An empty document_kind is inferred from the component's name (desk_app/reuse/kinds.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    have = {c["name"] for c in sa.inspect(bind).get_columns("procedure_components")}
    if "document_kind" not in have:
        op.add_column("procedure_components", sa.Column(
            "document_kind", sa.String(length=48), nullable=False, server_default=""))
    if "valid_months" not in have:
        op.add_column("procedure_components", sa.Column(
            "valid_months", sa.Integer(), nullable=True))
    if "citizen_index" not in sa.inspect(bind).get_table_names():
        op.create_table(
            "citizen_index",
            sa.Column("dossier_id", sa.String(length=36), nullable=False),
            sa.Column("citizen_key", sa.String(length=64), nullable=False),
            sa.Column("key_id", sa.String(length=16), nullable=False),
            sa.PrimaryKeyConstraint("dossier_id"),
        )
        op.create_index("ix_citizen_index_citizen_key", "citizen_index", ["citizen_key"])


def downgrade() -> None:
    op.drop_index("ix_citizen_index_citizen_key", table_name="citizen_index")
    op.drop_table("citizen_index")
    op.drop_column("procedure_components", "valid_months")
    op.drop_column("procedure_components", "document_kind")
