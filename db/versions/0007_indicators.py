"""results frameworks: projects (today's free project codes of activities become projects),
age band sets, indicators and their targets

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
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
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("donor", sa.String(length=200), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("offices", sa.JSON(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        *_travel_columns(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "age_band_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("bands", sa.JSON(), nullable=False),
        *_travel_columns(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("measure", sa.String(length=32), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("disaggregations", sa.JSON(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_travel_columns(),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_indicator_project_id", "indicator", ["project_id"])
    op.create_table(
        "target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("office", sa.String(length=16), nullable=True),
        sa.Column("disaggregation", sa.String(length=80), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        *_travel_columns(),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_target_indicator_id", "target", ["indicator_id"])
    _projects_from_codes()


def _projects_from_codes() -> None:
    """Every project code activities hold becomes a project (named by its code, its dates the
    span of its activities, its offices theirs), made by this database's site."""
    bind = op.get_bind()
    local = bind.execute(sa.text("SELECT code FROM site WHERE is_local")).scalar()
    site = local or "LOCAL"
    rows = bind.execute(
        sa.text(
            "SELECT project_code, MIN(start_date), MAX(end_date) FROM activity"
            " WHERE project_code IS NOT NULL AND project_code <> '' AND NOT deleted"
            " GROUP BY project_code ORDER BY project_code"
        )
    ).all()
    if not rows:
        return
    project = sa.table(
        "project",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("start_date", sa.Date),
        sa.column("end_date", sa.Date),
        sa.column("offices", sa.JSON),
        sa.column("uuid", sa.String),
        sa.column("origin_site", sa.String),
        sa.column("revision", sa.Integer),
        sa.column("changed_at", sa.DateTime),
        sa.column("changed_by_site", sa.String),
        sa.column("synced_revision", sa.Integer),
        sa.column("deleted", sa.Boolean),
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    values = []
    for code, start, end in rows:
        offices = bind.execute(
            sa.text(
                "SELECT DISTINCT office FROM activity WHERE project_code = :code"
                " AND office IS NOT NULL AND NOT deleted ORDER BY office"
            ),
            {"code": code},
        ).scalars()
        values.append(
            {
                "code": code,
                "name": code,
                "start_date": _date(start),
                "end_date": _date(end),
                "offices": list(offices),
                "uuid": uuid.uuid4().hex,
                "origin_site": site,
                "revision": 1,
                "changed_at": now,
                "changed_by_site": site,
                "synced_revision": 0,
                "deleted": False,
            }
        )
    op.bulk_insert(project, values)


def _date(value: object) -> object:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def downgrade() -> None:
    op.drop_index("ix_target_indicator_id", table_name="target")
    op.drop_table("target")
    op.drop_index("ix_indicator_project_id", table_name="indicator")
    op.drop_table("indicator")
    op.drop_table("age_band_set")
    op.drop_table("project")
