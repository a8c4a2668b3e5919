"""Feedback: satisfaction scores (0-10), complaints and what came of them, NPS and CSI.

records.py writes scores and complaints (a low score or a complaint lists a top-priority Today
task at once); survey.py reads a survey export (Google Forms CSV); figures.py computes NPS, CSI
and complaints resolved within 48 hours. The reminders that ask for a score and check back after
a resolved complaint are rules of the reminders package (reminders/feedback_rules.py).
"""
