"""Loyalty points: a ledger per customer (ledger.py the arithmetic, store.py the table,
reminder.py the "points expire soon" rule). Off unless the owner turns them on."""
