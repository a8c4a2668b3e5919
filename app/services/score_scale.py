"""The 0-10 "how likely are you to recommend us" scale: where its groups begin.

One home for the feedback feature (NPS, complaints opened by a low score) and the referral
reminder (a top score is a moment to ask for a recommendation).
"""

PROMOTER_MIN = 9  # 9-10: promoters
DETRACTOR_MAX = 6  # 0-6: detractors; 7-8 are passives
