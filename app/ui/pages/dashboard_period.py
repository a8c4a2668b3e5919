"""The dashboard's period chooser: month, quarter, year or custom dates, stepped back and forth."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import day_numbers
from app.services.dashboard.periods import Period, calendar_period, custom_period
from app.ui import formatting


class PeriodChooser(QWidget):
    """Month, quarter, year or a custom range; ◀ ▶ step to the previous and next period."""

    changed = Signal()

    def __init__(
        self, period: Period, today: dt.date, language: str, parent: QWidget | None = None,
        currency: str = "RUB",
    ) -> None:
        super().__init__(parent)
        self.today, self.language = today, language
        self.current = period
        self.kind = QComboBox()
        for key, label in (
            ("month", QCoreApplication.translate("DashboardFigures", "Month")),
            ("quarter", QCoreApplication.translate("DashboardFigures", "Quarter")),
            ("year", QCoreApplication.translate("DashboardFigures", "Year")),
            ("custom", QCoreApplication.translate("DashboardFigures", "Custom range")),
        ):
            self.kind.addItem(label, key)
        self.back = QPushButton("◀")
        self.forward = QPushButton("▶")
        self.back.setToolTip(QCoreApplication.translate("DashboardFigures", "Previous period"))
        self.forward.setToolTip(QCoreApplication.translate("DashboardFigures", "Next period"))
        for button in (self.back, self.forward):
            button.setFixedWidth(32)
        self.label = QLabel()
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            # The app's own short dates ("9 Nov 2026", "09.11.2026"), not the US "11/9/26".
            edit.setDisplayFormat("d MMM yyyy" if language == "en" else "dd.MM.yyyy")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("DashboardFigures", "Period:")))
        for widget in (self.kind, self.back, self.label, self.first, self.last, self.forward):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.back.clicked.connect(lambda: self._step(-1))
        self.forward.clicked.connect(lambda: self._step(1))
        self.first.dateChanged.connect(self._dates_changed)
        self.last.dateChanged.connect(self._dates_changed)
        self._sync()

    def _set(self, period: Period) -> None:
        self.current = period
        self._sync()
        self.changed.emit()

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        if kind == "custom":
            self._set(Period("custom", self.current.first, self.current.last))
        else:
            self._set(calendar_period(kind, min(self.current.last_date, self.today)))

    def _step(self, direction: int) -> None:
        period = self.current
        if direction < 0:
            self._set(period.previous())
        elif period.kind == "custom":
            self._set(Period("custom", period.last + 1, period.last + period.days))
        else:
            self._set(calendar_period(period.kind, period.last_date + dt.timedelta(days=1)))

    def _dates_changed(self) -> None:
        if self.current.kind != "custom":
            return
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        period = custom_period(first, last)
        if period != self.current:
            self._set(period)

    def _sync(self) -> None:
        custom = self.current.kind == "custom"
        for edit in (self.first, self.last):
            edit.setVisible(custom)
            edit.blockSignals(True)
        self.first.setDate(_qdate(self.current.first_date))
        self.last.setDate(_qdate(self.current.last_date))
        for edit in (self.first, self.last):
            edit.blockSignals(False)
        self.label.setVisible(not custom)
        self.label.setText(period_text(self.current, self.language))
        self.forward.setEnabled(self.current.last < day_numbers.from_date(self.today))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def period_text(period: Period, language: str) -> str:
    first, last = period.first_date, period.last_date
    return f"{formatting.date(first, language)} – {formatting.date(last, language)}"
