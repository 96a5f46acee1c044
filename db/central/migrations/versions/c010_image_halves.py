"""central: page images stored in two halves by hash, so two uploads do not wait on each other

Revision ID: c010_image_halves
Revises: c009_push_lean

A counter uploads a batch's images over two connections at once (desk_app/sync/image_lines.py).
Into one table, the two backends spent about 40 % of their time waiting on each other: both
extended the same TOAST relation, appended to the same TOAST index page and shared its buffers
(docs/sync-speed.md, session 7). `page_images` becomes a table partitioned by range of `sha256`,
in two halves split at '8' (the first hex digit), and the counter sends each connection the
images of one half: each backend then writes its own relation. Nothing else changes: the same
columns, checks, primary key and defaults (LIKE … INCLUDING ALL), the same owner and rights (none
beyond the owner's), the same foreign keys from pages and generated documents, recreated onto
the new table. The functions find the table by name. A counter that splits its images otherwise
(an older one) is stored the same, only more slowly.

The rows are copied once into the new table, under an exclusive lock: on a centre holding many
gigabytes of images this takes as long as writing them again, and needs that much free disk for
the time of the migration (docs/deployment.md). A table already partitioned is left as it is.

sync_push is generated once more from db/central/push_sql.py (all synced tables, parent-first),
so that the last migration re-creates it, as c006, c008 and c009 do.
"""
from __future__ import annotations

from alembic import op

from db.central.push_sql import push_function, table_columns

revision = "c010_image_halves"
down_revision = "c009_push_lean"
branch_labels = None
depends_on = None

UPSERTED = ("applicants", "dossiers", "dossier_components", "pages", "ocr_results",
            "generated_documents", "dossier_steps", "account_audit")

# The first hex digit where the second half starts; the counter splits its uploads at the same
# place (desk_app/sync/image_lines.py HALF).
HALF = "8"

SPLIT = f"""
DO $$
DECLARE
    c record;
    keys text[] := '{{}}';
    k text;
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = 'page_images'::regclass) = 'p' THEN
        RETURN;
    END IF;
    FOR c IN SELECT conrelid::regclass AS tbl, conname, pg_get_constraintdef(oid) AS def
               FROM pg_constraint WHERE contype = 'f' AND confrelid = 'page_images'::regclass
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);
        keys := keys || format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.tbl, c.conname, c.def);
    END LOOP;
    ALTER TABLE page_images RENAME TO page_images_unsplit;
    CREATE TABLE page_images (LIKE page_images_unsplit INCLUDING ALL)
        PARTITION BY RANGE (sha256);
    CREATE TABLE page_images_0 PARTITION OF page_images FOR VALUES FROM (MINVALUE) TO ('{HALF}');
    CREATE TABLE page_images_1 PARTITION OF page_images FOR VALUES FROM ('{HALF}') TO (MAXVALUE);
    INSERT INTO page_images SELECT * FROM page_images_unsplit;
    DROP TABLE page_images_unsplit;
    -- (the copied key was named while the old one still held its name)
    SELECT conname INTO k FROM pg_constraint
     WHERE conrelid = 'page_images'::regclass AND contype = 'p';
    IF k <> 'page_images_pkey' THEN
        EXECUTE format('ALTER TABLE page_images RENAME CONSTRAINT %I TO page_images_pkey', k);
    END IF;
    FOREACH k IN ARRAY keys LOOP
        EXECUTE k;
    END LOOP;
END $$;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(SPLIT)
    op.execute(push_function(table_columns(op.get_bind(), UPSERTED)))
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
