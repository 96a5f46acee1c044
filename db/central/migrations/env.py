"""Alembic environment of the central database (its own migration line, apart from the local
store's). Run in-process by db.central.schema.init_central() with the connection passed in
`config.attributes["connection"]`."""
from __future__ import annotations

from alembic import context

VERSION_TABLE = "central_alembic_version"

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when a developer runs the alembic CLI
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(connection=connection, target_metadata=None, version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
