"""digitise: OCR geometry column and FTS5 search over folded OCR text and applicant names

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Folded text (lower case, no diacritics, đ -> d; desk_app.domain.text.fold) is indexed, so the
# plain unicode61 tokenizer is enough. The FTS rowid is the rowid of the indexed row, so updates
# and deletes find their index entry without a scan.
STATEMENTS = [
    "CREATE VIRTUAL TABLE ocr_fts USING fts5(body, tokenize = 'unicode61')",
    "CREATE VIRTUAL TABLE applicant_fts USING fts5(body, tokenize = 'unicode61')",
    """CREATE TRIGGER ocr_results_fts_ai AFTER INSERT ON ocr_results BEGIN
         INSERT INTO ocr_fts(rowid, body) VALUES (new.rowid, new.folded_text); END""",
    """CREATE TRIGGER ocr_results_fts_au AFTER UPDATE OF folded_text ON ocr_results BEGIN
         DELETE FROM ocr_fts WHERE rowid = old.rowid;
         INSERT INTO ocr_fts(rowid, body) VALUES (new.rowid, new.folded_text); END""",
    """CREATE TRIGGER ocr_results_fts_ad AFTER DELETE ON ocr_results BEGIN
         DELETE FROM ocr_fts WHERE rowid = old.rowid; END""",
    """CREATE TRIGGER applicants_fts_ai AFTER INSERT ON applicants BEGIN
         INSERT INTO applicant_fts(rowid, body) VALUES (new.rowid, new.name_folded); END""",
    """CREATE TRIGGER applicants_fts_au AFTER UPDATE OF name_folded ON applicants BEGIN
         DELETE FROM applicant_fts WHERE rowid = old.rowid;
         INSERT INTO applicant_fts(rowid, body) VALUES (new.rowid, new.name_folded); END""",
    """CREATE TRIGGER applicants_fts_ad AFTER DELETE ON applicants BEGIN
         DELETE FROM applicant_fts WHERE rowid = old.rowid; END""",
    "INSERT INTO ocr_fts(rowid, body) SELECT rowid, folded_text FROM ocr_results",
    "INSERT INTO applicant_fts(rowid, body) SELECT rowid, name_folded FROM applicants",
]


def upgrade() -> None:
    with op.batch_alter_table("ocr_results", schema=None) as batch_op:
        batch_op.add_column(sa.Column("geometry", sa.JSON(), nullable=True))
    for sql in STATEMENTS:
        op.execute(sql)


def downgrade() -> None:
    for name in ("ocr_results_fts_ai", "ocr_results_fts_au", "ocr_results_fts_ad",
                 "applicants_fts_ai", "applicants_fts_au", "applicants_fts_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS ocr_fts")
    op.execute("DROP TABLE IF EXISTS applicant_fts")
    with op.batch_alter_table("ocr_results", schema=None) as batch_op:
        batch_op.drop_column("geometry")
