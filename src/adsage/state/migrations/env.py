"""Alembic environment: the store hands over an open connection (``config.attributes``).

Migrations run inside the store's own transaction, so a failed upgrade leaves the database
as it was (PostgreSQL and SQLite both roll DDL back).
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
