"""The backups of a database as a table: date, occasion, size, checked, encrypted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from desktop_app.backups import files
from desktop_app.backups.backups import BackupInfo
from desktop_app.ui.common.i18n import format_moment, format_number

_Index = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    labels = {
        "closing": QCoreApplication.translate("BackupDialog", "at closing"),
        "manual": QCoreApplication.translate("BackupDialog", "by hand"),
        "before-import": QCoreApplication.translate("BackupDialog", "before an import"),
        "before-restore": QCoreApplication.translate("BackupDialog", "before a restore"),
        "before-migration": QCoreApplication.translate("BackupDialog", "before an update"),
        "before-encryption": QCoreApplication.translate("BackupDialog", "before encrypting"),
        "before-decryption": QCoreApplication.translate("BackupDialog", "before decrypting"),
    }
    return labels.get(reason, reason)


def size_label(size: int) -> str:
    if size >= 1_000_000:
        return QCoreApplication.translate("BackupDialog", "{size} MB").format(
            size=format_number(size / 1_000_000, 1)
        )
    return QCoreApplication.translate("BackupDialog", "{size} kB").format(
        size=format_number(max(1, round(size / 1000)))
    )


class BackupTableModel(QAbstractTableModel):
    DATE, REASON, SIZE, VERIFIED, ENCRYPTED = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._encrypted: list[bool] = []

    def set_backups(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Read once here (16 bytes a file), not at every paint.
        self._encrypted = [files.is_encrypted_file(info.path) for info in self._rows]
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Occasion"),
            self.tr("Size"),
            self.tr("Checked"),
            self.tr("Encrypted"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return format_moment(info.created)
            if column == self.REASON:
                return reason_label(info.reason)
            if column == self.SIZE:
                return size_label(info.size)
            if column == self.ENCRYPTED:
                return self.tr("yes") if self._encrypted[index.row()] else self.tr("no")
            return self.tr("yes") if info.verified else self.tr("no")
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
