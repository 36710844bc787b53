"""Long work off the UI thread, with progress and cancel; results delivered on the main thread.

A job is any function `job(progress, cancelled)` that knows nothing of Qt:
`progress(done, total)` reports how far it is, `cancelled()` says whether to stop (the job
checks it between steps and returns or raises early). `run_task` runs it in Qt's thread pool and
returns a `Task` whose signals arrive on the main thread:

    task = run_task(lambda progress, cancelled: export_for_hq(db, path, progress, cancelled))
    task.succeeded.connect(show_summary)      # the job's return value
    task.failed.connect(show_error)           # the exception it raised
    task.cancelled.connect(say_cancelled)     # cancel() was called: result and progress dropped
    task.finished.connect(cleanup)            # always, last

`run_with_progress` adds a progress dialog with a Cancel button and a message box on error.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.ui.common.text import error_text

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Job = Callable[[ProgressCallback, CancelCheck], Any]

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress updates a second reach the event loop

_running: set[Task] = set()  # keeps Python references to tasks until they finish


class _Relay(QObject):
    """Carries the worker thread's news across to the main thread (queued connections)."""

    progress = Signal(int, int)
    done = Signal(object, object)  # result, exception


class Task(QObject):
    """A job running in the thread pool. Create it with `run_task`."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._finished = False
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._last_report = 0.0
        self.progress_dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        """Ask the job to stop; `cancelled` is emitted when it has."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_finished(self) -> bool:
        return self._finished

    # Called in the worker thread.
    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self._relay.progress.emit(done, total)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        # A cancelled job may report a while before it sees the cancel; dropped, as its result
        # is: a view that started another job would show the old one's "Checking… 100 %".
        if not self._finished and not self.is_cancelled():
            self.progress.emit(done, total)

    @Slot(object, object)
    def _on_done(self, result: object, error: object) -> None:
        self._finished = True
        try:
            if self.is_cancelled():
                self.cancelled.emit()
            elif error is not None:
                self.failed.emit(error)
            else:
                self.succeeded.emit(result)
        finally:
            self.finished.emit()
            _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task, job: Job) -> None:
        super().__init__()
        self.task = task
        self.job = job
        self.relay = task._relay  # emitted from the worker thread

    def run(self) -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = self.job(self.task.report, self.task.is_cancelled)
        except Exception as exc:  # delivered to the main thread, never lost
            error = exc
        try:
            self.relay.done.emit(result, error)
        except RuntimeError:
            # The program closed while the job ran on (a statement cannot be stopped midway):
            # its task is gone, and a cancelled job's result is dropped anyway.
            if not self.task.is_cancelled():
                raise


def run_task(job: Job, owner: QObject | None = None, pool: QThreadPool | None = None) -> Task:
    """Start `job(progress, cancelled)` in a worker thread; connect to the Task's signals.

    The task is cancelled if `owner` (e.g. the widget that started it) is destroyed.
    """
    task = Task()
    _running.add(task)
    if owner is not None:
        owner.destroyed.connect(task.cancel)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task, job))
    return task


def finish_tasks(wait_ms: int = 30_000) -> bool:
    """Before the database file is closed and replaced (a restore, encryption): let the jobs
    under way finish, since they hold connections to it (lists read in the background, the
    registry index), deliver their results and run what is due now, either of which may start
    others (the registry index is read once the activity list is counted, the list's counts
    once the window is shown); False if some did not end in time. A connection closed after
    the file was replaced would write its journal into the new file."""
    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + wait_ms / 1000
    while True:
        left = max(0, int((deadline - time.monotonic()) * 1000))
        if not pool.waitForDone(left):
            return False
        # The results (Task._on_done) and the timers due; no keys or clicks meanwhile.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if pool.activeThreadCount() == 0:
            return True


def cancel_all_tasks(wait_ms: int = 5000) -> bool:
    """At exit: ask every running job to stop and wait for them; False if some did not."""
    for task in list(_running):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(wait_ms)


def run_with_progress(
    parent: QWidget,
    label: str,
    job: Job,
    on_result: Callable[[Any], object],
    on_error: Callable[[BaseException], object] | None = None,
) -> Task:
    """`run_task` with a window-modal progress dialog (Cancel stops the job).

    Errors go to `on_error`, or to a warning box with the error's translated message.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setObjectName("TaskProgressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(360)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = run_task(job, parent)
    task.progress_dialog = dialog
    task.progress.connect(lambda done, total: _show_progress(dialog, done, total))
    dialog.canceled.connect(task.cancel)
    task.succeeded.connect(on_result)
    errors: list[BaseException] = []
    task.failed.connect(errors.append)

    def finished() -> None:
        dialog.hide()
        dialog.deleteLater()
        task.progress_dialog = None
        for error in errors:  # after the progress dialog is gone
            if on_error is not None:
                on_error(error)
            else:
                QMessageBox.warning(
                    parent, QCoreApplication.translate("Worker", "Registre"), error_text(error)
                )

    task.finished.connect(finished)
    return task


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(min(done, total) if total > 0 else 0)
