"""page_photos synced to the centre: an id (the page's id), a workstation sequence and the photo's
size, as every synced row has

Revision ID: 0019
Revises: 0001

The areas' migrations run in any order after 0001: when 0012 has not run yet this one creates the
table in its new shape (0012 then finds it and does nothing). SQLite cannot change a primary key
in place: a table of the old shape is rebuilt with the rows it holds. A photo
already here gets its page's id as its own and no sequence yet; the sync client puts such rows in
the outbox at its next round (desk_app/sync/photo_queue.py), so photos taken before this version
reach the centre too.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW_TABLE = """
CREATE TABLE page_photos_new (
    page_id VARCHAR(36) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    byte_size INTEGER,
    mime VARCHAR(32) NOT NULL,
    corners JSON NOT NULL,
    manual BOOLEAN NOT NULL,
    warnings JSON NOT NULL,
    created_at DATETIME NOT NULL,
    id VARCHAR(36) NOT NULL,
    ws_seq INTEGER,
    PRIMARY KEY (id),
    UNIQUE (page_id),
    FOREIGN KEY(page_id) REFERENCES pages (id)
)"""


def upgrade() -> None:
    bind = op.get_bind()
    if "page_photos" not in sa.inspect(bind).get_table_names():
        op.execute(NEW_TABLE.replace("page_photos_new", "page_photos"))
        op.execute("CREATE INDEX ix_page_photos_sha256 ON page_photos (sha256)")
        return
    have = {c["name"] for c in sa.inspect(bind).get_columns("page_photos")}
    if "ws_seq" in have:
        return
    op.execute("DROP INDEX IF EXISTS ix_page_photos_sha256")
    op.execute(NEW_TABLE)
    op.execute("INSERT INTO page_photos_new (page_id, sha256, byte_size, mime, corners, manual, "
               "warnings, created_at, id, ws_seq) SELECT page_id, sha256, NULL, mime, corners, "
               "manual, warnings, created_at, page_id, NULL FROM page_photos")
    op.execute("DROP TABLE page_photos")
    op.execute("ALTER TABLE page_photos_new RENAME TO page_photos")
    op.execute("CREATE INDEX ix_page_photos_sha256 ON page_photos (sha256)")


def downgrade() -> None:
    raise NotImplementedError("a store is never narrowed by a migration")
