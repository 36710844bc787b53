"""The check-in screen's counter: the activity's participants, women and youth in large type,
and under it the day's line (how many are checked in that day, the facilitation team). Each
count opens the persons behind it (Tab to it, then Enter, Space or a click); the list closed,
`closed` says so (the screen gives the keyboard back to the search box).

A part of the check-in screen (view.py wires it and says when to count again).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from desktop_app.activities.counting import activity_counts
from desktop_app.store import Database
from desktop_app.ui.common.i18n import format_date
from desktop_app.ui.reports.count_links import CountLabel, CountLine
from desktop_app.ui.reports.count_parts import counter_parts
from desktop_app.ui.reports.explain_dialog import ExplainDialog, open_explanation


class CheckInCounter(QObject):
    """Its texts are translated under this class's name."""

    closed = Signal()  # a list behind a count was closed

    def __init__(
        self, database: Database, activity_id: int, youth_threshold: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.screen = parent  # the lists behind the counts open over it
        self.database = database
        self.activity_id = activity_id
        self.youth_threshold = youth_threshold
        self.line = CountLine()
        self.line.setObjectName("check_in_counter")
        font = QFont(self.line.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.line.setFont(font)
        self.day_line = CountLabel(field="team")
        self.day_line.setObjectName("check_in_day_counts")
        self.day_line.setToolTip(self.tr("Enter or click: the facilitation team"))
        self.line.activated.connect(self.open_count)
        self.day_line.activated.connect(self.open_count)

    def refresh(self, day: dt.date, checked_in: int) -> None:
        """Count again; `checked_in`: how many are checked in on `day`, the day shown."""
        counts = activity_counts(self.database, self.activity_id, self.youth_threshold)
        self.line.set_counts(counter_parts(counts.participants, counts.women, counts.youth))
        self.day_line.setText(
            self.tr("{day}: %Ln checked in · team {team}", "", checked_in).format(
                day=format_date(day), team=counts.team
            )
        )

    def open_count(self, field: str) -> ExplainDialog:
        """The persons behind a count of the activity."""
        dialog = open_explanation(
            self.screen,
            self.database,
            field,
            activity_id=self.activity_id,
            youth_threshold=self.youth_threshold,
        )
        dialog.finished.connect(lambda _result: self.closed.emit())
        return dialog
