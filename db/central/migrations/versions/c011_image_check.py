"""central: an image's hash checked by the table itself, so a counter inserts images directly

Revision ID: c011_image_check
Revises: c010_image_halves

Until now a counter stored each image through `sync_put_image_checked()`, a SECURITY DEFINER
function that hashes the bytes and inserts them: one function call per image, about a sixth of the
centre's work for an image (docs/sync-speed.md, session 8). The check moves into the table:

* `page_images_bytes_match`: bytes held in the row hash to the row's name, and `byte_size` is
  their length. A row without bytes (kept in an object store, `location`) is left to the check of
  c001 (bytes or a location). The constraint is added NOT VALID: the rows already stored were
  each hashed by the function when they arrived, and reading every stored image again would cost
  a large centre hours under lock. New and changed rows are checked.
* `uploaded_by` defaults to the role that logged in, as the function set it.
* `desk_workstation` may INSERT the three columns `sha256`, `byte_size` and `data`, and nothing
  else: not `uploaded_by`, `uploaded_at` or `location` (they come from their defaults), no
  SELECT, UPDATE or DELETE, and no right on the two halves themselves. What a counter can store
  is what it could store through the function: bytes under their own hash, once.

The function stays, for counters older than this and as the counter's way to learn which of its
files are damaged (it answers a wrong hash instead of raising, desk_app/sync/client.py).
"""
from __future__ import annotations

from alembic import op

revision = "c011_image_check"
down_revision = "c010_image_halves"
branch_labels = None
depends_on = None

CHECK = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'page_images'::regclass
                    AND conname = 'page_images_bytes_match') THEN
        ALTER TABLE page_images ADD CONSTRAINT page_images_bytes_match
            CHECK (data IS NULL OR (sha256 = encode(sha256(data), 'hex')
                                    AND byte_size = octet_length(data))) NOT VALID;
    END IF;
END $$;
ALTER TABLE page_images ALTER COLUMN uploaded_by SET DEFAULT session_user;
GRANT INSERT (sha256, byte_size, data) ON page_images TO desk_workstation;
"""


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(CHECK)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
