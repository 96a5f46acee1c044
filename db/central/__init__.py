"""The central PostgreSQL database: its schema (own Alembic line in db/central/migrations), roles,
and the content-addressed blob store for page images. Imports neither desk_app nor ui."""
