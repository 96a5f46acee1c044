"""search: the applicants' ID-number index (look-up at the counter, `desk-app search --id-number`)
and a covering index for the page count of every list row

Revision ID: 0015
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0001"
branch_labels = None
depends_on = None

# A citizen is looked up by the exact ID number: without an index every search reads the whole
# applicants table. The lists count each row's live pages (`NOT deleted`): with `deleted` in the
# index the count is read from the index alone, not from six table rows scattered over the file.
_INDEXES = (
    ("ix_applicants_id_number", "applicants", ["id_number"]),
    ("ix_pages_dossier_live", "pages", ["dossier_id", "deleted"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False, if_not_exists=True)


def downgrade() -> None:
    for name, table, _columns in _INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)
