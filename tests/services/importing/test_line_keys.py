import numpy as np
import pandas as pd

from app.services.importing import line_keys


def test_lines_are_stored_by_customer_then_day():
    """Existing customers first (by id), then new ones in the order their ids will be given."""
    rows = np.arange(6)
    refs = np.array([7, -1, 3, -2, 7, -1])
    days = np.array([20, 5, 9, 1, 10, 2])
    order = line_keys.storage_order(rows, refs, days)
    assert order.tolist() == [2, 4, 0, 5, 1, 3]


def test_orders_are_order_numbers_else_a_customers_day():
    """Sales and free lines count, refunds do not; lines without an order number are one order
    per customer and day."""
    purchases = pd.DataFrame({
        "order_id": ["A", "A", "B", "C", None, None, None, None, None],
        # B: a free line, still an order; C and the (1, day 7) line: refunds alone, no order.
        "amount_minor": [100, 200, 0, -40, 50, 60, 70, 80, -30],
        "customer_ref": [1, 1, 2, 2, 1, 1, 1, -1, 1],
        "day": [5, 5, 5, 5, 5, 5, 6, 5, 7],
    })
    # A; B; (1, day 5); (1, day 6); (-1, day 5)
    assert line_keys.count_orders(purchases) == 5
    codes = np.array([0, 0, 1, 2, -1, -1, -1, -1, -1])
    assert line_keys.count_orders(purchases, codes) == 5
