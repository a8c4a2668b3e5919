"""Possible duplicates: one person written twice (name variants, a phone or e-mail typo, the same
card code) found without comparing everyone with everyone; merged in one transaction that moves
every row referring to the other customer and can be undone exactly."""
