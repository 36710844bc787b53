"""Progress reporting and cancelling for long sync work, without Qt.

The work calls `progress(done, total)` now and then and checks `cancelled()`; the window's
worker passes functions that emit a signal and read a flag, tests pass plain functions.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from desktop_app.messages import QT_TRANSLATE_NOOP, RegistreError, UserMessage

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(RegistreError):
    def __init__(self) -> None:
        super().__init__(
            UserMessage(
                "Sync",
                QT_TRANSLATE_NOOP("Sync", "Cancelled: nothing was changed."),
            )
        )


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class Steps:
    """Counts work done against an estimated total and checks for cancelling every `every`."""

    total: int
    progress: ProgressCallback | None = None
    cancelled: CancelCheck | None = None
    every: int = 2000
    done: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase, for benches

    def __post_init__(self) -> None:
        self._report = self.progress or _no_progress
        self._check = self.cancelled or _never
        self._next = 0

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.done >= self._next:
            self._next = self.done + self.every
            self.check()
            self._report(min(self.done, self.total), self.total)

    def expect(self, count: int) -> None:
        """More work became known (a workbook's manifest gives its row counts)."""
        self.total += count

    def check(self) -> None:
        if self._check():
            raise Cancelled()

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Adds the wall-clock time of the block to `timings[name]`."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - started

    def finish(self) -> None:
        self._report(self.total, self.total)
