"""The message scripts as a list: name (with its language when all are shown), built-in or not."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.services.messages.library import TemplateInfo

_Index = QModelIndex | QPersistentModelIndex


class TemplateListModel(QAbstractListModel):
    def __init__(self, builtin_tip: str, modified_tip: str, own_tip: str) -> None:
        super().__init__()
        self.templates: list[TemplateInfo] = []
        self.show_language = False
        self.tips = (builtin_tip, modified_tip, own_tip)

    def set_templates(self, templates: Sequence[TemplateInfo], show_language: bool) -> None:
        self.beginResetModel()
        self.templates = list(templates)
        self.show_language = show_language
        self.endResetModel()

    def template_at(self, row: int) -> TemplateInfo | None:
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def row_of(self, template_id: int | None) -> int:
        for row, template in enumerate(self.templates):
            if template.id == template_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.templates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        template = self.template_at(index.row()) if index.isValid() else None
        if template is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = f"[{template.language.upper()}] " if self.show_language else ""
            return prefix + template.name + (" *" if template.is_modified else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if not template.is_builtin:
                return self.tips[2]
            return self.tips[1] if template.is_modified else self.tips[0]
        if role == Qt.ItemDataRole.FontRole and not template.is_builtin:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return template.id
        return None
