"""page_photos: the photo a flattened page came from (issue 17)

Revision ID: 0012
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "page_photos" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "page_photos",
        sa.Column("page_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=32), nullable=False),
        sa.Column("corners", sa.JSON(), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["page_id"], ["pages.id"]),
        sa.PrimaryKeyConstraint("page_id"),
    )
    op.create_index("ix_page_photos_sha256", "page_photos", ["sha256"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_page_photos_sha256", table_name="page_photos")
    op.drop_table("page_photos")
