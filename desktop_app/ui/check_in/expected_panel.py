"""The expected list at the check-in screen: "Expected 40 · arrived 27 · not yet 13" under the
counter, and on F8 the persons not arrived yet on the day shown, then the walk-ins (checked in
without being on the list: "not invited").

A widget of its own that the screen adds below its counter: it counts the list again whenever
the screen's counts change (every check-in, undo, day change or change made elsewhere), reads
the names only while the lists are shown, and shows nothing for an activity without an
expected list. The lists never take the focus: the
search box keeps it, for the next arrival.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop_app.door.expected import ExpectedCounts, ExpectedDay, expected_counts, expected_day
from desktop_app.store import Database
from desktop_app.ui.check_in.day_log import person_label
from desktop_app.ui.common.actions import make_action

TOGGLE_KEY = "F8"


class _Activity(Protocol):
    @property
    def id(self) -> int: ...


class _Screen(Protocol):
    """What the panel follows of the check-in screen."""

    database: Database
    counts_changed: SignalInstance

    @property
    def activity(self) -> _Activity: ...

    def current_day(self) -> dt.date: ...
    def addAction(self, action: QAction) -> None: ...


class ExpectedPanel(QWidget):
    def __init__(
        self,
        database: Database,
        activity_id: Callable[[], int],
        current_day: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("check_in_expected")
        self._database = database
        self._activity_id = activity_id
        self._current_day = current_day
        self.day: ExpectedDay | None = None  # the names, read while the lists are shown
        self.counts: ExpectedCounts | None = None
        self.summary = QLabel()
        self.summary.setObjectName("check_in_expected_summary")
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)
        self.hint = QLabel()
        self.toggle_action = make_action(
            self, self.tr("Show or hide who has not arrived yet"), self.toggle, TOGGLE_KEY
        )
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.not_yet = self._list("check_in_not_yet")
        self.walk_ins_title = QLabel()
        self.walk_ins = self._list("check_in_walk_ins")
        self.not_yet_title = QLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary)
        row.addWidget(self.hint, 1)
        self.lists = QWidget()
        lists = QHBoxLayout(self.lists)
        lists.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (self.not_yet_title, self.not_yet),
            (self.walk_ins_title, self.walk_ins),
        ):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(widget)
            lists.addLayout(column, 1)
        self.lists.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.lists)

    @classmethod
    def for_screen(cls, screen: _Screen) -> ExpectedPanel:
        """The panel of the check-in screen, following its counts, F8 on it."""
        panel = cls(screen.database, lambda: screen.activity.id, screen.current_day)
        screen.addAction(panel.toggle_action)
        screen.counts_changed.connect(panel.refresh)
        return panel

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.setMaximumHeight(160)
        return widget

    def toggle(self) -> None:
        if self.counts is not None and self.counts.expected:
            self.lists.setVisible(self.lists.isHidden())
            self._show_hint()
            if self.lists.isVisible():
                self._fill_lists()

    def _show_hint(self) -> None:
        self.hint.setText(
            self.tr("F8: hide the lists")
            if self.lists.isVisible()
            else self.tr("F8: who has not arrived yet")
        )

    def refresh(self) -> None:
        """The figures after every change; the names only while the lists are shown (a scan
        at the door must not read the whole list again: docs/door.md, the bench)."""
        counts = expected_counts(self._database, self._activity_id(), self._current_day())
        self.counts = counts
        self.setVisible(bool(counts.expected))
        if not counts.expected:
            self.day = None
            return
        self.summary.setText(
            self.tr("Expected {expected} · arrived {arrived} · not yet {not_yet}").format(
                expected=counts.expected, arrived=counts.arrived, not_yet=counts.not_yet
            )
            + (
                self.tr(" · not invited {count}").format(count=counts.walk_ins)
                if counts.walk_ins
                else ""
            )
        )
        self._show_hint()
        if self.lists.isVisible():
            self._fill_lists()
        else:
            self.day = None  # read again when the lists are shown

    def _fill_lists(self) -> None:
        day = expected_day(self._database, self._activity_id(), self._current_day())
        self.day = day
        not_yet = day.not_yet
        self.not_yet_title.setText(self.tr("Not arrived yet: %n", "", len(not_yet)))
        self.not_yet.clear()
        for row in not_yet:
            label = person_label(row.family_name, row.given_names)
            self.not_yet.addItem(f"{label} — {row.organisation}" if row.organisation else label)
        self.walk_ins_title.setText(self.tr("Not invited: %n", "", len(day.walk_ins)))
        self.walk_ins.clear()
        for row in day.walk_ins:
            self.walk_ins.addItem(person_label(row.family_name, row.given_names))
