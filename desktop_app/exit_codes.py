"""The exit codes of `registre`, in one table (documented in docs/command-line.md).

Every command returns OK or lets an error rise; `cli/main.exit_code_for` is the one place that
turns an error into its code, by its kind: scripts can tell a refused value from a busy database
or a full disk. The window uses the same codes when it cannot start.
"""

from __future__ import annotations

OK = 0
REFUSED = 1  # a value, a workbook or a password refused; a conflict; the user answered no
USAGE = 2  # unknown command or option, a required argument missing (argparse's own code)
DATABASE = 3  # missing, busy, damaged, not Registre's, newer, wrong passphrase, server down
FILE = 4  # a file missing or unreadable, a file or folder not writable, the disk full
NO_DISPLAY = 5  # the window cannot open here (the command line works)
INTERNAL = 70  # an unexpected error: a bug (sysexits' EX_SOFTWARE)
INTERRUPTED = 130  # Ctrl+C, as shells count SIGINT
OUTPUT_CLOSED = 141  # `registre report | head` stopped reading, as shells count SIGPIPE

TABLE = (OK, REFUSED, USAGE, DATABASE, FILE, NO_DISPLAY, INTERNAL, INTERRUPTED, OUTPUT_CLOSED)
