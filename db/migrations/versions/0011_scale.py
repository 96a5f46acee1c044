"""scale: indexes for every list filter, FTS5 over the dossiers' folded search text, the outbox's
payload hash

Revision ID: 0011
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0001"
branch_labels = None
depends_on = None

# Every filter of the dossier list (desk_app/dossier_list.py) has an index that ends in the list's
# order (received_at), so a filtered page is read newest first and stops at its limit.
_INDEXES = (
    ("ix_dossiers_officer", "dossiers", ["officer_id", "received_at"]),
    ("ix_dossiers_procedure", "dossiers", ["procedure_code", "received_at"]),
    ("ix_dossiers_applicant", "dossiers", ["applicant_id", "received_at"]),
    ("ix_dossiers_submitter", "dossiers", ["submitter_id"]),
)

# An external-content FTS5 index over dossiers.search_text (already folded: lower case, no
# diacritics, đ -> d), so the plain unicode61 tokenizer suffices and the text is not stored twice.
# Every word typed is a prefix ("nguyen va"): the prefix indexes keep such a query at a few
# milliseconds on 100,000 dossiers (without them a prefix walks the term list: 10-15 ms).
# Triggers keep it in step with every writer (reception, lifecycle, sync pull).
_FTS = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS dossier_fts USING fts5(
         search_text, content = 'dossiers', content_rowid = 'rowid', tokenize = 'unicode61',
         prefix = '1 2 3')""",
    """CREATE TRIGGER IF NOT EXISTS dossiers_fts_ai AFTER INSERT ON dossiers BEGIN
         INSERT INTO dossier_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END""",
    """CREATE TRIGGER IF NOT EXISTS dossiers_fts_au AFTER UPDATE OF search_text ON dossiers BEGIN
         INSERT INTO dossier_fts(dossier_fts, rowid, search_text)
           VALUES ('delete', old.rowid, old.search_text);
         INSERT INTO dossier_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END""",
    """CREATE TRIGGER IF NOT EXISTS dossiers_fts_ad AFTER DELETE ON dossiers BEGIN
         INSERT INTO dossier_fts(dossier_fts, rowid, search_text)
           VALUES ('delete', old.rowid, old.search_text); END""",
    "INSERT INTO dossier_fts(dossier_fts) VALUES ('rebuild')",
]


def _columns(table: str) -> set[str]:
    return {r[1] for r in op.get_bind().exec_driver_sql(f"PRAGMA table_info({table})")}


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False, if_not_exists=True)
    for sql in _FTS:
        op.execute(sql)
    # The sha256 of a confirmed operation's payload, kept when the payload itself is dropped.
    if "payload_sha256" not in _columns("outbox"):
        op.execute("ALTER TABLE outbox ADD COLUMN payload_sha256 VARCHAR(64)")


def downgrade() -> None:
    for name in ("dossiers_fts_ai", "dossiers_fts_au", "dossiers_fts_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS dossier_fts")
    for name, table, _cols in _INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)
