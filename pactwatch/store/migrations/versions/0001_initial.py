"""Initial schema: articles (versioned), facts, events with their links, aliases, reviews, ingest runs.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('lineage', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.Text(), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('paragraphs', sa.JSON(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('cleaner', sa.Text(), nullable=False),
    sa.Column('first_ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('lineage', 'version', name='uq_articles_lineage_version')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_current'), ['current'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_lineage'), ['lineage'], unique=False)

    op.create_table('event_aliases',
    sa.Column('old_id', sa.String(length=64), nullable=False),
    sa.Column('new_id', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('old_id', name=op.f('pk_event_aliases'))
    )
    with op.batch_alter_table('event_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_aliases_new_id'), ['new_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('thread_id', sa.String(length=64), nullable=True),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('parties', sa.Text(), nullable=False),
    sa.Column('date', sa.Text(), nullable=True),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('agreement_kind', sa.Text(), nullable=True),
    sa.Column('programme', sa.Text(), nullable=True),
    sa.Column('amount_value', sa.Float(), nullable=True),
    sa.Column('amount_currency', sa.Text(), nullable=True),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('people', sa.JSON(), nullable=False),
    sa.Column('notes', sa.JSON(), nullable=False),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_thread_id'), ['thread_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_type'), ['type'], unique=False)

    op.create_table('ingest_runs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('counts', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_runs'))
    )
    op.create_table('reviews',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('state', sa.Text(), nullable=False),
    sa.Column('edits', sa.JSON(), nullable=True),
    sa.Column('reviewer', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews'))
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index('ix_reviews_event_at', ['event_id', 'at'], unique=False)

    op.create_table('facts',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('article_id', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('parties', sa.Text(), nullable=False),
    sa.Column('date', sa.Text(), nullable=True),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('agreement_kind', sa.Text(), nullable=True),
    sa.Column('programme', sa.Text(), nullable=True),
    sa.Column('amount_value', sa.Float(), nullable=True),
    sa.Column('amount_currency', sa.Text(), nullable=True),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('people', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('extractor', sa.Text(), nullable=False),
    sa.Column('reference_version', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_facts_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facts'))
    )
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facts_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_type'), ['type'], unique=False)

    op.create_table('problems',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('hint', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['ingest_runs.id'], name=op.f('fk_problems_run_id_ingest_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problems'))
    )
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problems_run_id'), ['run_id'], unique=False)

    op.create_table('event_facts',
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('fact_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_facts_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fact_id'], ['facts.id'], name=op.f('fk_event_facts_fact_id_facts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'fact_id', name=op.f('pk_event_facts'))
    )
    with op.batch_alter_table('event_facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_facts_fact_id'), ['fact_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('event_facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_facts_fact_id'))

    op.drop_table('event_facts')
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problems_run_id'))

    op.drop_table('problems')
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facts_type'))
        batch_op.drop_index(batch_op.f('ix_facts_date'))
        batch_op.drop_index(batch_op.f('ix_facts_article_id'))

    op.drop_table('facts')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index('ix_reviews_event_at')

    op.drop_table('reviews')
    op.drop_table('ingest_runs')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_type'))
        batch_op.drop_index(batch_op.f('ix_events_thread_id'))
        batch_op.drop_index(batch_op.f('ix_events_date'))

    op.drop_table('events')
    with op.batch_alter_table('event_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_aliases_new_id'))

    op.drop_table('event_aliases')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_lineage'))
        batch_op.drop_index(batch_op.f('ix_articles_current'))

    op.drop_table('articles')
