"""The card's whole timeline: the base kinds (services/timeline.py) and the kinds each feature
provides (scores and complaints, level changes, merges, recommendation bonuses)."""

from __future__ import annotations

from app.services import timeline as base
from app.services.database import Database
from app.services.duplicates.timeline_events import merges
from app.services.feedback.timeline_events import complaints, scores
from app.services.loyalty.timeline_events import level_changes
from app.services.referrals.timeline_events import bonuses
from app.services.timeline import Provider, TimelineEvent

# Events of one day with no time are listed in this order, newest first: what followed from an
# order (a level, a bonus) above it, and a complaint above the score that opened it.
PROVIDERS: list[Provider] = [merges, bonuses, level_changes, complaints, scores, *base.PROVIDERS]


def relationship(db: Database, customer_id: int) -> list[TimelineEvent]:
    """Every event of the customer, newest first."""
    return base.timeline(db, customer_id, PROVIDERS)
