"""who has a conversation open: the conversation lease

Revision ID: 0007_conversation_lease
Revises: 0006_portfolio
Create Date: 2026-12-04 04:00:00

One row per open conversation window (contract, window token), renewed while the window is
open; the start window shows "geopend door ... sinds ..." from it. Portable: plain CREATE TABLE
on both engines, no table recreate (which would drop SQLite's lock triggers).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the models use sqlmodel's string type)
from alembic import op

revision: str = "0007_conversation_lease"
down_revision: str | None = "0006_portfolio"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conversationlease",
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("token", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("holder", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("opened_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("renewed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["contract_id"], ["contract.id"]),
        sa.PrimaryKeyConstraint("contract_id", "token"),
    )
    op.create_index(
        op.f("ix_conversationlease_renewed_at"), "conversationlease", ["renewed_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_conversationlease_renewed_at"), table_name="conversationlease")
    op.drop_table("conversationlease")
