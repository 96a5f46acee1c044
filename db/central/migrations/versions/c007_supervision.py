"""central: supervisors read every counter, and write their notes centrally (issue 13)

Revision ID: c007_supervision
Revises: c007_log_request_fields

* `desk_supervision` (NOLOGIN): a supervisor's login role is a member. It reads what
  `desk_reporting` reads (every counter's log, dossiers, operations, the chain heads, the catalog;
  never password hashes or page images) plus `sync_entities` (so it can run the chain check), and
  may call `supervision_note()`; it writes nothing else. A supervisors' machine registered with
  `add-workstation --supervisor` (desk_supervisor) gets it too.
* A counter's own role (desk_workstation) is granted nothing here: it still cannot read the log
  entries of any counter, its own included, at the centre.
* `supervision_note()` writes a note in `supervisor_notes` as the caller: `written_by` is the login
  role (session_user), `src_workstation` is NULL (no counter wrote it, so `central verify` does not
  look for an operation behind it, as for the centre's own account audit rows).
"""
from __future__ import annotations

from alembic import op

revision = "c007_supervision"
down_revision = "c007_log_request_fields"
branch_labels = None
depends_on = None

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_supervision') THEN
        CREATE ROLE desk_supervision NOLOGIN;
    END IF;
END $$;
GRANT desk_reporting TO desk_supervision;
GRANT desk_supervision TO desk_supervisor;
"""

SCHEMA = """
ALTER TABLE supervisor_notes ADD COLUMN IF NOT EXISTS written_by text;
ALTER TABLE supervisor_notes ALTER COLUMN src_workstation DROP NOT NULL;
CREATE INDEX IF NOT EXISTS ix_supervisor_notes_entry ON supervisor_notes (entry_id, created_at);
"""

NOTE = """
CREATE OR REPLACE FUNCTION supervision_note(p_id text, p_entry text, p_flag text, p_author text,
                                            p_text text, p_created_at timestamp)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'desk_supervision', 'MEMBER') THEN
        RAISE EXCEPTION 'not a supervisor' USING ERRCODE = '42501';
    END IF;
    IF coalesce(btrim(p_text), '') = '' THEN
        RAISE EXCEPTION 'empty note' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM verification_entries v WHERE v.id = p_entry) THEN
        RAISE EXCEPTION 'unknown entry' USING ERRCODE = '23503';
    END IF;
    INSERT INTO supervisor_notes (id, ws_seq, entry_id, flag_code, author_id, text, created_at,
                                  src_workstation, written_by)
    VALUES (p_id, NULL, p_entry, coalesce(p_flag, ''), p_author, p_text, p_created_at, NULL,
            session_user);
END $$;
REVOKE EXECUTE ON FUNCTION supervision_note(text, text, text, text, text, timestamp) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION supervision_note(text, text, text, text, text, timestamp)
    TO desk_supervision;
GRANT SELECT ON sync_entities TO desk_supervision;
"""


def upgrade() -> None:
    op.execute(ROLES)
    op.execute("SET LOCAL ROLE desk_owner")
    op.execute(SCHEMA)
    op.execute(NOTE)
    op.execute("RESET ROLE")


def downgrade() -> None:
    raise NotImplementedError("the central schema is never narrowed by a migration")
