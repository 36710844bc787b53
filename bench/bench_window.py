"""The window's start: from launching the program to a main window that takes input, on the
bench database and on the demonstration database, against a bare QMainWindow started the same
way in the same run (the floor: Python, Qt and one empty window).

Targets: usable in under 1 s on the bench database (at most 10x the floor), under 0.5 s on the
demonstration database. Each start is a process of its own, as a user's is: it goes through
`ui/shell/startup.start` (settings, language, the instance lock, opening and checking the
database, the main window and its views, show) and is "usable" when the event loop has shown
the window and answers; the activity list may still be filling (its placeholder says so), and
the time it is filled is printed too. The figures are the medians of a few starts taken in turn
with the floor, bytecode compiled and the files in the page cache (a first start warms them).

    python -m bench.bench_window [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Figures = list[tuple[str, str]]
LAUNCHED = "REGISTRE_BENCH_LAUNCHED"  # time.time() when the parent started the process


def _since_launch() -> float:
    return time.time() - float(os.environ[LAUNCHED])


def _report(figures: dict[str, float]) -> None:
    print(json.dumps(figures), flush=True)
    os._exit(0)  # no closing backup, no clean-up: what follows is not the start


def child_floor(stack: bool = False) -> None:
    """A bare QMainWindow shown; with `stack`, after importing what any window on a database
    needs before its first line of its own: SQLAlchemy's ORM and the tables every start reads
    (store/models.py; the features' tables are declared when first used)."""
    if stack:
        import desktop_app.store.database
        import desktop_app.store.models  # noqa: F401
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()

    def usable() -> None:
        app.processEvents()
        _report({"usable": _since_launch(), "usable_cpu": time.process_time()})

    QTimer.singleShot(0, usable)
    app.exec()


def child_window(db: Path) -> None:
    """`registre --db DB` as users start it (the entry point, `cli.main.run`), watched from a
    thread that waits for the QApplication, then from the event loop: nothing is imported
    before the program does."""
    figures: dict[str, float] = {}

    def main_window() -> Any:
        app = sys.modules["PySide6.QtWidgets"].QApplication.instance()
        return next((w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"), None)

    def later(milliseconds: int, then: Callable[[], None]) -> None:
        sys.modules["PySide6.QtCore"].QTimer.singleShot(milliseconds, then)

    def filled() -> None:
        activities = main_window().findChild(sys.modules["PySide6.QtWidgets"].QWidget,
                                             "view_activities")  # fmt: skip
        if activities is not None and activities.is_refreshing():
            later(5, filled)
            return
        figures["filled"] = _since_launch()
        figures["filled_cpu"] = time.process_time()
        figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        _report(figures)

    def usable() -> None:
        window = main_window()
        if window is None or not window.isVisible():
            later(1, usable)
            return
        sys.modules["PySide6.QtWidgets"].QApplication.processEvents()
        figures["usable"] = _since_launch()
        figures["usable_cpu"] = time.process_time()
        filled()

    def watch() -> None:
        while True:
            widgets = sys.modules.get("PySide6.QtWidgets")
            app = widgets.QApplication.instance() if widgets is not None else None
            if app is not None:
                sys.modules["PySide6.QtCore"].QTimer.singleShot(0, app, usable)
                return
            time.sleep(0.002)

    threading.Thread(target=watch, daemon=True).start()
    from desktop_app.cli.main import run

    sys.argv = ["registre", "--db", str(db)]
    run()


def _start(args: list[str], env: dict[str, str]) -> dict[str, float]:
    env = {**env, LAUNCHED: repr(time.time())}
    command = [sys.executable, "-m", "bench.bench_window", *args]
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def run(db_path: Path | None = None, runs: int = 5) -> Figures:
    from bench.bench_ui import PARAMS
    from bench.floors import against, compiled_env, load  # not in the timed children
    from bench.generate import cached

    source = db_path or cached(PARAMS).path
    with tempfile.TemporaryDirectory(prefix="bench-window-") as name:
        folder = Path(name)
        env = {
            **compiled_env(),
            "REGISTRE_CONFIG_DIR": str(folder / "config"),
            "XDG_CONFIG_HOME": str(folder / "xdg"),
            "HOME": name,
        }
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        bench_db, demo = folder / "bench.db", folder / "demo.db"
        shutil.copyfile(source, bench_db)
        subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(demo), "demo"],
                       check=True, env=env, capture_output=True)  # fmt: skip
        starts = {
            "floor": ["--floor"],
            "stack": ["--stack"],
            "bench": ["--child", str(bench_db)],
            "demo": ["--child", str(demo)],
        }
        for arguments in starts.values():  # compile, warm the page cache
            _start(arguments, env)
        seen: dict[str, list[dict[str, float]]] = {name: [] for name in starts}
        for _ in range(runs):
            for what, arguments in starts.items():
                seen[what].append(_start(arguments, env))

    def median(what: str, key: str) -> float:
        return statistics.median(figures[key] for figures in seen[what])

    floor = median("floor", "usable")
    bare = "a bare QMainWindow"

    def cpu(what: str, key: str = "usable") -> str:
        return f"processor {median(what, key + '_cpu'):.2f} s"

    return [
        (f"window usable, bench database (median of {runs}, {load()})",
         against(median("bench", "usable"), floor, bare, target="< 1 s and ≤ 10x")),
        ("  its processor time; the bare window's", f"{cpu('bench')}; {cpu('floor')}"),
        ("  its activity list counted",
         f"{median('bench', 'filled'):.2f} s ({cpu('bench', 'filled')})"),
        ("window usable, demonstration database",
         against(median("demo", "usable"), floor, bare, target="< 0.5 s")),
        ("  its processor time", cpu("demo")),
        ("  the libraries alone: the ORM, the start's tables, a bare window",
         f"{median('stack', 'usable'):.2f} s ({cpu('stack')})"),
        ("  its activity list counted",
         f"{median('demo', 'filled'):.2f} s ({cpu('demo', 'filled')})"),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_window", description=__doc__)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stack", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor or args.stack:
        child_floor(stack=args.stack)
        return 0
    if args.child:
        child_window(args.child)
        return 0
    for label, figure in run(args.db, args.runs):
        print(f"{label:58} {figure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
