"""What Today says when its list is empty: the day's work is done, or nothing is due (and who
may come back soon)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.names import display_name
from app.services.reminders.tasks import ComeBack, TodayList
from app.ui import business_words as words
from app.ui import formatting
from app.ui.widgets.centered import centered_column


class TodayEmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(centered_column(self.title, self.text))
        layout.addStretch(2)

    def show_state(self, listed: TodayList, come_back: list[ComeBack], person: str,
                   language: str) -> None:
        if listed.day_done:
            self.title.setText("<h2>%1</h2>".replace("%1", self.tr("Done for today")))
            written = listed.contacted_today
            self.text.setText(words.by_person(
                person,
                self.tr("You have written to %n customer(s) from the list today: that is "
                        "the day's number from Settings.", "", written),
                self.tr("You have written to %n client(s) from the list today: that is "
                        "the day's number from Settings.", "", written),
                self.tr("You have written to %n student(s) from the list today: that is "
                        "the day's number from Settings.", "", written))
                + " " + self.tr("%n more are waiting; they come up from tomorrow.", "",
                                len(listed.later)))
            return
        self.title.setText("<h2>%1</h2>".replace("%1", self.tr("Nothing due today")))
        if not come_back:
            self.text.setText(words.by_person(
                person,
                self.tr("Nobody needs a message today. Customers whose usual rhythm says they "
                        "will buy again soon will show up here."),
                self.tr("Nobody needs a message today. Clients whose usual rhythm says they "
                        "will book again soon will show up here."),
                self.tr("Nobody needs a message today. Students whose usual rhythm says they "
                        "will have a lesson again soon will show up here.")))
            return
        lines = []
        for c in come_back:
            when = formatting.date(c.expected_on, language)
            rhythm = self.tr("usually every %n day(s)", "", c.interval_days)
            lines.append(f"<li><b>{escape(display_name(c.name))}</b> — {when} ({rhythm})</li>")
        self.text.setText(self.tr("Here is who may come back soon:")
                          + f"<ul>{''.join(lines)}</ul>")


