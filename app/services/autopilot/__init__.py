"""Autopilot: reminders whose rule the owner set to "Autopilot by e-mail" go out by themselves.

modes.py says which rule (or after-purchase step) is automatic and holds the unsubscribe line;
outbox.py is the `autopilot_outbox` table (one row per automatic e-mail) and the exclusions;
planning.py picks today's automatic messages and previews the next days; sending.py sends what
is due (quiet hours, daily cap, spacing, exactly once). The app's timer and `send-due` call
`sending.send_due`.
"""
