"""central: ocr_results.geometry (digitise area; local migration 0002)

Revision ID: c002_digitise
Revises: c001

The upsert function of ocr_results is rebuilt so an update carries the new column too.
"""
from __future__ import annotations

from alembic import op

revision = "c002_digitise"
down_revision = "c001"
branch_labels = None
depends_on = None

COLUMNS = ["page_id", "engine", "text", "corrected_text", "folded_text", "words", "confidence",
           "created_at", "ws_seq", "src_workstation", "geometry"]


def upgrade() -> None:
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute("ALTER TABLE ocr_results ADD COLUMN geometry jsonb")
    cols = ", ".join(COLUMNS)
    excluded = ", ".join("EXCLUDED." + c for c in COLUMNS)
    op.execute(f"""
CREATE OR REPLACE FUNCTION sync_upsert_ocr_results(p_ws text, p_row jsonb) RETURNS text
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
DECLARE n integer; owner_ws text;
BEGIN
    INSERT INTO ocr_results AS t
        SELECT * FROM jsonb_populate_record(NULL::ocr_results,
                                            p_row || jsonb_build_object('src_workstation', p_ws))
    ON CONFLICT (id) DO UPDATE SET ({cols}) = ROW({excluded})
    WHERE t.src_workstation = EXCLUDED.src_workstation AND t.ws_seq < EXCLUDED.ws_seq;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
        SELECT src_workstation INTO owner_ws FROM ocr_results WHERE id = p_row->>'id';
        IF owner_ws IS DISTINCT FROM p_ws THEN
            RETURN 'foreign_row';
        END IF;
    END IF;
    RETURN NULL;
END $fn$;
REVOKE EXECUTE ON FUNCTION sync_upsert_ocr_results(text, jsonb) FROM PUBLIC;
""")
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
