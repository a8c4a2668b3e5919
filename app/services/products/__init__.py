"""Products: per product and category figures (buyers, orders, revenue, "came back" rate,
replenishment interval), "goes well with" pairs tested against chance, and suggestions.

Orders follow the app's rule (segments/orders.py). scipy is imported only here and in predictions.
"""
