"""Reading the biggest sheets of big workbooks in a second process, on the machine's second core.

python-calamine holds the interpreter lock while it parses a sheet, so threads would take
turns; a child process reads the attendance sheets while this one reads the other sheets and
loads what the database holds. The sheets come back pickled as columns (`ParsedSheet`), cheap
to unpickle. The child is the program itself in its reading mode (`python -m desktop_app
--hq-read-worker FILE...`, or the bundled executable with that argument), not multiprocessing,
which would import the caller's main script again. Small workbooks are read here: starting a
process costs more than it saves below a few MB. If the child fails for any reason other than a
refused file, the sheets are read here after all.
"""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from desktop_app.exchange.hq_reader import SheetsRead, WorkbookData, read_sheets
from desktop_app.messages import RegistreError, UserMessage

PARALLEL_TYPES = ("attendance",)  # the sheets with most cells
PARALLEL_MIN_BYTES = 3 * 1024 * 1024  # about 25,000 attendance rows
WORKER_FLAG = "--hq-read-worker"  # answered by desktop_app/__main__.py
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

    def complete(self, data: WorkbookData) -> None:
        """Add the sheets read for `data`'s file (waiting for them); a refused file raises."""
        result = None if self._broken else _receive(self._process.stdout)
        if result is None:  # the child died: read here
            self._broken = True
            result = read_sheets(data.path, PARALLEL_TYPES)
        if isinstance(result, UserMessage):
            raise RegistreError(result)
        for type_name, sheets in result.items():
            for parsed, invalid in sheets:
                data.add(type_name, parsed, invalid)

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


def _receive(stream: IO[bytes] | None) -> SheetsRead | UserMessage | None:
    if stream is None:
        return None
    try:
        result: SheetsRead | UserMessage = pickle.load(stream)
    except (EOFError, pickle.UnpicklingError, OSError):
        return None
    return result


def main(paths: Sequence[str]) -> int:
    """The child: each file's sheets (or its refusal) pickled to stdout, in order."""
    gc.disable()  # a short life making millions of objects without cycles (see hq_import)
    out = sys.stdout.buffer
    for path in paths:
        out.write(pickle.dumps(read_sheets(Path(path), PARALLEL_TYPES), pickle.HIGHEST_PROTOCOL))
        out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
