"""record: fingerprint scheme, recorded municipality and description, zaaknummer

Revision ID: 0005_record_scheme
Revises: 0003_audit_index
Create Date: 2026-12-04 03:40:00

Adds ``contract.fingerprint_scheme`` (the canonical form a signed version was fingerprinted
with; every existing row was signed, if at all, under scheme 1), ``contract.municipality_name``
and ``contract.opgave_description`` (the municipality's name and the opgave's description as
recorded when the version was locked: part of the signed content since scheme 2, so a later
rename or a new description for the next version leaves a signed record as it was) and ``opgave.zaaknummer`` (the case reference of the records office, archive
metadata outside the signed content). Plain ``ADD COLUMN`` with a server default, which SQLite
and PostgreSQL both accept without recreating the table (a recreate would drop the lock
triggers of 0002).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel.sql.sqltypes.AutoString)
from alembic import op

revision: str = "0005_record_scheme"
down_revision: str | None = "0003_audit_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "contract", sa.Column("fingerprint_scheme", sa.Integer(), nullable=False, server_default="1")
    )
    op.add_column(
        "contract",
        sa.Column("municipality_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""),
    )
    op.add_column(
        "contract",
        sa.Column("opgave_description", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""),
    )
    op.add_column(
        "opgave",
        sa.Column("zaaknummer", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch recreate would trip the lock triggers.
    op.drop_column("opgave", "zaaknummer")
    for column in ("opgave_description", "municipality_name", "fingerprint_scheme"):
        op.drop_column("contract", column)
