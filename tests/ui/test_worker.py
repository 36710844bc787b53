from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.messages import RegistreError, UserMessage
from desktop_app.ui.common.worker import CancelCheck, ProgressCallback, run_task, run_with_progress


def test_result_and_progress_arrive_on_the_main_thread(qtbot: QtBot) -> None:
    threads: list[object] = []
    seen: list[tuple[int, int]] = []
    main = QThread.currentThread()

    def job(progress: ProgressCallback, cancelled: CancelCheck) -> int:
        threads.append(threading.current_thread())
        for i in range(1, 6):
            progress(i, 5)
        return 42

    task = run_task(job)
    task.progress.connect(lambda done, total: seen.append((done, total)))
    on_main: list[bool] = []
    task.succeeded.connect(lambda _r: on_main.append(QThread.currentThread() is main))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert threads and threads[0] is not threading.main_thread()
    assert on_main == [True]
    assert seen[-1] == (5, 5)
    assert task.is_finished()


def test_error_is_delivered_not_lost(qtbot: QtBot) -> None:
    def job(progress: ProgressCallback, cancelled: CancelCheck) -> None:
        raise RegistreError(UserMessage("Test", "disk is on fire"))

    task = run_task(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], RegistreError)
    assert str(blocker.args[0]) == "disk is on fire"


def test_cancel_stops_the_job_and_drops_its_result(qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def job(progress: ProgressCallback, cancelled: CancelCheck) -> str:
        started.set()
        for i in range(10_000):
            if cancelled():
                return "partial"
            steps.append(i)
            threading.Event().wait(0.001)
        return "complete"

    task = run_task(job)
    got: list[object] = []
    task.succeeded.connect(got.append)
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert got == []
    assert len(steps) < 10_000


def test_a_cancelled_job_reports_no_progress_after_the_cancel(qtbot: QtBot) -> None:
    """A job sees the cancel only at its next check: what it reports meanwhile is dropped, as
    its result is (a view that started another job shows that one's progress, not this one's)."""
    reported, go_on = threading.Event(), threading.Event()

    def job(progress: ProgressCallback, cancelled: CancelCheck) -> str:
        progress(1, 10)
        reported.set()
        go_on.wait(5)
        progress(10, 10)  # before it looks at cancelled()
        return "complete" if not cancelled() else "partial"

    task = run_task(job)
    seen: list[tuple[int, int]] = []
    task.progress.connect(lambda done, total: seen.append((done, total)))
    assert reported.wait(5)
    qtbot.waitUntil(lambda: seen == [(1, 10)])
    task.cancel()
    go_on.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert seen == [(1, 10)]


def test_progress_dialog_cancel_button_cancels(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()

    def job(progress: ProgressCallback, cancelled: CancelCheck) -> None:
        started.set()
        while not cancelled():
            progress(1, 10)
            threading.Event().wait(0.005)

    errors: list[BaseException] = []
    task = run_with_progress(parent, "Working", job, lambda _r: None, errors.append)
    assert started.wait(5)
    assert task.progress_dialog is not None
    cancel_button = task.progress_dialog.findChild(QPushButton)
    assert cancel_button is not None
    with qtbot.waitSignal(task.finished, timeout=5000):
        cancel_button.click()
    assert task.is_cancelled()
    assert errors == []
    assert task.progress_dialog is None


def test_a_job_ending_after_the_program_let_go_of_it_ends_quietly(qtbot: QtBot) -> None:
    """At exit the jobs are cancelled and waited for a while; one that cannot stop (a long SQL
    statement) ends after its task's objects are gone: its result is dropped without an error
    (it had been reported as an unexpected error of the window; pytest-qt fails the test on
    such an error)."""
    release = threading.Event()

    def job(_progress: ProgressCallback, _cancelled: CancelCheck) -> str:
        release.wait(5)
        return "counted"

    task = run_task(job)
    task.cancel()
    shiboken6.delete(task._relay)  # what closing the program does to it
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
