"""supervision: indexes for the verification log on a million entries, and for indicators

Revision ID: 0006
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0001"
branch_labels = None
depends_on = None

# Each filter index ends in (created_at, id), the order of the supervisor's keyset pages, so a
# filtered page is one index walk that stops after 200 rows (no sort, no scan of other rows).
_INDEXES = (
    ("ix_ver_created_id", "verification_entries", ["created_at", "id"]),
    ("ix_ver_officer_page", "verification_entries", ["officer_id", "created_at", "id"]),
    ("ix_ver_procedure", "verification_entries", ["procedure_code", "created_at", "id"]),
    ("ix_ver_verdict", "verification_entries", ["verdict", "created_at", "id"]),
    ("ix_ver_engine", "verification_entries", ["engine_verdict", "created_at", "id"]),
    ("ix_ver_component", "verification_entries", ["procedure_component_id"]),
    ("ix_dossiers_resolved", "dossiers", ["resolved_at"]),
)


def upgrade() -> None:
    # Plain CREATE INDEX: the append-only triggers of verification_entries stay in place (a batch
    # table rebuild would drop them).
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in _INDEXES:
        op.drop_index(name, table_name=table)
