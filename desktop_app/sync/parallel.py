"""Reading the biggest sheets of big workbooks in a second process, on the machine's second core.

python-calamine holds the interpreter lock while it parses a sheet, so threads would take
turns; a child process reads the persons' and the attendance sheets while this one reads the
other sheets and merges what it receives. It also keeps python-calamine's copy of a sheet
(50 MB for 50,000 persons) out of the process that holds the database's page cache and the
merge: an import's memory is the sum of the two. The sheets come back pickled as columns
(`ParsedSheet`), cheap to unpickle, a chunk of rows at a time: the import writes one chunk
while the next is read (sync/streamed.py). The child is the program itself in its reading mode
(`python -m desktop_app --hq-read-worker FILE...`, or the bundled executable with that
argument), not multiprocessing, which would import the caller's main script again. Small
workbooks are read here: starting a process costs more than it saves below a few MB. If the
child fails for any reason other than a refused file, the sheets are read here after all.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from desktop_app.messages import RegistreError, UserMessage
from desktop_app.sync.reader import SheetChunk, read_sheets

PARALLEL_TYPES = ("person", "attendance")  # the sheets with most cells, in the order of SHEETS
PARALLEL_MIN_BYTES = 3 * 1024 * 1024  # about 25,000 attendance rows
WORKER_FLAG = "--hq-read-worker"  # answered by desktop_app/__main__.py
END_OF_FILE = "end"  # the message after a file's last chunk
AHEAD = 6  # chunks read and waiting to be sent, at most
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding desktop_app/


def start_reader(paths: Sequence[Path]) -> SheetReader | None:
    """A reading process for the files when it is worth one and starts; else None (the
    caller reads everything itself)."""
    if not worth_a_process(paths):
        return None
    try:
        return SheetReader(paths)
    except OSError:  # no Python to start after all
        return None


def worth_a_process(paths: Sequence[Path]) -> bool:
    """A reading process for these files? Only for a big one."""
    return any(path.stat().st_size >= PARALLEL_MIN_BYTES for path in paths)


def reader_command(paths: Sequence[Path]) -> list[str]:
    """The command starting the reading process: the program itself in its reading mode.

    The bundled program (PyInstaller sets `sys.frozen`) is its own executable; it prefers the
    command-line one beside it, whose standard output is a real stream even on Windows, where
    the windowed one has none.
    """
    arguments = [WORKER_FLAG, *map(str, paths)]
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", "desktop_app", *arguments]
    executable = Path(sys.executable)
    console = executable.with_name("registre-cli" + executable.suffix)
    return [str(console if console.is_file() else executable), *arguments]


class SheetReader:
    """Reads `PARALLEL_TYPES` of each workbook in one child process, file after file."""

    types = frozenset(PARALLEL_TYPES)

    def __init__(self, paths: Sequence[Path]) -> None:
        environment = dict(os.environ)
        if not getattr(sys, "frozen", False):
            environment["PYTHONPATH"] = os.pathsep.join(
                [str(_PACKAGE_ROOT), *filter(None, [environment.get("PYTHONPATH")])]
            )
        self._process = subprocess.Popen(
            reader_command(paths),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            env=environment,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        self._broken = False
        self._next: Any = None  # a message received but not the asker's: the next one's

    def chunks(self, path: Path, type_name: str) -> Iterator[SheetChunk]:
        """The chunks of `type_name` read from the file at `path` (the file the process reads
        now; its types come in the order of PARALLEL_TYPES, each asked for in turn), as they
        come. A refused file raises RegistreError; a process that died raises ReaderGone (and
        the files after this one are read here)."""
        if self._broken:
            raise ReaderGone()
        last = type_name == PARALLEL_TYPES[-1]
        while True:
            message, self._next = self._next, None
            if message is None:
                message = _receive(self._process.stdout)
            if message is None:
                self._broken = True
                raise ReaderGone()
            if isinstance(message, UserMessage):
                raise RegistreError(message)
            if message == END_OF_FILE:
                if not last:  # the file had no rows of the types after this one
                    self._next = message
                return
            if message[0] != type_name:  # the next type's first chunk
                self._next = message
                return
            yield message

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


class ReaderGone(Exception):
    """The reading process stopped before it sent all of a file: read it here."""


def read_here(path: Path, types: Sequence[str] = PARALLEL_TYPES) -> Iterator[SheetChunk]:
    """What the reading process would send for the file (or its sheets of `types`), read by
    this process a chunk at a time."""
    return read_sheets(path, tuple(types))


def _receive(stream: IO[bytes] | None) -> Any:
    if stream is None:
        return None
    try:
        return pickle.load(stream)
    except (EOFError, pickle.UnpicklingError, OSError):
        return None


def main(paths: Sequence[str]) -> int:
    """The child: each file's chunks pickled to stdout as they are read, then END_OF_FILE (or
    the file's refusal), file after file.

    A thread writes them, so that reading goes on while the pipe is full: the import takes the
    chunks only once it reaches their record type (after the persons), and reading need not
    wait for it. At most AHEAD chunks wait (about 3 MB each): a million attendance rows would
    otherwise wait whole in this process's memory while the import merges the persons.
    """
    gc.disable()  # a short life making millions of objects without cycles (see hq_import)
    outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=AHEAD)
    sender = threading.Thread(target=_send_all, args=(outbox, sys.stdout.buffer), daemon=True)
    sender.start()

    def send(message: object) -> None:
        outbox.put(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))

    for path in paths:
        try:
            for chunk in read_sheets(Path(path), PARALLEL_TYPES):
                send(chunk)
        except RegistreError as refused:  # its message travels; the exception does not
            send(refused.message)
            continue
        send(END_OF_FILE)
    outbox.put(None)
    sender.join()
    return 0


def _send_all(outbox: queue.Queue[bytes | None], out: IO[bytes]) -> None:
    """Write the pickled messages until None (the pipe's write lets the reading go on)."""
    while (message := outbox.get()) is not None:
        out.write(message)
        out.flush()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
