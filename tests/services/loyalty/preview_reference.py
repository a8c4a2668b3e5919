"""The ladder preview as it was first written (pandas frames of the stored rows, a Python loop
per level key): the reference the fast preview must agree with."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from app.services.database import Database
from app.services.loyalty.ladder import Ladder
from app.services.loyalty.levels import HAND, current, standing
from app.services.loyalty.preview import LadderPreview, Move
from app.services.segments import orders as orders_mod


def reference_preview(db: Database, proposed: Ladder, today: dt.date,
            saved: Ladder | None = None) -> LadderPreview:
    """Counts per level now vs under `proposed`, and the people moving up and down. Hand-set
    levels stay (unless the ladder lifts them), as saving would do. A level the proposal
    removes is ranked by its place on the `saved` ladder."""
    conn = db.raw_connection()
    try:
        orders = orders_mod.build_orders(orders_mod.load_order_lines(conn))
        stand = standing(conn, proposed, today, orders)
        now = current(conn)
        names = dict(conn.execute("SELECT id, display_name FROM customers").fetchall())
    finally:
        conn.close()
    ids = np.union1d(stand.index.to_numpy(dtype="int64"), now.index.to_numpy(dtype="int64"))
    before = now["level"].reindex(ids)
    hand = (now["how"].reindex(ids) == HAND).to_numpy()
    computed = stand["level"].reindex(ids, fill_value=-1).to_numpy(dtype="int64")
    keys = [lv.key for lv in proposed.levels]
    after: list[str | None] = [keys[i] if i >= 0 else None for i in computed.tolist()]
    for h in np.flatnonzero(hand).tolist():
        if proposed.index_of(before.iloc[h]) >= computed[h]:
            after[h] = before.iloc[h]
    was = np.array([k if isinstance(k, str) else None for k in before.tolist()], dtype=object)
    will = np.array(after, dtype=object)
    counts_now = {str(k): int(n) for k, n in
                  pd.Series(was[was != None]).value_counts().items()}  # noqa: E711
    counts_proposed = dict.fromkeys(keys, 0)
    counts_proposed.update({str(k): int(n) for k, n in
                            pd.Series(will[will != None]).value_counts().items()})  # noqa: E711
    rank_was = np.array([proposed.index_of(k) if proposed.index_of(k) >= 0 or saved is None
                         else saved.index_of(k) for k in was.tolist()], dtype="int64")
    rank_will = np.array([proposed.index_of(k) for k in will.tolist()], dtype="int64")
    moved = np.flatnonzero(was != will)
    up: list[Move] = []
    down: list[Move] = []
    for i in moved.tolist():
        customer = int(ids[i])
        move = Move(customer, str(names.get(customer, "")), was[i], will[i])
        (up if rank_will[i] > rank_was[i] else down).append(move)
    return LadderPreview(counts_now, counts_proposed, up, down)

