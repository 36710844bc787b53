"""tags on activities, and the share of a series' days an indicator asks for

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activity_tag",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("activity_id", "key"),
    )
    op.create_index("ix_activity_tag_key", "activity_tag", ["key"])
    with op.batch_alter_table("indicator") as batch_op:
        batch_op.add_column(sa.Column("series_percent", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator") as batch_op:
        batch_op.drop_column("series_percent")
    op.drop_index("ix_activity_tag_key", table_name="activity_tag")
    op.drop_table("activity_tag")
