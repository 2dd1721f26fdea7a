"""The state tables as the first SQLite-only releases made them.

A database those releases created has some or all of these tables and no version stamp;
this revision creates only what is missing, so it adopts such a file without touching
its rows.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _by_key(*columns: sa.Column[Any], more: tuple[str, ...] = ()) -> list[Any]:
    text = sa.Text()
    return [
        sa.Column("ns", text, nullable=False),
        sa.Column("key", text, nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("ns", "key", *more),
    ]


def _tables() -> dict[str, list[Any]]:
    text, real = sa.Text(), sa.Double[float]()
    return {
        "docs": _by_key(
            sa.Column("value", text, nullable=False), sa.Column("updated", real, nullable=False)
        ),
        "log": _by_key(
            sa.Column("seq", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("item", text, nullable=False),
            more=("seq",),
        ),
        "claims": _by_key(sa.Column("at", real, nullable=False)),
        "published": [
            sa.Column("run", text, nullable=False),
            sa.Column("step", text, nullable=False),
            sa.Column("kind", text, nullable=False),
            sa.Column("object_id", text, nullable=False),
            sa.Column("account", text, nullable=False),
            sa.Column("at", real, nullable=False),
            sa.PrimaryKeyConstraint("run", "step"),
        ],
    }


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())
    for name, items in _tables().items():
        if name not in have:
            op.create_table(name, *items)


def downgrade() -> None:
    for name in reversed(list(_tables())):
        op.drop_table(name)
