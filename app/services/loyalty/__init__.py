"""The loyalty ladder: levels a customer reaches by orders and/or money spent.

`ladder.py` is the owner's ladder (a setting) and the vectorised rule that puts customers on it;
`levels.py` stores each customer's level and its history (table `customer_levels`), with the
grace period before a level is lowered and levels set by hand; `preview.py` tells who would
move under a proposed ladder before it is saved.
"""
