"""The monthly report's PDF: its pages and text in English and Russian, the pictures, an empty
database, and the Dashboard's "Report…" button writing it in a background job."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from app.services.dashboard.overview import FigureSettings
from app.services.dashboard.periods import calendar_period
from app.services.dashboard.report_data import build_report
from app.services.database import Database
from app.services.settings import CURRENCY, Settings
from app.ui import i18n
from app.ui.context import AppContext
from app.ui.pages.dashboard_report import render_pdf
from tests.services.dashboard.hand_shop import AS_OF, create_hand_shop
from tests.ui.conftest import wait_idle

MAY = calendar_period("month", dt.date(2026, 5, 1))


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def _read(pdf: bytes) -> tuple[int, str, int]:
    """Pages, the text with every run of white space as one space, pictures."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return len(reader.pages), text.replace("\xa0", " "), sum(len(p.images) for p in reader.pages)


TEXTS = {
    # month title; May 2026's revenue by hand (A 2000 - 300, B 700 + 300, C 0, D 600, H 100);
    # section titles
    "en": ["Monthly report: May 2026", "Revenue ₽3,400", "Figures", "Same month last year",
           "Pictures: the twelve months to this one", "Segments: customers at the month end",
           "Reminders: written to, or left alone?"],
    "ru": ["Отчёт за месяц: май 2026", "Выручка 3 400 ₽", "Показатели",
           "Тот же месяц год назад", "Графики за двенадцать месяцев, включая этот",
           "Сегменты: покупатели на конец месяца", "Напоминания: написали или нет?"],
}


def test_hand_shop_report_in_both_languages(db: Database, language: str) -> None:
    create_hand_shop(db)
    data = build_report(db, MAY, AS_OF, FigureSettings())
    pages, text, pictures = _read(render_pdf(data, language, "RUB", "Hand shop"))
    assert 1 <= pages <= 3
    for expected in TEXTS[language]:
        assert expected in text
    assert "Hand shop" in text
    assert pictures == 5


def test_demo_shop_report_fits_three_pages(demo_db: Database, language: str) -> None:
    today = dt.date(2026, 11, 27)
    october = calendar_period("month", dt.date(2026, 10, 1))
    data = build_report(demo_db, october, today, FigureSettings())
    currency = str(Settings(demo_db).get(CURRENCY))
    pages, text, pictures = _read(render_pdf(data, language, currency, ""))
    assert pages == 3
    assert ("Monthly report: October 2026" if language == "en"
            else "Отчёт за месяц: октябрь 2026") in text
    assert pictures == 5


def test_empty_database_says_there_is_nothing_to_report(db: Database, language: str) -> None:
    data = build_report(db, MAY, AS_OF, FigureSettings())
    pages, text, pictures = _read(render_pdf(data, language, "RUB", ""))
    assert (pages, pictures) == (1, 0)
    assert ("Nothing to report" if language == "en" else "Отчитываться пока не о чем") in text
    assert "Revenue" not in text and "Выручка" not in text


def test_report_button_writes_the_pdf_in_the_background(
        qtbot, demo_context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.ui.pages.dashboard_page import DashboardPage

    target = tmp_path / "october"  # no suffix: ".pdf" is added
    asked: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    page = DashboardPage(demo_context)
    qtbot.addWidget(page)
    wait_idle(qtbot, demo_context)
    page.report.button.click()
    assert not page.report.button.isEnabled()  # the job runs; the page stays usable
    wait_idle(qtbot, demo_context, 60_000)
    assert asked[0].endswith("report-2026-10.pdf")  # the chooser's month: the last full one
    written = target.with_name("october.pdf")
    pages, text, _pictures = _read(written.read_bytes())
    assert 1 <= pages <= 3 and "October 2026" in text
    assert page.report.button.isEnabled()
    assert shown and str(written) in shown[0]


def test_report_button_says_when_the_folder_is_missing(
        qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.ui.pages import dashboard_report_action
    from app.ui.pages.dashboard_page import DashboardPage

    errors: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "gone" / "r.pdf"), ""))
    monkeypatch.setattr(dashboard_report_action, "show_user_error",
                        lambda _parent, error: errors.append(error.text))
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.report.button.click()
    assert errors and "no such folder" in errors[0]
    assert not context.jobs.is_busy()
    wait_idle(qtbot, context)


OUTCOME_TEXTS = {
    # Per reminder, then per script (outcome_data by hand): lapse_soft Ann and Bob written to,
    # Ann ordered; lapse_hard Cat (ordered) and Dan left alone; Eve's refund is no order.
    "en": ["Reminder Written to: ordered after Not written to: ordered anyway",
           "Script Written to: ordered after Not written to: ordered anyway",
           "lapse_soft 1 of 2 (50 %) —", "lapse_hard — 1 of 2 (50 %)", "birthday 0 of 1 (0 %) —"],
    "ru": ["Шаблон Написали: купили после Не написали: купили сами",
           "lapse_soft 1 из 2 (50 %) —", "lapse_hard — 1 из 2 (50 %)"],
}


def test_outcomes_per_reminder_and_per_script(db: Database, language: str) -> None:
    from tests.services.dashboard.outcome_data import create_outcome_shop

    create_outcome_shop(db)
    data = build_report(db, MAY, AS_OF, FigureSettings())
    pages, text, _ = _read(render_pdf(data, language, "RUB", ""))
    assert 1 <= pages <= 3
    for expected in OUTCOME_TEXTS[language]:
        assert expected in text


def test_outcomes_by_the_autopilot_and_by_hand(db: Database, language: str) -> None:
    from tests.services.dashboard.outcome_data import create_outcome_shop, sent_by_autopilot

    ids = create_outcome_shop(db)
    sent_by_autopilot(db, ids, "Ann", ids["contact:Ann"])
    data = build_report(db, MAY, AS_OF, FigureSettings())
    pages, text, _ = _read(render_pdf(data, language, "RUB", ""))
    assert 1 <= pages <= 3
    # lapse_soft: Ann by the autopilot (ordered), Bob by hand (too late); nobody left alone.
    expected = {"en": ["By the autopilot By you", "lapse_soft 1 of 2 (50 %) 1 of 1 (100 %) "
                       "0 of 1 (0 %) —"],
                "ru": ["Написал автопилот Написали вы", "lapse_soft 1 из 2 (50 %) 1 из 1 "
                       "(100 %) 0 из 1 (0 %) —"]}
    for line in expected[language]:
        assert line in text
