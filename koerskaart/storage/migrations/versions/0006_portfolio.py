"""portfolio: progress report fields and team capacity per year

Revision ID: 0006_portfolio
Revises: 0005_record_scheme
Create Date: 2026-12-04 03:30:00

Progress reports get the period they are about ("YYYY-MM", filled from the report date of the
reports already stored), what was done, what comes next and the help asked of the opgavenboard.
Teams get an available capacity per calendar year. Portable SQL only: the period is filled row by
row from Python, so the same migration runs on SQLite and PostgreSQL.
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate renders sqlmodel.sql.sqltypes.AutoString)
from alembic import op


revision: str = '0006_portfolio'
down_revision: str | None = '0005_record_scheme'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('progressreport', schema=None) as batch_op:
        batch_op.add_column(sa.Column('period', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('done', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('next_steps', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('help_asked', sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_progressreport_period'), ['period'], unique=False)

    reports = sa.table('progressreport', sa.column('id', sa.Integer), sa.column('report_date', sa.Date),
                       sa.column('period', sa.String))
    bind = op.get_bind()
    for report_id, day in bind.execute(sa.select(reports.c.id, reports.c.report_date)).all():
        if isinstance(day, str):  # SQLite hands back the stored text
            day = date.fromisoformat(day[:10])
        bind.execute(reports.update().where(reports.c.id == report_id).values(period=f"{day.year:04d}-{day.month:02d}"))

    # The defaults only served the rows already present; the models give every new row its values.
    with op.batch_alter_table('progressreport', schema=None) as batch_op:
        for name in ('period', 'done', 'next_steps', 'help_asked'):
            batch_op.alter_column(name, server_default=None)

    op.create_table('teamcapacity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('available_fte', sa.Float(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('set_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['team.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('team_id', 'year')
    )
    with op.batch_alter_table('teamcapacity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teamcapacity_team_id'), ['team_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('teamcapacity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teamcapacity_team_id'))
    op.drop_table('teamcapacity')
    with op.batch_alter_table('progressreport', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progressreport_period'))
        batch_op.drop_column('help_asked')
        batch_op.drop_column('next_steps')
        batch_op.drop_column('done')
        batch_op.drop_column('period')
