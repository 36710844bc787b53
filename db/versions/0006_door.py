"""at the door: the expected list of an activity, badge tokens, and an activity's completion
rule and the time after which an arrival is late

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _travel_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("origin_site", sa.String(length=16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by_site", sa.String(length=16), nullable=False),
        sa.Column("synced_revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "expected_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        *_travel_columns(),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_expected_person_activity", "expected_person", ["activity_id", "person_id"])
    op.create_index("ix_expected_person_person", "expected_person", ["person_id"])
    op.create_table(
        "badge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=24), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        *_travel_columns(),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_badge_token", "badge", ["token"])
    op.create_index("ix_badge_person", "badge", ["person_id"])
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("completion_percent", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("late_after_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("late_after_minutes")
        batch_op.drop_column("completion_percent")
    op.drop_index("ix_badge_person", table_name="badge")
    op.drop_index("ix_badge_token", table_name="badge")
    op.drop_table("badge")
    op.drop_index("ix_expected_person_person", table_name="expected_person")
    op.drop_index("ix_expected_person_activity", table_name="expected_person")
    op.drop_table("expected_person")
