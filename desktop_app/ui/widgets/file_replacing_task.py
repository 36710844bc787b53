"""Work that replaces the database file under the window (encrypting, decrypting, restoring):
off the UI thread like any long work, but without Cancel.

Such work has no safe point to stop at, and a dropped result would leave the window on a file
it can no longer read (another key, another engine). So the busy dialog has no Cancel button,
and neither Escape nor closing dismisses it; the result always arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, Task, run_task


class UnstoppableProgress(QProgressDialog):
    """A busy indicator that neither Escape nor the close button can dismiss."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(label, "", 0, 0, parent)
        self.setObjectName("UnstoppableProgress")
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)

    def reject(self) -> None:
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def run_replacing_file(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    on_result: Callable[[Any], object],
    on_error: Callable[[BaseException], object],
) -> Task:
    """Run `work()` in the thread pool under an unstoppable busy dialog; its result or its
    error reaches `on_result` / `on_error` on the main thread, after the dialog is gone."""

    def job(_progress: ProgressCallback, _cancelled: CancelCheck) -> Any:
        return work()

    progress = UnstoppableProgress(label, parent)
    progress.show()
    task = run_task(job)  # no owner: closing a window must not drop the result
    task.progress_dialog = progress

    def succeeded(result: object) -> None:
        progress.hide()
        on_result(result)

    def failed(error: BaseException) -> None:
        progress.hide()
        on_error(error)

    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.finished.connect(progress.deleteLater)
    return task
