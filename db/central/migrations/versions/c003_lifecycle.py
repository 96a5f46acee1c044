"""central: the dossier's life after reception (issue 12; local migration 0008)

Revision ID: c003_lifecycle
Revises: c002_digitise

Adds the dossier's apology/timeliness/completion columns and the `dossier_steps` table (the real
hand-overs, results, apologies and returns), registers the table as an upserted sync entity and
re-creates `sync_push` with it in the set-based apply. The function body is c001's generator
(imported, not copied) with the column lists extended, so an update of a dossier carries the new
columns too (and ocr_results' `geometry` from c002).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import op

from db.central.migrations.versions import c001_central_schema as c001

revision = "c003_lifecycle"
down_revision = "c002_digitise"
branch_labels = None
depends_on = None

STEPS_TABLE = """
CREATE TABLE dossier_steps (
    dossier_id text NOT NULL REFERENCES dossiers(id), position integer NOT NULL,
    kind text NOT NULL, at timestamp NOT NULL, officer_id text,
    giver text NOT NULL, giver_unit text NOT NULL, receiver text NOT NULL,
    receiver_unit text NOT NULL, due_at timestamp, timeliness text, note text NOT NULL,
    reason text NOT NULL, new_due_at timestamp, method text NOT NULL, id_number text,
    id_checked boolean NOT NULL, authorised boolean NOT NULL, fees integer,
    electronic boolean NOT NULL, pages integer NOT NULL,
    id text PRIMARY KEY, ws_seq bigint,
    src_workstation text NOT NULL REFERENCES workstations(id)
);
CREATE INDEX ix_dossier_steps_dossier ON dossier_steps (dossier_id, position);
"""

# Columns added after c001 to tables its generator knows.
ADDED = {
    "dossiers": ["new_due_at", "timeliness", "completed_at"],
    "ocr_results": ["geometry"],
}


@contextmanager
def _extended_generator() -> Iterator[None]:
    """c001's generator reads its module's TABLES, UPSERTED and _columns: for the length of one
    call they also know dossier_steps and the columns added since."""
    names = ("TABLES", "UPSERTED", "_columns")
    saved = {name: c001.__dict__[name] for name in names}
    original = c001._columns

    def columns(table: str) -> list[str]:
        return [*original(table), *ADDED.get(table, [])]

    c001.__dict__.update(
        TABLES=c001.TABLES + STEPS_TABLE,
        UPSERTED=(*c001.UPSERTED, "dossier_steps"),  # parents first: a step needs its dossier
        _columns=columns,
    )
    try:
        yield
    finally:
        c001.__dict__.update(saved)


def push_function() -> str:
    with _extended_generator():
        return c001._push_function()


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute("""
ALTER TABLE dossiers ADD COLUMN IF NOT EXISTS new_due_at timestamp,
                     ADD COLUMN IF NOT EXISTS timeliness text,
                     ADD COLUMN IF NOT EXISTS completed_at timestamp;
""")
    op.execute(STEPS_TABLE)
    op.execute("INSERT INTO sync_entities VALUES ('dossier_steps', 'upsert') "
               "ON CONFLICT (name) DO NOTHING")
    op.execute("DROP FUNCTION sync_push(text, jsonb)")
    op.execute(push_function())
    op.execute("REVOKE EXECUTE ON FUNCTION sync_push(text, jsonb) FROM PUBLIC")
    op.execute("GRANT EXECUTE ON FUNCTION sync_push(text, jsonb) TO desk_workstation")
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
