"""File ▸ Read photos of signed sheets: photos in, who signed out, written on demand.

The user adds the photos (or scans) of the pages of Registre's printed sheet for one day; the
reading runs in a worker thread; the table shows each pre-filled row with its signature cell as
photographed and what the reading says. Unsure rows are settled from the keyboard (arrows to
move, Space to say signed or not); nothing is written until every row is decided and the user
asks, then all of it at once (photos/apply.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.activities.activities import get_activity
from desktop_app.photos import ink
from desktop_app.photos.apply import PhotosResult, write_presences
from desktop_app.photos.reading import PhotosReading, read_photos
from desktop_app.store import Database
from desktop_app.ui.common.text import translate_message
from desktop_app.ui.common.worker import run_with_progress
from desktop_app.ui.photos.model import CELL, CELL_HEIGHT, PhotoRowsModel

PHOTO_FILTER = "*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF"


class PhotosDialog(QDialog):
    """Read photographed sheets of one activity; `written` is emitted after writing."""

    written = Signal(int)  # the activity's id

    def __init__(self, database: Database, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.activity_id = activity_id
        self.reading: PhotosReading | None = None
        self.files: list[Path] = []
        activity = get_activity(database, activity_id)
        self.setWindowTitle(self.tr("Read photos of a sign-in sheet"))
        self.resize(980, 680)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{activity.title}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        layout.addLayout(self._top_row(activity.start_date, activity.end_date))
        self.pages_label = QLabel(self.tr("Add the photos or scans of the sheet's pages."))
        self.pages_label.setWordWrap(True)
        layout.addWidget(self.pages_label)
        self.refused_label = QLabel()
        self.refused_label.setWordWrap(True)
        self.refused_label.setStyleSheet("color: #9c0006")
        self.refused_label.hide()
        layout.addWidget(self.refused_label)
        layout.addWidget(self._table(), 3)
        self.hand_label = QLabel(self.tr("Rows written by hand, to be typed at the check-in:"))
        self.hand_list = QListWidget()
        self.hand_list.setIconSize(QSize(560, 28))
        self.hand_list.setMaximumHeight(110)
        self.hand_label.hide()
        self.hand_list.hide()
        layout.addWidget(self.hand_label)
        layout.addWidget(self.hand_list)
        layout.addLayout(self._bottom_row())
        self._update()

    def _top_row(self, start: dt.date, end: dt.date) -> QHBoxLayout:
        row = QHBoxLayout()
        day_label = QLabel(self.tr("&Day:"))
        self.day_box = QComboBox()
        day = start
        while day <= end:
            self.day_box.addItem(day.strftime("%d/%m/%Y"), day)
            day += dt.timedelta(days=1)
        day_label.setBuddy(self.day_box)
        self.day_box.currentIndexChanged.connect(lambda _index: self._read())
        self.add_button = QPushButton(self.tr("&Add photos…"))
        self.add_button.setShortcut(QKeySequence("Ctrl+O"))
        self.add_button.setToolTip(self.tr("Ctrl+O"))
        self.add_button.clicked.connect(self._choose)
        row.addWidget(day_label)
        row.addWidget(self.day_box)
        row.addStretch(1)
        row.addWidget(self.add_button)
        return row

    def _table(self) -> QTableView:
        self.model = PhotoRowsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setIconSize(QSize(300, CELL_HEIGHT))
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(CELL_HEIGHT + 6)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CELL, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(CELL, 310)
        header.setStretchLastSection(True)
        self.view.installEventFilter(self)  # Space: the view would take it to select
        return self.view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self._toggle()
            return True
        return super().eventFilter(watched, event)

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel()
        self.write_button = QPushButton(self.tr("&Write the presences"))
        self.write_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.write_button.setToolTip(self.tr("Ctrl+Enter"))
        self.write_button.clicked.connect(self._write)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.summary, 1)
        row.addWidget(self.write_button)
        row.addWidget(close)
        return row

    # Reading ------------------------------------------------------------------------------

    def _choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos or scans of the sheet"),
            "",
            self.tr("Photos and scans (%1)").replace("%1", PHOTO_FILTER),
        )
        if names:
            self.add_files([Path(name) for name in names])

    def add_files(self, files: list[Path]) -> None:
        self.files.extend(path for path in files if path not in self.files)
        self._read()

    def day(self) -> dt.date:
        value: dt.date = self.day_box.currentData()
        return value

    def _read(self) -> None:
        if not self.files:
            return
        files, day = list(self.files), self.day()

        def job(progress: Any, _cancelled: Any) -> PhotosReading:
            return read_photos(self.database, self.activity_id, day, files, progress)

        run_with_progress(self, self.tr("Reading the photos…"), job, self.show_reading)

    def show_reading(self, reading: PhotosReading) -> None:
        self.reading = reading
        self.model.set_rows(reading.rows)
        pages = ", ".join(
            self.tr("page %1 of %2 (%3)")
            .replace("%1", str(p.page))
            .replace("%2", str(p.pages))
            .replace("%3", p.label)
            for p in reading.pages
        )
        text = self.tr("Read: %1.").replace("%1", pages) if pages else self.tr("No page read.")
        if reading.missing_pages:
            missing = ", ".join(str(p) for p in reading.missing_pages)
            text += " " + self.tr("Pages not photographed: %1.").replace("%1", missing)
        self.pages_label.setText(text)
        refused = [translate_message(r.message) for r in reading.refused]
        self.refused_label.setText("\n".join(refused))
        self.refused_label.setVisible(bool(refused))
        self.hand_list.clear()
        for hand in reading.hand_rows:
            pixmap = QPixmap()
            pixmap.loadFromData(hand.image_png, "PNG")
            label = self.tr("Row %1 (page %2)").replace("%1", str(hand.number))
            item = QListWidgetItem(QIcon(pixmap), label.replace("%2", str(hand.page)))
            self.hand_list.addItem(item)
        self.hand_label.setVisible(bool(reading.hand_rows))
        self.hand_list.setVisible(bool(reading.hand_rows))
        self._update()
        first_unsure = next(
            (n for n, row in enumerate(reading.rows) if row.decision == ink.UNSURE), 0
        )
        if reading.rows:
            self.view.selectRow(first_unsure)
            self.view.setFocus()

    # Settling and writing -----------------------------------------------------------------

    def _toggle(self) -> None:
        line = self.view.currentIndex().row()
        if 0 <= line < self.model.rowCount():
            self.model.toggle(line)
            self._update()

    def _update(self) -> None:
        rows = self.model.rows
        signed = sum(1 for row in rows if self.model.signed(row) is True)
        unsure = self.model.unsure()
        self.summary.setText(
            self.tr("Signed: %1 · not signed: %2 · unsure: %3")
            .replace("%1", str(signed))
            .replace("%2", str(len(rows) - signed - unsure))
            .replace("%3", str(unsure))
        )
        self.write_button.setEnabled(bool(rows) and unsure == 0)

    def _write(self) -> None:
        reading = self.reading
        if reading is None or self.model.unsure():
            return
        settled = dict(self.model.settled)

        def job(_progress: Any, _cancelled: Any) -> PhotosResult:
            return write_presences(self.database, reading, settled)

        run_with_progress(self, self.tr("Writing the presences…"), job, self._written)

    def _written(self, result: PhotosResult) -> None:
        """Said in the dialog, which stays open on what was written (Close when seen)."""
        self.written.emit(self.activity_id)
        self.summary.setText(
            self.tr("Written. Presences added: %1; marked signed: %2; photos kept: %3.")
            .replace("%1", str(result.attendances_added))
            .replace("%2", str(result.attendances_marked_signed))
            .replace("%3", str(result.photos_kept))
        )
        self.write_button.setEnabled(False)
        self.add_button.setEnabled(False)
        self.day_box.setEnabled(False)
