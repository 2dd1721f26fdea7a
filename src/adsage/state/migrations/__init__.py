"""Alembic migrations of the state database, run by the store itself when it opens."""
