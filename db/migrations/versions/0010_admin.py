"""administration: reference versions, account audit, must-change-password, dossier's catalog version

Revision ID: 0010
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0001"
branch_labels = None
depends_on = None


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    tables = set(sa.inspect(op.get_bind()).get_table_names())
    if "reference_versions" not in tables:
        op.create_table(
            "reference_versions",
            sa.Column("kind", sa.String(length=16), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("source", sa.String(length=32), nullable=False),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("digest", sa.String(length=64), nullable=False),
            sa.Column("document", sa.JSON(), nullable=False),
            sa.PrimaryKeyConstraint("kind", "version"),
        )
    if "account_audit" not in tables:
        op.create_table(
            "account_audit",
            sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("ws_seq", sa.Integer(), nullable=True),
            sa.Column("account_id", sa.String(length=36), nullable=False),
            sa.Column("username", sa.String(length=64), nullable=False),
            sa.Column("action", sa.String(length=24), nullable=False),
            sa.Column("detail", sa.Text(), nullable=False),
            sa.Column("actor", sa.String(length=64), nullable=False),
            sa.Column("workstation_id", sa.String(length=36), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        op.create_index("ix_account_audit_account_id", "account_audit", ["account_id"])
    if "must_change_password" not in _columns("accounts"):
        op.add_column("accounts", sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                            server_default=sa.false()))
    if "catalog_version" not in _columns("dossiers"):
        # ADD COLUMN in place: a batch copy of the dossiers table would be slow on a big store.
        op.add_column("dossiers", sa.Column("catalog_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_table("account_audit")
    op.drop_table("reference_versions")
