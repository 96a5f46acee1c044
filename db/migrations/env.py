"""Alembic environment for the local store. Run in-process by db.session.migrate() with the
connection passed in `config.attributes["connection"]`."""
from __future__ import annotations

from alembic import context

import db.models_admin  # noqa: F401  (its tables join Base.metadata)
from db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when a developer runs the alembic CLI
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite3")
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite column changes go through batch_alter_table
)
with context.begin_transaction():
    context.run_migrations()
