"""One read of the purchases for the several background jobs of one Dashboard refresh.

The page's figures, its monthly chart, its pictures and its backtest each need every purchase
line and the orders built from them; reading and building them is most of each job's time
with a million lines. A SharedOrders is made when the page refreshes (the data changed) and
handed to each job: the first job to ask reads and builds, the others wait for it on the lock
and take the same frames, so the lines are read once per refresh. Later jobs of the same
refresh (another period chosen) reuse them; the next data change makes a new one, so nothing
stale is kept. The frames are shared between threads: callers must not modify them.
"""

from __future__ import annotations

import datetime as dt
import threading

import pandas as pd

from app.services import day_numbers
from app.services.database import Database
from app.services.segments import orders as orders_mod


class SharedOrders:
    def __init__(self, db: Database, as_of: dt.date) -> None:
        self.db, self.as_of = db, as_of
        self._lock = threading.Lock()
        self._all: pd.DataFrame | None = None
        self._lines: pd.DataFrame | None = None
        self._orders: pd.DataFrame | None = None
        self._all_orders: pd.DataFrame | None = None

    def all_lines(self) -> pd.DataFrame:
        """Every purchase line (load_order_lines), later days included."""
        with self._lock:
            if self._all is None:
                conn = self.db.raw_connection()
                try:
                    self._all = orders_mod.load_order_lines(conn)
                finally:
                    conn.close()
            return self._all

    def lines(self) -> pd.DataFrame:
        """The lines on or before `as_of`."""
        every = self.all_lines()
        with self._lock:
            if self._lines is None:
                today = day_numbers.from_date(self.as_of)
                later = bool(len(every)) and int(every["day"].max()) > today
                self._lines = every[every["day"] <= today] if later else every
            return self._lines

    def orders(self) -> pd.DataFrame:
        """`build_orders(lines())`."""
        lines = self.lines()
        with self._lock:
            if self._orders is None:
                self._orders = orders_mod.build_orders(lines)
            return self._orders

    def all_orders(self) -> pd.DataFrame:
        """`build_orders(all_lines())`: the same frame as `orders()` unless a line is later."""
        if self.lines() is self.all_lines():
            return self.orders()
        every = self.all_lines()
        with self._lock:
            if self._all_orders is None:
                self._all_orders = orders_mod.build_orders(every)
            return self._all_orders
