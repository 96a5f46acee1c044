"""central: a counter inserts each image straight into its half of `page_images`

Revision ID: c013_image_halves_direct
Revises: c012_page_photos

Since c011 a counter inserts its images into `page_images`, which checks each hash. The table is
partitioned in two halves by hash (c010), and every row inserted through the parent is routed to
its half; on one connection that routing and the parent's conflict check cost about 9 % of the
insert (docs/sync-speed.md, session 9). `desk_workstation` now may insert the same three columns
`sha256`, `byte_size` and `data` into each half directly, and nothing more:

* the halves carry the parent's checks (`page_images_bytes_match` recurses to partitions) and its
  defaults (`uploaded_by` is the login role), and a half refuses a hash that belongs to the other
  half (its partition bound);
* no SELECT, UPDATE or DELETE, no right on `uploaded_by`, `uploaded_at` or `location`.

A counter that does not know the halves keeps inserting through the parent; one older than c011
uses the function. A centre whose table is not split (none should be past c010) is left alone.
"""
from __future__ import annotations

from alembic import op

revision = "c013_image_halves_direct"
down_revision = "c012_page_photos"
branch_labels = None
depends_on = None

GRANT = """
DO $$
BEGIN
    IF to_regclass('page_images_0') IS NOT NULL AND to_regclass('page_images_1') IS NOT NULL THEN
        GRANT INSERT (sha256, byte_size, data) ON page_images_0, page_images_1
            TO desk_workstation;
    END IF;
END $$;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(GRANT)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
