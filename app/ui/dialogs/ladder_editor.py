"""Settings → Loyalty: the ladder's levels (name, orders ≥, spent ≥, and/or), the window and the
grace days, with who would move shown before anything is saved (services.loyalty.preview)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.loyalty.ladder import (
    BUILTIN_NAMES,
    WINDOW_ALL,
    WINDOW_YEAR,
    Ladder,
    Level,
    new_key,
)
from app.services.loyalty.levels import ladder_of
from app.services.loyalty.preview import LadderPreview, preview
from app.services.money import MINOR_PER_UNIT, symbol, to_units
from app.services.settings import CURRENCY
from app.ui.context import AppContext
from app.ui.jobs import LatestJobs
from app.ui.level_names import level_label

SHOWN_NAMES = 8  # movers named in the preview; the rest are counted


class _Row:
    def __init__(self, level: Level, shown_name: str, currency: str) -> None:
        self.key = level.key
        self.builtin_name = shown_name if not level.name.strip() else ""
        self.name = QLineEdit(level.name.strip() or shown_name)
        self.orders = QSpinBox()
        self.orders.setRange(0, 100_000)
        self.orders.setValue(level.orders)
        self.orders.setSpecialValueText("—")
        self.money = QDoubleSpinBox()
        self.money.setRange(0, 1e9)
        self.money.setDecimals(0)
        self.money.setSuffix(f" {currency}")
        self.money.setSpecialValueText("—")
        self.money.setValue(to_units(level.money_minor))
        self.join = QComboBox()
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(32)

    def level(self) -> Level:
        typed = self.name.text().strip()
        # The built-in name left as shown stays "" so it keeps following the UI language.
        name = "" if typed == self.builtin_name else typed
        money = round(self.money.value() * MINOR_PER_UNIT)
        return Level(self.key, name, self.orders.value(), money, str(self.join.currentData()))


class LadderEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved = ladder_of(context.settings)
        self._currency = symbol(context.settings.get(CURRENCY), context.language)
        self._rows: list[_Row] = []
        self._jobs = LatestJobs(context.jobs)
        self.last_preview: LadderPreview | None = None

        intro = QLabel(self.tr(
            "A customer stands on the highest level whose conditions she meets. Moving up is "
            "at once; moving down waits for the grace days. A level set by hand on the card is "
            "never lowered."))
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        for column, title in enumerate((self.tr("Level"), self.tr("Orders ≥"),
                                        self.tr("Spent ≥"), self.tr("Conditions"))):
            self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.add_button = QPushButton(self.tr("Add a level"))
        self.add_button.clicked.connect(self._add_level)
        self.window_combo = QComboBox()
        self.window_combo.addItem(self.tr("the whole history"), WINDOW_ALL)
        self.window_combo.addItem(self.tr("the last 365 days"), WINDOW_YEAR)
        self.grace = QSpinBox()
        self.grace.setRange(0, 3650)
        self.grace.setSuffix(self.tr(" days"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Count orders and money over"), self.window_combo)
        form.addRow(self.tr("Wait before lowering a level"), self.grace)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.update_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addLayout(form)
        layout.addWidget(self.preview_label, 1)
        self.set_ladder(self.saved)
        self.window_combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.grace.valueChanged.connect(lambda _v: self._timer.start())

    # --- the ladder in the fields -----------------------------------------------------------

    def set_ladder(self, ladder: Ladder) -> None:
        for row in self._rows:
            for widget in (row.name, row.orders, row.money, row.join, row.remove):
                widget.deleteLater()
        self._rows = []
        for level in ladder.levels:
            self._append(level)
        self.window_combo.setCurrentIndex(max(self.window_combo.findData(ladder.window), 0))
        self.grace.setValue(ladder.grace_days)
        self.preview_label.setText(self.tr("Change a level to see who would move."))

    def _append(self, level: Level) -> None:
        shown = level_label(self.saved, level.key) if level.key in BUILTIN_NAMES else ""
        row = _Row(level, shown, self._currency)
        row.join.addItem(self.tr("both"), "and")
        row.join.addItem(self.tr("either"), "or")
        row.join.setCurrentIndex(1 if level.join == "or" else 0)
        row.remove.setToolTip(self.tr("Remove this level"))
        row.remove.clicked.connect(lambda: self._remove(row))
        number = len(self._rows) + 1
        for column, widget in enumerate((row.name, row.orders, row.money, row.join, row.remove)):
            self.grid.addWidget(widget, number, column)
        row.name.textChanged.connect(lambda _t: self._timer.start())
        row.orders.valueChanged.connect(lambda _v: self._timer.start())
        row.money.valueChanged.connect(lambda _v: self._timer.start())
        row.join.currentIndexChanged.connect(lambda _i: self._timer.start())
        self._rows.append(row)

    def _add_level(self) -> None:
        ladder = self.ladder()
        top = ladder.levels[-1].orders + 1 if ladder.levels else 1
        self._append(Level(new_key(ladder), self.tr("New level"), orders=top))
        self._timer.start()

    def _remove(self, row: _Row) -> None:
        kept = [r.level() for r in self._rows if r is not row]
        self.set_ladder(Ladder(tuple(kept), self.ladder().window, self.grace.value()))
        self._timer.start()

    def ladder(self) -> Ladder:
        return Ladder(tuple(r.level() for r in self._rows),
                      str(self.window_combo.currentData()), self.grace.value())

    def changed(self) -> bool:
        return self.ladder() != self.saved

    # --- who would move ---------------------------------------------------------------------

    def update_preview(self) -> None:
        proposed, saved = self.ladder(), self.saved
        db, today = self.context.db, self.context.clock.today()
        self.preview_label.setText(self.tr("Counting…"))
        self._jobs.run("ladder preview", lambda _job: preview(db, proposed, today, saved),
                       on_success=lambda result: self._show(proposed, result))

    def _show(self, proposed: Ladder, seen: LadderPreview) -> None:
        self.last_preview = seen
        lines = []
        for level in proposed.levels:
            now = seen.counts_now.get(level.key, 0)
            then = seen.counts_proposed.get(level.key, 0)
            name = level.name.strip() or level_label(self.saved, level.key)
            lines.append(self.tr("%1: %2 now → %3").replace("%1", name)
                         .replace("%2", str(now)).replace("%3", str(then)))
        parts = ["<br>".join(lines)]
        for title, moves in ((self.tr("Would move up: %1"), seen.up),
                             (self.tr("Would move down: %1"), seen.down)):
            if not moves:
                continue
            names = ", ".join(m.name for m in moves[:SHOWN_NAMES])
            if len(moves) > SHOWN_NAMES:
                names += " " + self.tr("and %1 more").replace("%1",
                                                              str(len(moves) - SHOWN_NAMES))
            parts.append(f"<b>{title.replace('%1', str(len(moves)))}</b> {names}")
        if not seen.up and not seen.down:
            parts.append(self.tr("Nobody would change level."))
        self.preview_label.setText("<br><br>".join(parts))
