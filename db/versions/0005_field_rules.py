"""field rules: name parts up to 200 characters, the person search text unbounded, an
installation id for each site's workbooks, and the office id HQ records per imported workbook

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop_app.registry.stored_upkeep import restyle_local_records

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.alter_column(
            "family_name", existing_type=sa.String(length=120), type_=sa.String(length=200)
        )
        batch_op.alter_column(
            "given_names", existing_type=sa.String(length=160), type_=sa.String(length=200)
        )
        batch_op.alter_column("search_text", existing_type=sa.String(length=600), type_=sa.Text())
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.add_column(sa.Column("install_id", sa.String(length=32), nullable=True))
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_id", sa.String(length=32), nullable=True))
    connection = op.get_bind()
    site = sa.table("site", sa.column("is_local", sa.Boolean), sa.column("install_id"))
    connection.execute(sa.update(site).where(site.c.is_local).values(install_id=uuid.uuid4().hex))
    # Names typed before the registry's style, control characters in texts: fixed as changes
    # of this site, audited, so that they travel (registry/stored_upkeep.py).
    restyle_local_records(connection)


def downgrade() -> None:
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_column("source_id")
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_column("install_id")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.alter_column("search_text", existing_type=sa.Text(), type_=sa.String(length=600))
        batch_op.alter_column(
            "given_names", existing_type=sa.String(length=200), type_=sa.String(length=160)
        )
        batch_op.alter_column(
            "family_name", existing_type=sa.String(length=200), type_=sa.String(length=120)
        )
