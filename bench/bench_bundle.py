"""The frozen program (packaging/build.py): its size and how fast its command line starts.

Target: the bundle under 150 MB, and the frozen program starting under 1 s. The bundle is
built into bench/out/bundle/ when missing or older than the sources (two to six minutes); its
size is printed against the part of it any Qt Widgets program in Python carries (Python, its
extension modules, Qt Core, Gui and Widgets with their bindings: the floor), and its command
line's start and its window's against the same started from the sources. A window's start is
measured on a virtual X server (Xvfb): from launching the program to its main window shown on
the server (xdotool), on the demonstration database and on the bench database.

    python -m bench.bench_bundle [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.floors import against, compiled_env, load, medians, wall_seconds

Figures = list[tuple[str, str]]
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "bundle"
SOURCES = ("desktop_app", "packaging", "resources", "db")
TARGET_MB = 150
FLOOR_PARTS = ("libpython", "python3.", "base_library.zip", "libQt6Core", "libQt6Gui",
               "libQt6Widgets", "QtCore.abi3", "QtGui.abi3", "QtWidgets.abi3", "libpyside6",
               "libshiboken6")  # fmt: skip


def files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]


def bundle() -> Path:
    """bench/out/bundle/dist/Registre, built anew when a source changed since."""
    made = OUT / "dist" / "Registre"
    newest = max(path.stat().st_mtime for name in SOURCES for path in files(ROOT / name))
    executable = made / ("Registre.exe" if sys.platform == "win32" else "Registre")
    if not executable.exists() or executable.stat().st_mtime < newest:
        command = [sys.executable, str(ROOT / "packaging" / "build.py")]
        command += ["--dist", str(OUT / "dist"), "--work", str(OUT / "work")]
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return made


def sizes(folder: Path) -> tuple[int, int, dict[str, int]]:
    """(bytes in all, bytes of the floor's files, bytes by top folder of _internal)."""
    total = floor = 0
    parts: dict[str, int] = {}
    for path in files(folder):
        size = path.stat().st_size
        total += size
        if any(part in path.name for part in FLOOR_PARTS) or "lib-dynload" in path.parts:
            floor += size
        inside = path.relative_to(folder).parts
        top = inside[1] if inside[0] == "_internal" and len(inside) > 2 else "(files)"
        parts[top] = parts.get(top, 0) + size
    return total, floor, parts


@contextlib.contextmanager
def x_server() -> Iterator[str]:
    """A virtual X server for the block; its display (":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        display = ":" + numbers.readline().strip()
    try:
        yield display
    finally:
        server.kill()
        server.wait()


def window_seconds(command: list[str], env: dict[str, str], display: str) -> float:
    """From launching `command` to its main window ("Registre — …") shown on `display`."""
    env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    started = time.perf_counter()
    program = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        while time.perf_counter() - started < 120:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Registre — "],
                env=env,
                capture_output=True,
            )
            if found.stdout.strip():
                return time.perf_counter() - started
            if program.poll() is not None:
                raise RuntimeError(f"{command[0]} stopped before its window showed")
            time.sleep(0.01)
        raise RuntimeError(f"no window from {command[0]} in 120 s")
    finally:
        program.kill()  # no closing backup: what follows is not the start
        program.wait()


def window_figures(made: Path, folder: Path, env: dict[str, str], runs: int) -> Figures:
    from bench.bench_ui import PARAMS
    from bench.generate import cached

    window = made / ("Registre.exe" if sys.platform == "win32" else "Registre")
    sources = [sys.executable, "-m", "desktop_app"]
    demo, big = folder / "demo.db", folder / "bench.db"
    shutil.copyfile(cached(PARAMS).path, big)
    figures: Figures = []
    with x_server() as display:
        for label, db in (("demonstration database", demo), ("bench database", big)):
            arguments = ["--db", str(db)]
            window_seconds([str(window), *arguments], env, display)  # files read from disk
            timed = medians(
                runs,
                sources=lambda a=arguments: window_seconds([*sources, *a], env, display),
                frozen=lambda a=arguments: window_seconds([str(window), *a], env, display),
            )
            figures.append(
                (f"frozen window shown, {label} (median of {runs}, {load()})",
                 against(timed["frozen"], timed["sources"], "the same from the sources",
                         target="< 1 s"))
            )  # fmt: skip
    return figures


def run(_db_path: Path | None = None, runs: int = 5) -> Figures:
    made = bundle()
    total, floor, parts = sizes(made)
    largest = sorted(parts.items(), key=lambda item: -item[1])[:5]
    met = "met" if total < TARGET_MB * 1e6 else "NOT met"
    figures: Figures = [
        ("frozen bundle on disk",
         against(total / 1e6, floor / 1e6, "Python and Qt Widgets alone", "MB",
                 f"< {TARGET_MB} MB: {met}")),
        ("  largest parts", ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in largest)),
    ]  # fmt: skip
    cli = made / ("registre-cli.exe" if sys.platform == "win32" else "registre-cli")
    sources = [sys.executable, "-m", "desktop_app"]
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as name:
        folder = Path(name)
        env = {**compiled_env(), "REGISTRE_CONFIG_DIR": str(folder / "config"), "HOME": name}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        demo = folder / "demo.db"
        subprocess.run([str(cli), "--db", str(demo), "demo"], check=True, env=env,
                       capture_output=True)  # fmt: skip
        commands = {
            "--help": ["--help"],
            "report, demonstration database": ["--db", str(demo), "report"],
        }
        for label, arguments in commands.items():
            wall_seconds([str(cli), *arguments], env)  # the first run reads the files from disk
            timed = medians(
                runs,
                sources=lambda a=arguments: wall_seconds([*sources, *a], env),
                frozen=lambda a=arguments: wall_seconds([str(cli), *a], env),
            )
            figures.append(
                (f"frozen registre-cli {label} (median of {runs}, {load()})",
                 against(timed["frozen"], timed["sources"], "the same from the sources",
                         target="< 1 s"))
            )  # fmt: skip
        figures += window_figures(made, folder, env, runs)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_bundle", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    for label, figure in run(None, args.runs):
        print(f"{label:60} {figure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
