"""Follow-up reminders: rules -> idempotent tasks -> the owner's Today list.

- config: the `reminder_rules` setting with typed defaults;
- rules: one vectorised function per rule (occasions due today);
- generate: occasions -> tasks (do-not-contact, frequency cap, obsolete tasks);
- tasks: today's list, done / snooze / skip, the badge count, "who may come back soon";
- conversion: contacts followed by a purchase;
- reasons: the reason in plain English or Russian.
"""
