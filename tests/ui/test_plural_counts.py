"""Counts on the segments page agree with their number ("365 days", "31 дня")."""

from __future__ import annotations

import pytest

from app.ui import i18n
from app.ui.pages.segments_page import SegmentsPage


@pytest.fixture
def russian(qapp):
    yield i18n.install(qapp, "ru")
    i18n.install(qapp, "en")


def _lost(n: int) -> str:
    return SegmentsPage.tr("Lost: no order for more than %Ln day(s)", "", n)


def test_english_counts(qapp) -> None:
    assert _lost(1) == "Lost: no order for more than 1 day"
    assert _lost(365) == "Lost: no order for more than 365 days"


def test_russian_counts(russian) -> None:
    assert _lost(31) == "Потерянные: нет заказов больше 31 дня"
    assert _lost(365) == "Потерянные: нет заказов больше 365 дней"
