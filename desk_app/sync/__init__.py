"""Sync with the central PostgreSQL database: push the outbox exactly once, pull reference data as
snapshots, offline login. No Qt here; ui/sync wraps it."""
