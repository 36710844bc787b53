"""The persons and rows behind one count, in a dialog: a title saying which count, a sortable
table (click a header), the total (equal to the count), and Enter to open a row's person or
head count. F5 counts again (after a person was corrected).

Open it with `open_explanation(parent, database, field, activity_id=... | period=...)`. The
list is read off the UI thread (a period's list holds tens of thousands of rows). Another
feature's list of the same shape (an indicator's figure) comes with its own `loader` and
`heading` instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.counting import PeriodFilter
from desktop_app.activities.explain import Explanation, explain, field_label
from desktop_app.store import Database
from desktop_app.ui.common.formats import format_range
from desktop_app.ui.common.i18n import format_date, format_number
from desktop_app.ui.common.record_links import links_for
from desktop_app.ui.common.text import error_text, translate_message
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.models.counted import CountedRow, CountedRowsModel, rows_of
from desktop_app.ui.widgets.open_on_enter_table import OpenOnEnterTable


class ExplainDialog(QDialog):
    """Emits `loaded` when the list is on screen."""

    loaded = Signal()

    def __init__(
        self,
        database: Database,
        field: str,
        *,
        activity_id: int | None = None,
        period: PeriodFilter | None = None,
        youth_threshold: int | None = None,
        parent: QWidget | None = None,
        loader: Callable[[], Explanation] | None = None,
        heading: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExplainDialog")
        self.loader = loader
        self.heading_text = heading
        self.database = database
        self.field = field
        self.activity_id = activity_id
        self.period = period
        self.youth_threshold = youth_threshold
        self.explanation: Explanation | None = None
        self._task: Task | None = None
        kind = "activity" if activity_id is not None else "period"
        if field.startswith("unique_"):
            kind = "unique"
        self.model = CountedRowsModel(kind, self)
        self._build()
        self.resize(1100, 560)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("explain_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.table = OpenOnEnterTable(self)
        self.table.setObjectName("explain_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(lambda _c, _o: header.setSortIndicatorShown(True))
        self.table.open_requested.connect(self.open_row)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.total_label = QLabel(self)
        self.total_label.setObjectName("explain_total")
        self.total_label.setWordWrap(True)
        hint_text = self.tr(
            "Enter or double click: open the person (or the head counts). Click a column "
            "header to sort. F5: count again."
        )
        if not self.database.reads_persons:  # the analyst: pseudonyms, no person to open
            hint_text = self.tr(
                "Each person is shown by their pseudonym, the same as in the pseudonymised "
                "export: your account sees no names. Enter or double click on a head count: "
                "open it. Click a column header to sort. F5: count again."
            )
        hint = QLabel(hint_text, self)
        hint.setObjectName("explain_hint")
        hint.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    # Loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._task is not None and not self._task.is_finished():
            self._task.cancel()
        database, field = self.database, self.field
        activity_id, period, threshold = self.activity_id, self.period, self.youth_threshold
        self.total_label.setText(self.tr("Counting…"))
        loader = self.loader or (
            lambda: explain(
                database,
                field,
                activity_id=activity_id,
                period=period,
                youth_threshold=threshold,
            )
        )
        task = run_task(lambda _progress, _cancelled: loader(), self)
        task.succeeded.connect(self.show_explanation)
        task.failed.connect(lambda error: self.total_label.setText(error_text(error)))
        self._task = task

    def show_explanation(self, explanation: Explanation) -> None:
        self.explanation = explanation
        self.model.set_rows(rows_of(explanation))
        note = self.model.columnCount() - 1  # head counts' days and notes only
        self.table.setColumnHidden(note, not explanation.head_counts)
        label = translate_message(field_label(explanation.field, explanation.youth_threshold))
        total = format_number(explanation.total)
        self.setWindowTitle(self.tr("{count}: {total}").format(count=label, total=total))
        if explanation.activity is not None:
            where = self.tr("activity “{title}”, {date}").format(
                title=explanation.activity.title, date=format_date(explanation.activity.start_date)
            )
        else:
            period = explanation.period or PeriodFilter()
            where = self.tr("activities from {start} to {end}").format(
                start=format_date(period.start) if period.start else "…",
                end=format_date(period.end) if period.end else "…",
            )
            if period.start and period.end:
                where = self.tr("activities of {dates}").format(
                    dates=format_range(period.start, period.end)
                )
        if self.heading_text is not None:
            label = self.heading_text
            self.setWindowTitle(self.tr("{count}: {total}").format(count=label, total=total))
        self.heading.setText(
            self.tr("{count}: {total} — {where}").format(count=label, total=total, where=where)
        )
        persons = sum(p.counted for p in explanation.persons)
        unnamed = sum(h.counted for h in explanation.head_counts)
        self.total_label.setText(
            self.tr(
                "Total: {total} ({persons} from the persons listed, {unnamed} from head counts)"
            ).format(total=total, persons=format_number(persons), unnamed=format_number(unnamed))
        )
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()
        self.loaded.emit()

    # Opening a row ---------------------------------------------------------------------

    def open_row(self, row: int) -> object:
        item: CountedRow | None = self.model.row_at(row)
        if item is None:
            return None
        links = links_for(self, self.database)
        if item.person is not None:
            if not self.database.reads_persons:
                return None  # a pseudonym: the server would refuse the person's form
            return links.open_person(item.person.person_id)
        assert item.head_count is not None
        return links.open_head_counts(item.head_count.activity.id)


def open_explanation(
    parent: QWidget,
    database: Database,
    field: str,
    *,
    activity_id: int | None = None,
    period: PeriodFilter | None = None,
    youth_threshold: int | None = None,
) -> ExplainDialog:
    """The dialog of the rows behind `field`, shown (not modal: the window stays usable)."""
    dialog = ExplainDialog(
        database,
        field,
        activity_id=activity_id,
        period=period,
        youth_threshold=youth_threshold,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
