"""The card's Points tab (only while points are on): the balance, points still waiting and the
next lapse, the ledger, and Redeem… / Adjust…. Reads and writes run as jobs; a refusal is the
service's sentence under the buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import UserFacingError
from app.services.points import store
from app.services.points.facts import format_points
from app.services.points.store import Entry, RedeemTooMuchError, Summary
from app.services.settings import CURRENCY, POINTS_MAX_SHARE, POINTS_REMIND_DAYS
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message, tr_error
from app.ui.jobs import LatestJobs
from app.ui.table_models.records_model import Column, RecordsTableModel


class PointsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id: int | None = None
        self._loads = LatestJobs(context.jobs)
        lang, currency = context.language, context.settings.get(CURRENCY)
        kinds = {"earned": self.tr("Earned"), "redeemed": self.tr("Redeemed"),
                 "adjusted": self.tr("Adjusted"), "expired": self.tr("Expired")}

        self.balance_label = QLabel()
        self.balance_label.setWordWrap(True)
        self.redeem_button = QPushButton(self.tr("Redeem…"))
        self.redeem_button.setToolTip(self.tr("She pays part of an order with points."))
        self.redeem_button.clicked.connect(lambda: self._open(redeem=True))
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.adjust_button.setToolTip(self.tr("Add or take away points by hand, with a reason."))
        self.adjust_button.clicked.connect(lambda: self._open(redeem=False))
        top = QHBoxLayout()
        top.addWidget(self.balance_label, 1)
        top.addWidget(self.redeem_button)
        top.addWidget(self.adjust_button)

        def points_text(e: Entry) -> str:
            shown = format_points(e.points_minor, lang)
            return f"+{shown}" if e.points_minor > 0 else shown

        def what(e: Entry) -> str:
            if e.kind == "earned" and e.active_on > context.clock.today():
                return self.tr("Earned, can be spent from %1").replace(
                    "%1", formatting.date(e.active_on, lang))
            return kinds.get(e.kind, e.kind)

        self.model = RecordsTableModel([
            Column(self.tr("Date"), lambda e: formatting.date(e.day, lang), lambda e: e.day),
            Column(self.tr("What"), what),
            Column(self.tr("Points"), points_text, lambda e: e.points_minor, numeric=True),
            Column(self.tr("Order"), lambda e: formatting.money(e.order_minor, currency, lang)
                   if e.order_minor is not None else "", lambda e: e.order_minor or 0,
                   numeric=True),
            Column(self.tr("Reason"), lambda e: e.reason),
        ])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column, width in enumerate((100, 0, 90, 110, 0)):
            if width:
                self.view.setColumnWidth(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr(
            "No points yet. They are earned on every order from the day points were turned on "
            "(Settings → Points)."))
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self.summary: Summary | None = None

    def load(self, customer_id: int) -> None:
        self.customer_id = customer_id
        db, settings = self.context.db, self.context.settings
        today, now = self.context.clock.today(), self.context.clock.now()
        within = int(settings.get(POINTS_REMIND_DAYS))

        def work(_job: object) -> Summary:
            # Her sales since the start of the day (a hand sale a minute ago) earn at once.
            store.sync(db, settings, today, now, customer_id)
            return store.summary(db, settings, customer_id, today, within)

        self._loads.run("points-card", work, on_success=self.show_summary)

    def show_summary(self, summary: Summary) -> None:
        self.summary = summary
        lang = self.context.language
        parts = [self.tr("Balance: <b>%1</b> points").replace(
            "%1", format_points(summary.balance_minor, lang))]
        if summary.waiting_minor:
            parts.append(self.tr("%1 more can be spent later").replace(
                "%1", format_points(summary.waiting_minor, lang)))
        if summary.expiring is not None:
            day, amount = summary.expiring
            parts.append(self.tr("%1 expire on %2").replace(
                "%1", format_points(amount, lang)).replace("%2", formatting.date(day, lang)))
        self.balance_label.setText(" · ".join(parts))
        self.redeem_button.setEnabled(summary.balance_minor > 0)
        self.empty_label.setVisible(not summary.entries)
        self.view.setVisible(bool(summary.entries))
        self.model.set_records(summary.entries)

    def _open(self, *, redeem: bool) -> None:
        if self.customer_id is None:
            return
        dialog = PointsDialog(self.context, self.customer_id, redeem=redeem,
                              balance_minor=self.summary.balance_minor if self.summary else 0,
                              parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.signals.data_changed.emit("customers")
            self.load(self.customer_id)


class PointsDialog(QDialog):
    """Redeem (points, optionally against an order of a given amount, a note) or adjust (plus or
    minus, a reason required). The service decides; its refusal stays on screen."""

    def __init__(self, context: AppContext, customer_id: int, *, redeem: bool,
                 balance_minor: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.customer_id, self.redeem = context, customer_id, redeem
        lang = context.language
        self.setWindowTitle(self.tr("Redeem points") if redeem else self.tr("Adjust points"))
        self.points = QDoubleSpinBox()
        self.points.setDecimals(2)
        self.points.setRange(0.0 if redeem else -1e7, 1e7)
        self.order = QDoubleSpinBox()
        self.order.setDecimals(2)
        self.order.setRange(0.0, 1e9)
        self.order.setSpecialValueText(self.tr("no order"))
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Points"), self.points)
        if redeem:
            share = int(context.settings.get(POINTS_MAX_SHARE))
            form.addRow(self.tr("Order amount"), self.order)
            hint = self.tr("Balance: %1. Points pay at most %2 % of an order.").replace(
                "%1", format_points(balance_minor, lang)).replace("%2", str(share))
            self.reason.setPlaceholderText(self.tr("Note (optional)"))
            form.addRow(self.tr("Note"), self.reason)
        else:
            hint = self.tr("A positive number adds points, a negative one takes them away.")
            self.reason.setPlaceholderText(self.tr("Why: a gift, a mistake at the till…"))
            form.addRow(self.tr("Reason"), self.reason)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def submit(self) -> None:
        db, settings = self.context.db, self.context.settings
        today, now = self.context.clock.today(), self.context.clock.now()
        points = round(self.points.value() * 100)
        order = round(self.order.value() * 100) or None
        text, customer, redeem = self.reason.text(), self.customer_id, self.redeem

        def work(_job: object) -> None:
            if redeem:
                store.redeem(db, settings, customer, points, today, now, order_minor=order,
                             note=text)
            else:
                store.adjust(db, customer, points, text, today, now)

        self.context.jobs.run("points-write", work, on_success=self._done,
                              on_failure=self._refused)

    def _done(self, _result: Any) -> None:
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        text = error_message(error)
        if isinstance(error, RedeemTooMuchError):
            text = tr_error(error.message, [format_points(error.cap_minor, self.context.language)])
        self.error_label.setText(text)
        self.error_label.setVisible(True)
