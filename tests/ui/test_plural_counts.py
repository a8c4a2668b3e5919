"""Counts on the dashboard and the segments page agree with their number ("1 buyer", "31 дня")."""

from __future__ import annotations

import pytest

from app.ui import i18n
from app.ui.pages.dashboard_page import DashboardPage
from app.ui.pages.segments_page import SegmentsPage


@pytest.fixture
def russian(qapp):
    yield i18n.install(qapp, "ru")
    i18n.install(qapp, "en")


def _buyers(n: int) -> str:
    return DashboardPage.tr("%1 of %Ln buyer(s) bought more than once", "", n).replace("%1", "1")


def _lost(n: int) -> str:
    return SegmentsPage.tr("Lost: no order for more than %Ln day(s)", "", n)


def test_english_counts(qapp) -> None:
    assert _buyers(1) == "1 of 1 buyer bought more than once"
    assert _buyers(5) == "1 of 5 buyers bought more than once"
    assert _lost(365) == "Lost: no order for more than 365 days"


def test_russian_counts(russian) -> None:
    assert _buyers(5) == "Купили больше одного раза: 1 из 5"
    assert _lost(31) == "Потерянные: нет заказов больше 31 дня"
    assert _lost(365) == "Потерянные: нет заказов больше 365 дней"
