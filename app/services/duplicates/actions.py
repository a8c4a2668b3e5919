"""Merge and undo as the app and the command line run them: the write, then fresh figures and
predictions (a customer's orders, money, segment and outlook change when her history moves; the
purchases themselves do not, so the start of the day would not see it)."""

from __future__ import annotations

import datetime as dt

from app.services.database import Database
from app.services.duplicates.merging import MergeInfo, merge_customers
from app.services.duplicates.undoing import undo_merge
from app.services.predictions import store
from app.services.segments.recompute import recompute


def merge(db: Database, keep_id: int, other_id: int, *, as_of: dt.date) -> int:
    merge_id = merge_customers(db, keep_id, other_id)
    recompute(db, as_of)
    store.refresh(db, as_of, force=True)
    return merge_id


def unmerge(db: Database, merge_id: int, *, as_of: dt.date, now: dt.datetime) -> MergeInfo:
    info = undo_merge(db, merge_id, now=now)
    recompute(db, as_of)
    store.refresh(db, as_of, force=True)
    return info
