"""person: the Washington Group Short Set (six answer codes), the consent and its date

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DOMAINS = ("seeing", "hearing", "walking", "remembering", "self_care", "communicating")


def upgrade() -> None:
    # Nullable answers: most persons are never asked; no consent is the default.
    with op.batch_alter_table("person", schema=None) as batch_op:
        for domain in DOMAINS:
            batch_op.add_column(sa.Column(f"wg_{domain}", sa.String(length=12), nullable=True))
        batch_op.add_column(
            sa.Column(
                "disability_consent",
                sa.Boolean(),
                nullable=False,
                server_default=sa.false(),
            )
        )
        batch_op.add_column(sa.Column("disability_consent_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("disability_consent_date")
        batch_op.drop_column("disability_consent")
        for domain in reversed(DOMAINS):
            batch_op.drop_column(f"wg_{domain}")
