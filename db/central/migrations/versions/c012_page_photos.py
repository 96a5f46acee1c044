"""central: page_photos, the photo a flattened page came from, synced like the page

Revision ID: c012_page_photos
Revises: c011_image_check

A page that arrived as a photo (a document camera, a phone) is kept at the counter twice: the
flattened page, which the officer reads and OCR digitises, and the photo as taken, its master,
with the corners the page was found at and the quality warnings. The centre had only the page.
`page_photos` holds the rest: one row per photographed page (its id is the page's id), the photo's
bytes among the page images under their hash. A counter's row is checked like every child row:
its `page_id` must name one of the caller's pages (db/central/push_sql.py, PARENTS), a row of
another workstation is never overwritten. Readers of the pages (`desk_reporting`) read it too.

sync_push is generated once more from db/central/push_sql.py with page_photos appended after
pages (parents first).
"""
from __future__ import annotations

from alembic import op

from db.central.push_sql import push_function, table_columns

revision = "c012_page_photos"
down_revision = "c011_image_check"
branch_labels = None
depends_on = None

UPSERTED = ("applicants", "dossiers", "dossier_components", "pages", "ocr_results",
            "generated_documents", "dossier_steps", "account_audit", "page_photos")

TABLE = """
CREATE TABLE IF NOT EXISTS page_photos (
    page_id text NOT NULL UNIQUE REFERENCES pages(id),
    sha256 text NOT NULL REFERENCES page_images(sha256),
    byte_size bigint, mime text NOT NULL, corners jsonb NOT NULL, manual boolean NOT NULL,
    warnings jsonb NOT NULL, created_at timestamp NOT NULL,
    id text PRIMARY KEY, ws_seq bigint,
    src_workstation text NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_page_photos_sha256 ON page_photos (sha256);
INSERT INTO sync_entities VALUES ('page_photos', 'upsert') ON CONFLICT DO NOTHING;
GRANT SELECT ON page_photos TO desk_reporting;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(TABLE)
    op.execute(push_function(table_columns(op.get_bind(), UPSERTED)))
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
