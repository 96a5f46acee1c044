"""central: images stored a chunk per call, each hash still checked here

Revision ID: c011_push_batch
Revises: c008_push_speed

sync_put_images_checked(text[], bytea[]) takes a chunk of images in one call and one INSERT
(docs/sync-speed.md), answering each hash sent with stored / present / mismatch like
sync_put_image_checked, which stays for counters of before this migration. sync_push is not
changed here.
"""
from __future__ import annotations

from alembic import op

from db.central.push_sql import IMAGES_BATCH_SQL

revision = "c011_push_batch"
down_revision = "c008_push_speed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(IMAGES_BATCH_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
