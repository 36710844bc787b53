"""Run tests/faults/kill_child.py and kill it with SIGKILL at a chosen point."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

CHILD = Path(__file__).with_name("kill_child.py")


@dataclass
class Outcome:
    committed: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    finished: bool = False

    @property
    def in_flight(self) -> set[str]:
        """Keys begun but not reported committed: each may or may not be in the database."""
        return set(self.pending) - set(self.committed)


def run_and_kill(
    mode: str,
    database: Path,
    *args: str,
    after_committed: int | None = None,
    after_seconds: float | None = None,
    after_word: tuple[str, int] | None = None,
    timeout: float = 60.0,
    env: dict[str, str] | None = None,
) -> Outcome:
    """Start the child; SIGKILL it once `after_committed` units are committed, `after_seconds`
    after it said it was ready, or once it printed a word (`("write", 3)`: its third write
    statement) so many times; `env`: variables set for the child. Returns what it
    reported."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(database), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {}), "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    outcome = Outcome()
    deadline = time.monotonic() + timeout
    killed = threading.Event()

    def kill() -> None:
        if not killed.is_set():
            killed.set()
            os.kill(child.pid, signal.SIGKILL)

    timer: threading.Timer | None = None
    words: dict[str, int] = {}
    try:
        # Read to the end even after the kill: lines the child wrote before dying are in the pipe.
        for line in child.stdout:
            word, _, key = line.strip().partition(" ")
            if word == "ready" and after_seconds is not None:
                # A timer, not the next line: the kill must be able to land inside a transaction.
                timer = threading.Timer(after_seconds, kill)
                timer.start()
            elif word == "pending":
                outcome.pending.append(key)
            elif word == "committed":
                outcome.committed.append(key)
            words[word] = words.get(word, 0) + 1
            if after_word is not None and words.get(after_word[0], 0) >= after_word[1]:
                kill()
            if after_committed is not None and len(outcome.committed) >= after_committed:
                kill()
            if time.monotonic() > deadline:
                kill()
        outcome.finished = not killed.is_set()
    finally:
        if timer is not None:
            timer.cancel()
        child.wait(timeout=30)
        child.stdout.close()
        assert child.stderr is not None
        errors = child.stderr.read()
        child.stderr.close()
    if outcome.finished:
        assert child.returncode == 0, errors
    else:
        assert child.returncode == -signal.SIGKILL, errors
    return outcome
