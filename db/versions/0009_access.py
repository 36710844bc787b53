"""who changed what on a server: the server user of each audit entry (stamped by the server),
and the offices a server user is limited to

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The server writes the name itself: a program (or psql) cannot sign an entry with another's.
STAMP_FUNCTION = """
CREATE OR REPLACE FUNCTION registre_audit_user() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.user_name := session_user;
    RETURN NEW;
END
$$
"""
STAMP_TRIGGER = """
CREATE TRIGGER audit_entry_user BEFORE INSERT OR UPDATE ON audit_entry
FOR EACH ROW EXECUTE FUNCTION registre_audit_user()
"""


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("user_name", sa.String(length=63), nullable=True))
    op.create_table(
        "access_office",
        sa.Column("user_name", sa.String(length=63), nullable=False),
        sa.Column("site_code", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("user_name", "site_code"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(STAMP_FUNCTION)
        op.execute(STAMP_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_user ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS registre_audit_user()")
    op.drop_table("access_office")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("user_name")
