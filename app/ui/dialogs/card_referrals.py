"""The card's Recommendations tab: her code and the kit to forward, "Who recommended us" (search
as you type by name, phone, e-mail or code), the bonus recorded, and the people she brought with
the money they spent. Reads and writes run as jobs; refusals are the service's sentences."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import UserFacingError
from app.services.names import display_name
from app.services.phones import format_phone
from app.services.referrals import rules
from app.services.referrals.card import ReferralCard, Reward, load_card
from app.services.referrals.picker import ReferrerHit, ReferrerIndex, load_referrer_index
from app.services.settings import CURRENCY
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message
from app.ui.jobs import LatestJobs
from app.ui.table_models.records_model import Column, RecordsTableModel


class ReferralsTab(QWidget):
    def __init__(self, context: AppContext, on_write: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id: int | None = None
        self._index: ReferrerIndex | None = None
        self._loads = LatestJobs(context.jobs)
        self._on_write = on_write
        lang, currency = context.language, context.settings.get(CURRENCY)

        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy the code"))
        self.copy_button.clicked.connect(self._copy_code)
        self.kit_button = QPushButton(self.tr("Send the referral kit…"))
        self.kit_button.setToolTip(self.tr(
            "A message they can forward to friends: your contacts, their code and the "
            "friend's bonus (Settings → Shop)."))
        self.kit_button.clicked.connect(lambda: self._on_write("referral_kit"))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label, 1)
        code_row.addWidget(self.copy_button)
        code_row.addWidget(self.kit_button)

        self.referrer_label = QLabel()
        self.referrer_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Remove"))
        self.clear_button.clicked.connect(lambda: self._save(None))
        referrer_row = QHBoxLayout()
        referrer_row.addWidget(self.referrer_label, 1)
        referrer_row.addWidget(self.clear_button)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, phone, e-mail or the friend's code"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(96)
        self.results.setVisible(False)  # until something is typed
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._show_results)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        self.brought_title = QLabel()
        self.brought_model = RecordsTableModel([
            Column(self.tr("Friend"), lambda f: display_name(f.name)),
            Column(self.tr("First order"), lambda f: formatting.date(f.first_day, lang)
                   if f.first_day else self.tr("not yet"), lambda f: f.first_day),
            Column(self.tr("Spent"), lambda f: formatting.money(f.revenue_minor, currency, lang),
                   lambda f: f.revenue_minor, numeric=True),
            Column(self.tr("Their bonus"), lambda f: _bonus(f.reward, self.tr("recorded"))),
        ])
        self.brought_view = QTableView()
        self.brought_view.setModel(self.brought_model)
        self.brought_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.brought_view.verticalHeader().setVisible(False)
        header = self.brought_view.horizontalHeader()
        for column, width in enumerate((0, 110, 110, 0)):
            if width:
                self.brought_view.setColumnWidth(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        form = QFormLayout()
        form.addRow(self.tr("Code for friends"), code_row)
        form.addRow(self.tr("Who recommended us"), referrer_row)
        form.addRow("", self.search)
        form.addRow("", self.results)
        form.addRow("", self.error_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.brought_title)
        layout.addWidget(self.brought_view, 1)
        self._card: ReferralCard | None = None

    # --- loading --------------------------------------------------------------------------------

    def load(self, customer_id: int) -> None:
        self.customer_id = customer_id
        db = self.context.db
        self._loads.run("referral-card", lambda _job: load_card(db, customer_id),
                        on_success=self.show_card)
        if self._index is None:
            self._loads.run("referrer-index", lambda _job: load_referrer_index(db),
                            on_success=self._index_ready)

    def _index_ready(self, index: ReferrerIndex) -> None:
        self._index = index
        self._show_results()

    def show_card(self, card: ReferralCard) -> None:
        self._card = card
        self.code_label.setText(f"<b>{card.code}</b>" if card.code else "")
        if card.referrer is None:
            self.referrer_label.setText(self.tr(
                "Nobody yet. When a friend's code or name is given at the first order, find "
                "the friend below."))
        else:
            text = self.tr("%1 — came by their recommendation").replace(
                "%1", display_name(card.referrer.name))
            if card.reward is not None:
                text += "\n" + self.tr("Friend's bonus for the first order (%1): %2").replace(
                    "%1", formatting.date(card.reward.day, self.context.language)).replace(
                    "%2", card.reward.friend_bonus or self.tr("recorded"))
            self.referrer_label.setText(text)
        self.clear_button.setVisible(card.referrer is not None)
        currency = self.context.settings.get(CURRENCY)
        if card.brought:
            self.brought_title.setText(self.tr(
                "People they brought: %1, who spent %2").replace(
                "%1", str(len(card.brought))).replace(
                "%2", formatting.money(card.brought_revenue_minor, currency,
                                       self.context.language)))
        else:
            self.brought_title.setText(self.tr(
                "People they brought: nobody yet. Send them the referral kit with their code."))
        self.brought_model.set_records(card.brought)

    # --- choosing the referrer ------------------------------------------------------------------

    def _show_results(self) -> None:
        self.results.clear()
        self.results.setVisible(bool(self.search.text().strip()))
        if self._index is None or not self.search.text().strip():
            return
        for hit in self._index.search(self.search.text()):
            if hit.hit.id == self.customer_id:
                continue
            item = QListWidgetItem(_hit_text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit.hit.id)
            self.results.addItem(item)
        if not self.results.count():
            item = QListWidgetItem(self.tr("Nobody found by this name, phone, e-mail or code."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        referrer = item.data(Qt.ItemDataRole.UserRole)
        if referrer is not None:
            self._save(int(referrer))

    def _save(self, referrer_id: int | None) -> None:
        if self.customer_id is None:
            return
        db, friend, today = self.context.db, self.customer_id, self.context.clock.today()
        self.error_label.setVisible(False)

        def work(_job: object) -> None:
            rules.set_referrer(db, friend, referrer_id, today)

        self.context.jobs.run("set-referrer", work, on_success=self._saved,
                              on_failure=self._refused)

    def _saved(self, _result: object) -> None:
        self.search.clear()
        self.context.signals.data_changed.emit("customers")
        if self.customer_id is not None:
            self.load(self.customer_id)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        self.error_label.setText(error_message(error))
        self.error_label.setVisible(True)

    def _copy_code(self) -> None:
        if self._card is not None and self._card.code:
            QApplication.clipboard().setText(self._card.code)


def _hit_text(hit: ReferrerHit) -> str:
    contact = format_phone(hit.hit.phone) or hit.hit.phone or hit.hit.email
    parts = [display_name(hit.hit.name), contact, hit.code]
    return "  ·  ".join(p for p in parts if p)


def _bonus(reward: Reward | None, recorded: str) -> str:
    """The referrer's side of the bonus as recorded ("recorded" when the setting was empty)."""
    if reward is None:
        return ""
    return reward.referrer_bonus or recorded

