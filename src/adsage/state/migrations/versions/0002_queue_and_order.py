"""A shared work queue for batch workers, creation order for publish records, and an index
for "most recent first" listings.

``published.n`` replaces SQLite's implicit rowid as the tie-break of records made in the
same instant (PostgreSQL has no rowid); existing rows keep their order.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("published", sa.Column("n", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE published SET n = rowid")
    op.create_table(
        "queue",
        sa.Column("ns", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=True),
        sa.Column("taken", sa.Double(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("exit_code", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("ns", "key"),
    )
    op.create_index("queue_by_state", "queue", ["ns", "state", "n"])
    op.create_index("docs_by_age", "docs", ["ns", "updated"])


def downgrade() -> None:
    op.drop_index("docs_by_age", table_name="docs")
    op.drop_index("queue_by_state", table_name="queue")
    op.drop_table("queue")
    with op.batch_alter_table("published") as batch:
        batch.drop_column("n")
