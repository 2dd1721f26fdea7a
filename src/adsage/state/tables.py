"""The state tables as SQLAlchemy Core sees them (the migrations own the DDL).

Values are JSON text on every engine, so a database moves between SQLite and PostgreSQL
with a plain row copy; times are seconds since the epoch.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Double, Integer, MetaData, Table, Text

metadata = MetaData()


def _by_key(name: str, *columns: Column[Any]) -> Table:
    """A table of rows addressed by namespace and key (plus any further key columns)."""
    return Table(
        name,
        metadata,
        Column("ns", Text, primary_key=True),
        Column("key", Text, primary_key=True),
        *columns,
    )


docs = _by_key(
    "docs", Column("value", Text, nullable=False), Column("updated", Double, nullable=False)
)
log = _by_key(
    "log",
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("item", Text, nullable=False),
)
claims = _by_key("claims", Column("at", Double, nullable=False))

published = Table(
    "published",
    metadata,
    Column("run", Text, primary_key=True),
    Column("step", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("object_id", Text, nullable=False),
    Column("account", Text, nullable=False),
    Column("at", Double, nullable=False),
    Column("n", Integer),  # creation order within the run (SQLite's rowid did this before)
)

# Work shared by several workers: a key is "ready", "taken" by one owner, "done" or
# "failed"; a key whose result document exists counts as done (see adsage.state.queue).
queue = _by_key(
    "queue",
    Column("n", Integer, nullable=False),
    Column("state", Text, nullable=False),
    Column("owner", Text),
    Column("taken", Double),
    Column("error", Text),
    Column("exit_code", Integer),
)
