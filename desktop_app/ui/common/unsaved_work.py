"""Nothing typed is lost when Registre closes.

A form, dialog or view that can hold typing not saved yet (the activity and person forms, the
new-person form of the check-in screen, the head-count form) implements `HoldsUnsavedWork`.
Closing the main window (Ctrl+Q, its close button) with any of them dirty asks once, as closing
a form does: Save (each is saved; one that cannot be, a message under a field, is brought to the
front and the window stays open), Discard (closes without writing) or Cancel (nothing changes).
The question is opened with `open()` and answered through `finished`: nothing blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

Answer = QMessageBox.StandardButton


@runtime_checkable
class HoldsUnsavedWork(Protocol):
    def unsaved_work(self) -> str | None:
        """What is typed and not saved, in a few words ("Activity — Forum"), or None."""

    def save_unsaved_work(self) -> bool:
        """Save it; False when it cannot be (the reason is shown where it was typed)."""

    def discard_unsaved_work(self) -> None:
        """Forget it: the typing goes, nothing is written."""


def ask_save_discard_cancel(
    parent: QWidget, text: str, answered: Callable[[Answer], None]
) -> QMessageBox:
    """The Save / Discard / Cancel question (Save by default, Esc cancels), window-modal."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("UnsavedWork", "Unsaved changes"),
        text,
        Answer.Save | Answer.Discard | Answer.Cancel,
        parent,
    )
    box.setObjectName("UnsavedPrompt")
    box.setDefaultButton(Answer.Save)
    box.setEscapeButton(Answer.Cancel)

    def finished(_result: int) -> None:
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        answered(answer)

    box.finished.connect(finished)
    box.open()
    return box


def unsaved_work_in(window: QWidget) -> list[tuple[HoldsUnsavedWork, str]]:
    """Every form, dialog or view of the window holding unsaved work, with its description."""
    found: list[tuple[HoldsUnsavedWork, str]] = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, HoldsUnsavedWork):
            what = widget.unsaved_work()
            if what:
                found.append((widget, what))
    return found


class QuitGuard(QObject):
    """Asked by the main window before it closes (`allows_closing`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.prompt: QMessageBox | None = None
        self._answered_closing = False  # the user chose Save or Discard: close for good

    def allows_closing(self) -> bool:
        if self._answered_closing or self.window.property("restart_requested"):
            return True
        if self.prompt is not None:
            return False  # already asking
        pending = unsaved_work_in(self.window)
        if not pending:
            return True
        lines = "\n".join(f"• {what}" for _widget, what in pending)
        text = QCoreApplication.translate(
            "UnsavedWork",
            "Some of what you typed is not saved:\n{lines}\n\nSave it before closing?",
        ).format(lines=lines)
        self.prompt = ask_save_discard_cancel(
            self.window, text, lambda answer: self._answered(answer, pending)
        )
        return False

    def _answered(self, answer: Answer, pending: list[tuple[HoldsUnsavedWork, str]]) -> None:
        self.prompt = None
        if answer == Answer.Save:
            for widget, what in pending:
                if not widget.save_unsaved_work():
                    self.window.bring_forward(widget)
                    self.window.statusBar().showMessage(
                        QCoreApplication.translate(
                            "UnsavedWork", "Not saved: {what}. Registre stays open."
                        ).format(what=what),
                        15_000,
                    )
                    return
        elif answer == Answer.Discard:
            for widget, _what in pending:
                widget.discard_unsaved_work()
        else:
            return  # Cancel, or Esc: everything stays as it is
        self._answered_closing = True
        self.window.close()
