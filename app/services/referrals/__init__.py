"""Recommendations: each customer's code (codes.py), who may have recommended whom (rules.py),
the two-sided bonus (rewards.py), the card's view (card.py), the search of the card's picker
(picker.py), the Dashboard's figures (figures.py) and the reminder's peak moments (peaks.py)."""
