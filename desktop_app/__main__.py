"""Entry point of `python -m desktop_app` and of the bundled program (window and command line).

`--hq-read-worker FILE...` is the import's reading process (sync/parallel.py), answered
before the command line is built: the bundled program has no separate Python to start, so it
starts itself in this mode, as multiprocessing's freeze_support does.
"""

import sys

if sys.argv[1:2] == ["--hq-read-worker"]:
    from desktop_app.sync.parallel import main as read_sheets

    raise SystemExit(read_sheets(sys.argv[2:]))

from desktop_app.cli.main import run  # not needed by the reading process

raise SystemExit(run())
