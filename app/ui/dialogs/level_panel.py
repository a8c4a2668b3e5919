"""The customer card's level: a badge line with "Set level by hand…", and a tab listing when
each level was reached (services.loyalty.levels)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.loyalty import levels
from app.services.loyalty.ladder import Ladder
from app.services.loyalty.levels import HAND, Stretch, ladder_of
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.level_names import badge_colour, level_label
from app.ui.table_models.records_model import Column, RecordsTableModel


class LevelLine(QWidget):
    """"Level: VIP since 12 March 2026 [Set level by hand…]" above the card's tabs."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id: int | None = None
        self.ladder = ladder_of(context.settings)
        self.badge = QLabel()
        self.badge.setTextFormat(Qt.TextFormat.RichText)
        self.set_button = QPushButton(self.tr("Set level by hand…"))
        self.set_button.setAutoDefault(False)
        self.set_button.clicked.connect(self.choose_by_hand)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.badge, 1)
        row.addWidget(self.set_button)
        lang = context.language
        self.history_model = RecordsTableModel([
            Column(self.tr("Level"), lambda s: level_label(self.ladder, s.level)),
            Column(self.tr("Reached"), lambda s: formatting.date(s.since, lang),
                   lambda s: s.since),
            Column(self.tr("Until"), lambda s: formatting.date(s.until, lang) if s.until
                   else self.tr("now"), lambda s: s.until or s.since.max),
            Column(self.tr("How"), lambda s: self.tr("set by hand") if s.how == HAND
                   else self.tr("by the ladder")),
        ])
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().setVisible(False)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((160, 130, 130)):
            self.history_view.setColumnWidth(column, width)

    def load(self, customer_id: int) -> None:
        self.customer_id = customer_id
        stretches = levels.history(self.context.db, customer_id)
        self.history_model.set_records(list(reversed(stretches)))
        self._show(next((s for s in stretches if s.until is None), None))

    def _show(self, now: Stretch | None) -> None:
        if now is None:
            self.badge.setText(self.tr("Level: none yet (the first order gives one)"))
            return
        rank = self.ladder.index_of(now.level)
        badge = (f"<span style='background:{badge_colour(rank)}; padding:2px 6px;'>"
                 f"&nbsp;{level_label(self.ladder, now.level)}&nbsp;</span>")
        since = formatting.date(now.since, self.context.language)
        text = self.tr("Level: %1 since %2").replace("%1", badge).replace("%2", since)
        if now.how == HAND:
            text += " " + self.tr("(set by hand)")
        self.badge.setText(text)

    def choose_by_hand(self) -> None:
        if self.customer_id is None:
            return
        dialog = HandLevelDialog(self.ladder, self)
        dialog.accepted.connect(lambda: self._set(dialog.chosen()))
        dialog.open()

    def _set(self, key: str | None) -> None:
        assert self.customer_id is not None
        levels.set_by_hand(self.context.db, self.customer_id, key, self.context.clock.today())
        self.load(self.customer_id)
        self.context.signals.data_changed.emit("customers")
        self.changed.emit()


class HandLevelDialog(QDialog):
    def __init__(self, ladder: Ladder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set level by hand"))
        self.combo = QComboBox()
        self.combo.addItem(self.tr("By the ladder (automatic)"), None)
        for level in ladder.levels:
            self.combo.addItem(level_label(ladder, level.key), level.key)
        note = QLabel(self.tr("A level set by hand is never lowered by the ladder; reaching a "
                              "higher level by orders still lifts it."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        key = self.combo.currentData()
        return str(key) if key else None
