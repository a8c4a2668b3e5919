"""A table header with a drop-down under each column's name (the column dialog's choosers).

The choosers belong to the header, not to the table's cells: a model reset (the preview
refreshed after a change) deletes a view's cell widgets, and they would vanish with it. In the
header they also stay in sight when the preview is scrolled down.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Slot
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

_GAP = 3  # around each drop-down


class ComboHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.combos: list[QComboBox] = []
        self._height = 0  # of the tallest drop-down
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.sectionResized.connect(self._section_resized)
        self.geometriesChanged.connect(self._place)

    def set_combos(self, combos: list[QComboBox]) -> None:
        """One drop-down per section, in section order; the header owns them."""
        for old in self.combos:
            old.deleteLater()
        self.combos = list(combos)
        self._height = max((c.sizeHint().height() for c in self.combos), default=0)
        for combo in self.combos:
            combo.setParent(self.viewport())
        self.updateGeometry()
        self._place()

    def _combo_height(self) -> int:
        return self._height

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.combos:
            hint.setHeight(hint.height() + self._combo_height() + 2 * _GAP)
        return hint

    def minimumSectionSize(self) -> int:
        return max(super().minimumSectionSize(), 60)

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        # The name takes the top; the drop-down covers the rest of the section.
        label = QRect(rect)
        label.setHeight(max(rect.height() - self._combo_height() - 2 * _GAP, 0))
        super().paintSection(painter, label, index)

    @Slot(int, int, int)
    def _section_resized(self, _section: int, _old: int, _new: int) -> None:
        self._place()

    @Slot()
    def _place(self) -> None:
        """Each drop-down under its section's name (moved only when it has to be: this runs on
        every resize of every section)."""
        height = self._combo_height()
        top = self.height() - height - _GAP
        for section, combo in enumerate(self.combos):
            if section >= self.count() or self.isSectionHidden(section):
                combo.setVisible(False)
                continue
            place = QRect(self.sectionViewportPosition(section) + _GAP, top,
                          self.sectionSize(section) - 2 * _GAP, height)
            if combo.geometry() != place:
                combo.setGeometry(place)
            if combo.isHidden():
                combo.setVisible(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
