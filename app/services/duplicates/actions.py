"""Merge and undo as the app and the command line run them: the write, then fresh figures (a
customer's orders, money and segment change when her history moves)."""

from __future__ import annotations

import datetime as dt

from app.services.database import Database
from app.services.duplicates.merging import MergeInfo, merge_customers
from app.services.duplicates.undoing import undo_merge
from app.services.segments.recompute import recompute


def merge(db: Database, keep_id: int, other_id: int, *, as_of: dt.date) -> int:
    merge_id = merge_customers(db, keep_id, other_id)
    recompute(db, as_of)
    return merge_id


def unmerge(db: Database, merge_id: int, *, as_of: dt.date, now: dt.datetime) -> MergeInfo:
    info = undo_merge(db, merge_id, now=now)
    recompute(db, as_of)
    return info
