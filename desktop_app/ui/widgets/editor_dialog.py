"""A form window for one record: modified marker in the title, Ctrl+S, unsaved-changes prompt."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.ui.common.actions import make_action


class EditorDialog(QDialog):
    """Subclasses build their fields, call `mark_changed` when one changes, implement `save`.

    Closing (Esc, Close, the window's X) with unsaved changes opens `unsaved_prompt`, a
    window-modal Save / Discard / Cancel box (opened with open(), answered through `finished`,
    so nothing blocks): Save saves then closes, Discard closes without writing, Cancel stays.
    Closing the main window asks the same of every form open with changes (unsaved_work.py).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved_prompt: QMessageBox | None = None
        self.loading = True  # changes made while filling the form are not the user's
        self.save_action = make_action(
            self, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save
        )
        self.addAction(self.save_action)

    def save(self) -> bool:
        raise NotImplementedError

    def unsaved_question(self) -> str:
        return self.tr("This record has changes that are not saved. Save them?")

    # Unsaved work, asked about when the main window closes (unsaved_work.HoldsUnsavedWork).

    def unsaved_work(self) -> str | None:
        if not (self.isVisible() and self.isWindowModified()):
            return None
        return self.windowTitle().replace("[*]", "").strip()

    def save_unsaved_work(self) -> bool:
        return self.save()

    def discard_unsaved_work(self) -> None:
        self.setWindowModified(False)

    def mark_changed(self, *_args: object) -> None:
        if not self.loading:
            self.setWindowModified(True)

    def save_and_close(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if not self.isWindowModified():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.unsaved_question(),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("UnsavedPrompt")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._unsaved_answered(box))
        self.unsaved_prompt = box
        box.open()

    def _unsaved_answered(self, box: QMessageBox) -> None:
        self.unsaved_prompt = None
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            if self.save():
                super().reject()
        elif answer == QMessageBox.StandardButton.Discard:
            self.setWindowModified(False)
            super().reject()
        # Cancel (or Esc): stay open with the changes.
