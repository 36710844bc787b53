"""Figures printed beside their floor: what the same machine does at best in the same run.

A figure alone says little on a machine shared with other work (load 1 to 10 changes every
time); its ratio to a floor measured a moment before or after says how much Registre adds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def against(value: float, floor: float, what: str, unit: str = "s", target: str = "") -> str:
    """ "0.21 s, floor 0.15 s (import sqlalchemy), 1.4x; target ≤ 2x" """
    shown = f"{value:.2f} {unit}, floor {floor:.2f} {unit} ({what}), {value / floor:.1f}x"
    return f"{shown}; target {target}" if target else shown


def compiled_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for timed child processes: Python writes and reads its compiled
    bytecode, as an installed or frozen program does (a development shell may forbid it)."""
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def wall_seconds(command: Sequence[str | Path], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(
        [str(part) for part in command],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    return time.perf_counter() - started


def medians(runs: int, **commands: Callable[[], float]) -> dict[str, float]:
    """The median of `runs` timings of each command, the commands taken in turn (so that a
    burst of load falls on all of them alike)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(command())
    return {name: statistics.median(values) for name, values in times.items()}


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
