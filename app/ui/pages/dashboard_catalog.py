"""What the dashboard shows for a period: each figure's title, how it is computed (the card's
tooltip), the kind of value and where it comes from in the period's figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.services.dashboard.figures import PeriodFigures, Ratio
from app.services.feedback.figures import FeedbackFigures
from app.services.settings import QT_TRANSLATE_NOOP as _T


@dataclass(frozen=True)
class Figure:
    key: str
    title: str  # translated when shown
    how: str  # one line: how it is computed
    kind: str  # "count" | "money" | "rate" | "days"
    get: Callable[[PeriodFigures], Any]
    lower_is_better: bool = False


def figures() -> list[Figure]:
    f = Figure
    within = {
        30: (
            _T("DashboardFigures", "2nd purchase within 30 days"),
            _T(
                "DashboardFigures",
                "New customers of the period whose first order is at least 30 days old and "
                "who ordered again within 30 days of it.",
            ),
        ),
        60: (
            _T("DashboardFigures", "2nd purchase within 60 days"),
            _T(
                "DashboardFigures",
                "New customers of the period whose first order is at least 60 days old and "
                "who ordered again within 60 days of it.",
            ),
        ),
        90: (
            _T("DashboardFigures", "2nd purchase within 90 days"),
            _T(
                "DashboardFigures",
                "New customers of the period whose first order is at least 90 days old and "
                "who ordered again within 90 days of it.",
            ),
        ),
    }
    return [
        f(
            "buyers",
            _T("DashboardFigures", "Customers who bought"),
            _T(
                "DashboardFigures",
                "Customers with at least one order in the period (free orders count).",
            ),
            "count",
            lambda x: x.buyers,
        ),
        f(
            "new",
            _T("DashboardFigures", "New customers"),
            _T("DashboardFigures", "Customers whose first order ever is in the period."),
            "count",
            lambda x: x.new_customers,
        ),
        f(
            "returning",
            _T("DashboardFigures", "Returning customers"),
            _T(
                "DashboardFigures", "Customers who ordered in the period and had ordered before it."
            ),
            "count",
            lambda x: x.returning_customers,
        ),
        f(
            "orders",
            _T("DashboardFigures", "Orders"),
            _T("DashboardFigures", "Orders in the period; a refund is never an order."),
            "count",
            lambda x: x.orders,
        ),
        f(
            "revenue",
            _T("DashboardFigures", "Revenue"),
            _T(
                "DashboardFigures",
                "Purchases in the period minus refunds, each customer's never below zero.",
            ),
            "money",
            lambda x: x.revenue_minor,
        ),
        f(
            "aov",
            _T("DashboardFigures", "Average order value"),
            _T("DashboardFigures", "Revenue divided by orders, free orders included."),
            "money",
            lambda x: x.average_order.value,
        ),
        f(
            "repeat_rate",
            _T("DashboardFigures", "Repeat purchase rate"),
            _T(
                "DashboardFigures",
                "Customers with 2 or more orders among all customers with an order, at the "
                "period's end.",
            ),
            "rate",
            lambda x: x.repeat_rate,
        ),
        f(
            "new_repeat",
            _T("DashboardFigures", "New customers who came back"),
            _T(
                "DashboardFigures",
                "The period's new customers who have ordered a second time by today.",
            ),
            "rate",
            lambda x: x.new_repeat_rate,
        ),
        *(
            f(f"second_{n}", title, how, "rate", _second_within(n))
            for n, (title, how) in within.items()
        ),
        f(
            "to_2nd",
            _T("DashboardFigures", "Days to the 2nd order"),
            _T(
                "DashboardFigures",
                "Median days from the first to the second order, for second orders in the period.",
            ),
            "days",
            lambda x: x.median_days_to_2nd,
            True,
        ),
        f(
            "to_3rd",
            _T("DashboardFigures", "Days to the 3rd order"),
            _T(
                "DashboardFigures",
                "Median days from the first to the third order, for third orders in the period.",
            ),
            "days",
            lambda x: x.median_days_to_3rd,
            True,
        ),
        f(
            "retention",
            _T("DashboardFigures", "Customer retention rate"),
            _T(
                "DashboardFigures",
                "Customers active at the start who are still active at the end, among those "
                "active at the start (new and won-back customers left out).",
            ),
            "rate",
            lambda x: x.retention,
        ),
        f(
            "repeat_share",
            _T("DashboardFigures", "Revenue from repeat customers"),
            _T(
                "DashboardFigures",
                "Share of the period's revenue paid by customers with 2 or more orders.",
            ),
            "money_rate",
            lambda x: x.repeat_revenue_share,
        ),
        f(
            "gap_median",
            _T("DashboardFigures", "Days between orders (median)"),
            _T(
                "DashboardFigures",
                "Median days between a customer's consecutive orders, for orders in the period.",
            ),
            "days",
            lambda x: x.median_days_between,
            True,
        ),
        f(
            "gap_mean",
            _T("DashboardFigures", "Days between orders (mean)"),
            _T(
                "DashboardFigures",
                "Mean days between a customer's consecutive orders, for orders in the period.",
            ),
            "days",
            lambda x: x.mean_days_between,
            True,
        ),
        f(
            "lifetime",
            _T("DashboardFigures", "Customer lifetime"),
            _T(
                "DashboardFigures",
                "Mean days from the first to the last order of customers with 2 or more orders, "
                "at the period's end.",
            ),
            "days",
            lambda x: x.lifetime_days,
        ),
        f(
            "clv",
            _T("DashboardFigures", "Revenue per customer (historic CLV)"),
            _T(
                "DashboardFigures",
                "All money up to the period's end divided by customers with an order.",
            ),
            "money",
            lambda x: x.historic_clv.value,
        ),
        f(
            "reactivation",
            _T("DashboardFigures", "Reactivation rate"),
            _T(
                "DashboardFigures",
                "Customers inactive longer than the active window at the period's start who "
                "ordered in it.",
            ),
            "rate",
            lambda x: x.reactivation,
        ),
        f(
            "active",
            _T("DashboardFigures", "Active customers"),
            _T(
                "DashboardFigures",
                "Ordered within the active window at the period's end (won back not included).",
            ),
            "count",
            lambda x: x.states.get("active", 0),
        ),
        f(
            "won_back",
            _T("DashboardFigures", "Won back"),
            _T(
                "DashboardFigures",
                "Ordered in the period after a break longer than the active window.",
            ),
            "count",
            lambda x: x.states.get("won_back", 0),
        ),
        f(
            "at_risk",
            _T("DashboardFigures", "At risk"),
            _T(
                "DashboardFigures",
                "Last order older than the active window, but not yet lost (segments' "
                '"lost after").',
            ),
            "count",
            lambda x: x.states.get("at_risk", 0),
            True,
        ),
        f(
            "lapsed",
            _T("DashboardFigures", "Lapsed"),
            _T(
                "DashboardFigures",
                "Last order older than the segments' \"lost after\" days: the segment map's Lost.",
            ),
            "count",
            lambda x: x.states.get("lapsed", 0),
            True,
        ),
        *feedback_figures(),
    ]


def feedback_figures() -> list[Figure]:
    """NPS, CSI and complaints resolved within 48 hours (services.feedback.figures)."""
    def fb(x: PeriodFigures) -> FeedbackFigures:
        return x.feedback or FeedbackFigures(0, 0, 0, 0, 0, 0, 0)

    return [
        Figure(
            "nps",
            _T("DashboardFigures", "NPS"),
            _T(
                "DashboardFigures",
                "Net Promoter Score of the period's 0–10 answers: % of 9–10 (promoters) minus "
                "% of 0–6 (detractors), from −100 to +100; 7–8 count only in the total.",
            ),
            "nps",
            lambda x: Ratio(fb(x).promoters - fb(x).detractors, fb(x).answers),
        ),
        Figure(
            "csi",
            _T("DashboardFigures", "Satisfaction (CSI)"),
            _T("DashboardFigures", "The average of the period's 0–10 answers."),
            "score",
            lambda x: Ratio(fb(x).score_sum, fb(x).answers),
        ),
        Figure(
            "complaints_48h",
            _T("DashboardFigures", "Complaints resolved within 48 hours"),
            _T(
                "DashboardFigures",
                "Complaints opened in the period (a 0–6 score opens one) that were resolved "
                "no later than 2 days after the day they were opened.",
            ),
            "rate",
            lambda x: Ratio(fb(x).resolved_in_time, fb(x).complaints),
        ),
    ]


PREDICTED_CLV = Figure(
    "predicted_clv",
    _T("DashboardFigures", "Predicted CLV (next 12 months)"),
    _T(
        "DashboardFigures",
        "What the prediction model expects a customer to spend in the next 12 months: every "
        "customer's predicted 12-month value added up and divided by the customers with an "
        "order. For all customers as of today, whatever the period; refreshed at the start of "
        "each day.",
    ),
    "money",
    lambda x: None,  # not a period's figure: shown by show_predicted
)


def _second_within(days: int) -> Callable[[PeriodFigures], Ratio]:
    return lambda x: x.second_within[days]
