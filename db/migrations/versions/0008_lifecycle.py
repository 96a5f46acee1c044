"""lifecycle: the dossier's steps after reception and the dossier's apology/timeliness columns

Revision ID: 0008
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0001"
branch_labels = None
depends_on = None

_DOSSIER_COLUMNS = (
    ("new_due_at", sa.DateTime()),
    ("timeliness", sa.String(length=8)),
    ("completed_at", sa.DateTime()),
)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    have = {c["name"] for c in inspector.get_columns("dossiers")}
    for name, type_ in _DOSSIER_COLUMNS:  # SQLite adds a nullable column in place
        if name not in have:
            op.add_column("dossiers", sa.Column(name, type_, nullable=True))
    if "dossier_steps" in inspector.get_table_names():
        return
    op.create_table(
        "dossier_steps",
        sa.Column("dossier_id", sa.String(length=36), sa.ForeignKey("dossiers.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("giver", sa.String(length=255), nullable=False),
        sa.Column("giver_unit", sa.String(length=16), nullable=False),
        sa.Column("receiver", sa.String(length=255), nullable=False),
        sa.Column("receiver_unit", sa.String(length=16), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("timeliness", sa.String(length=8), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("new_due_at", sa.DateTime(), nullable=True),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("id_number", sa.String(length=20), nullable=True),
        sa.Column("id_checked", sa.Boolean(), nullable=False),
        sa.Column("authorised", sa.Boolean(), nullable=False),
        sa.Column("fees", sa.Integer(), nullable=True),
        sa.Column("electronic", sa.Boolean(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("ws_seq", sa.Integer(), nullable=True),
    )
    op.create_index("ix_dossier_steps_dossier", "dossier_steps", ["dossier_id", "position"])


def downgrade() -> None:
    op.drop_index("ix_dossier_steps_dossier", table_name="dossier_steps")
    op.drop_table("dossier_steps")
    with op.batch_alter_table("dossiers") as batch:
        for name, _type in reversed(_DOSSIER_COLUMNS):
            batch.drop_column(name)
