"""central: a set-based sync_push, and images pipelined with their hash checked here

Revision ID: c008_push_speed
Revises: c009_asked

sync_push is generated once more from db/central/push_sql.py (all synced tables, parent-first),
now reading the batch parsed once and checking the log entries in one statement in the usual
case. sync_put_image_checked(text, bytea) answers a wrong hash instead of raising, so a counter
can pipeline a whole batch of images and learn which of its files were damaged. The checks
themselves are unchanged (docs/sync-speed.md); sync_put_image stays for older counters.
"""
from __future__ import annotations

from alembic import op

from db.central.push_sql import IMAGES_SQL, push_function, table_columns

revision = "c008_push_speed"
down_revision = "c009_asked"
branch_labels = None
depends_on = None

UPSERTED = ("applicants", "dossiers", "dossier_components", "pages", "ocr_results",
            "generated_documents", "dossier_steps", "account_audit")


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(push_function(table_columns(op.get_bind(), UPSERTED)))
    op.execute(IMAGES_SQL)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
