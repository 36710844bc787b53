"""PyInstaller runtime hook: a windowed Windows program starts with sys.stdout and sys.stderr
set to None, and the first print (a message of the command line, a log record) would raise.
Send them to the null device instead."""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
