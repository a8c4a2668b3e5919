"""Predictions: who will come back, when, and what each customer is worth.

bgnbd (BG/NBD and MBG/NBD), gamma_gamma (spend), summary (each customer's history as of a day),
simple (the per-customer rhythm below the model's threshold), choose (which model, and why),
service (the use case: `predict`). scipy is imported only here, so start-up does not pay for it.
"""
