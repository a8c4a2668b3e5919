"""Two small dialogs of feedback: record a 0-10 score with a comment, and log or edit a
complaint (status, resolution note, optional compensation). They only collect values; the
caller writes them through services.feedback.records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models import ComplaintStatus
from app.services.feedback.records import ComplaintLine
from app.services.money import MINOR_PER_UNIT, symbol
from app.ui import formatting


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def status_label(status: str) -> str:
    return {
        ComplaintStatus.OPEN.value: QCoreApplication.translate("feedback", "Open"),
        ComplaintStatus.IN_PROGRESS.value: QCoreApplication.translate("feedback", "In progress"),
        ComplaintStatus.RESOLVED.value: QCoreApplication.translate("feedback", "Resolved"),
    }.get(status, status)


def source_label(source: str) -> str:
    return {
        "card": QCoreApplication.translate("feedback", "Card"),
        "today": QCoreApplication.translate("feedback", "Today"),
        "import": QCoreApplication.translate("feedback", "Survey import"),
    }.get(source, source)


class ScoreDialog(QDialog):
    """0-10, "how likely are you to recommend us", with an optional comment."""

    def __init__(self, name: str, today: dt.date, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a score"))
        intro = QLabel(self.tr("%1's answer to “How likely are you to recommend us, from 0 to "
                               "10?”").replace("%1", name))
        intro.setWordWrap(True)
        self.score_spin = QSpinBox()
        self.score_spin.setRange(0, 10)
        self.score_spin.setValue(10)
        self.date_edit = QDateEdit(qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(formatting.locale_for(language))
        self.date_edit.setMaximumDate(qdate(today))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("What they said, in their words (optional)"))
        self.comment_edit.setFixedHeight(80)
        note = QLabel(self.tr("A score of 0–6 opens a complaint and puts an apology on Today."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(self.tr("Score"), self.score_spin)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Comment"), self.comment_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(440, 0)


class ComplaintDialog(QDialog):
    """A new complaint (its text and day) or an existing one's status and outcome."""

    def __init__(self, name: str, today: dt.date, language: str, currency: str,
                 complaint: ComplaintLine | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complaint") if complaint else self.tr("Log a complaint"))
        header = QLabel(f"<b>{name}</b>")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("What went wrong, in their words"))
        self.text_edit.setFixedHeight(70)
        self.date_edit = QDateEdit(qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(formatting.locale_for(language))
        self.date_edit.setMaximumDate(qdate(today))
        self.status_combo = QComboBox()
        for status in ComplaintStatus:
            self.status_combo.addItem(status_label(status.value), status.value)
        self.resolution_edit = QPlainTextEdit()
        self.resolution_edit.setPlaceholderText(self.tr("What was done about it"))
        self.resolution_edit.setFixedHeight(60)
        self.compensation_edit = QLineEdit()
        self.compensation_edit.setPlaceholderText(self.tr("e.g. a replacement, a 10% discount"))
        self.amount_spin = QDoubleSpinBox()
        self.amount_spin.setRange(0, 10_000_000_000)
        self.amount_spin.setDecimals(2)
        self.amount_spin.setSuffix(f" {symbol(currency, language)}")
        self.amount_spin.setSpecialValueText(self.tr("none"))
        self.amount_spin.setLocale(formatting.locale_for(language))
        form = QFormLayout()
        form.addRow(self.tr("Complaint"), self.text_edit)
        form.addRow(self.tr("Opened on"), self.date_edit)
        if complaint is not None:
            self.text_edit.setPlainText(complaint.text)
            self.text_edit.setReadOnly(True)
            self.date_edit.setDate(qdate(complaint.opened_on))
            self.date_edit.setEnabled(False)
            self.status_combo.setCurrentIndex(self.status_combo.findData(complaint.status))
            self.resolution_edit.setPlainText(complaint.resolution)
            self.compensation_edit.setText(complaint.compensation)
            self.amount_spin.setValue((complaint.compensation_minor or 0) / MINOR_PER_UNIT)
            form.addRow(self.tr("Status"), self.status_combo)
            form.addRow(self.tr("Resolution"), self.resolution_edit)
            form.addRow(self.tr("Compensation"), self.compensation_edit)
            form.addRow(self.tr("Its cost"), self.amount_spin)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, 0)

    def status(self) -> str:
        return str(self.status_combo.currentData())

    def compensation_minor(self) -> int | None:
        minor = round(self.amount_spin.value() * MINOR_PER_UNIT)
        return minor or None
