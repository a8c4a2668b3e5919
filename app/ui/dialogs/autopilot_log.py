"""The autopilot log: every automatic e-mail, newest first — sent, failed (with the reason),
skipped (why), possibly sent, waiting — filterable by outcome.

The entries are read by a job; the filter works on that list (no query per click).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.autopilot import outbox
from app.services.autopilot.log import LogEntry, entries
from app.services.business import vocabulary
from app.services.settings import BUSINESS_TYPE
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.jobs import Job, LatestJobs
from app.ui.rule_names import rule_label
from app.ui.table_models.records_model import Column, RecordsTableModel


class AutopilotLogDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = LatestJobs(context.jobs)
        self.setWindowTitle(self.tr("Autopilot log"))
        self.resize(960, 520)
        language = context.language
        order = vocabulary(context.settings.get(BUSINESS_TYPE)).order
        self.outcomes = {
            outbox.SENT: self.tr("Sent"),
            outbox.FAILED: self.tr("Failed"),
            outbox.SKIPPED: self.tr("Skipped"),
            outbox.UNCERTAIN: self.tr("Possibly sent"),
            outbox.PLANNED: self.tr("Waiting"),
        }
        self.model = RecordsTableModel([
            Column(self.tr("When"),
                   lambda e: f"{formatting.date(e.at.date(), language)} {e.at:%H:%M}",
                   lambda e: e.at),
            Column(self.tr("Outcome"), lambda e: self.outcomes.get(e.outcome, e.outcome)),
            Column(self.tr("Customer"), lambda e: e.name),
            Column(self.tr("Reminder"), lambda e: rule_label(e.rule, order)),
            Column(self.tr("E-mail"), lambda e: e.email),
            Column(self.tr("Why"), lambda e: _reason(e.reason)),
        ])
        self.all: list[LogEntry] = []
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All outcomes"), "")
        for key, label in self.outcomes.items():
            self.filter.addItem(label, key)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_reason())
        # The reason in full (a server's answer is often longer than its column).
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self.tr("Reading the log…"))
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.filter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        db = self.context.db

        def work(_job: Job) -> list[LogEntry]:
            return entries(db)

        self.jobs.run("autopilot-log", work, on_success=self._loaded)

    def _loaded(self, found: list[LogEntry]) -> None:
        self.all = found
        self._apply()

    def _apply(self) -> None:
        wanted = self.filter.currentData()
        shown = [e for e in self.all if not wanted or e.outcome == wanted]
        self.model.set_records(shown)
        self.table.resizeColumnsToContents()
        self._show_reason()
        if not self.all:
            self.status.setText(self.tr(
                "Nothing was sent automatically yet. Turn on “Autopilot” for a reminder in "
                "Settings → Reminders; its e-mails and what became of them appear here."))
        elif not shown:
            self.status.setText(self.tr("No e-mails with this outcome."))
        else:
            self.status.setText(self.tr("%1 of %2 automatic e-mails, newest first.")
                                .replace("%1", str(len(shown))).replace("%2", str(len(self.all))))


    def _show_reason(self) -> None:
        index = self.table.selectionModel().currentIndex()
        records = self.model.records
        entry = records[index.row()] if index.isValid() and index.row() < len(records) else None
        self.reason.setText(_reason(entry.reason) if entry else "")
        self.reason.setVisible(bool(entry and entry.reason))


def _reason(reason: str) -> str:
    """A skip or interruption is one of autopilot's sentences; a failure is the server's
    words (translate returns them unchanged)."""
    return QCoreApplication.translate("autopilot", reason) if reason else ""
