"""Build the one-folder bundle with PyInstaller and run the frozen program: it must start,
create and migrate a database, load its vocabularies, report, print a PDF and open its window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    build = [sys.executable, str(ROOT / "packaging" / "build.py")]
    build += ["--dist", str(out / "dist"), "--work", str(out / "work")]
    started = time.monotonic()
    done = subprocess.run(build, cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    size_line = [line for line in done.stdout.splitlines() if line.startswith("bundle:")]
    print(f"\n{size_line[-1]} built in {time.monotonic() - started:.0f} s")
    return out / "dist" / "Registre"


def run(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REGISTRE_CONFIG_DIR": str(home / "config"),
        "HOME": str(home),
    }
    command = [str(bundle / f"registre-cli{EXE_SUFFIX}"), *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=environment, cwd=home
    )


@pytest.mark.slow
def test_frozen_program_runs_and_reports(bundle: Path, tmp_path: Path) -> None:
    version = run(bundle, "--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"Registre {__version__}"

    database = tmp_path / "field.db"
    missing = run(bundle, "--db", str(database), "check", home=tmp_path)
    assert missing.returncode == 3 and "does not exist" in missing.stderr, missing.stderr
    demo = run(bundle, "--db", str(database), "demo", home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    check = run(bundle, "--db", str(database), "check", home=tmp_path)
    assert check.returncode == 0, check.stderr  # created and migrated: Alembic revisions shipped
    report = run(bundle, "--db", str(database), "report", home=tmp_path)
    assert report.returncode == 0, report.stderr
    assert "participants 88" in report.stdout  # the newsletter's committee meeting

    pdf = tmp_path / "report.pdf"
    printed = run(
        bundle, "--db", str(database), "report", "--format", "pdf", "--out", str(pdf),
        home=tmp_path,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    backup = run(bundle, "--db", str(database), "backup", "--out", str(tmp_path / "b.db"),
                 home=tmp_path)  # fmt: skip
    assert backup.returncode == 0 and "verified" in backup.stdout, backup.stderr

    shipped = bundle / "_internal"
    for compiled in ("registre_fr.qm", "registre_en.qm"):  # English: its plural forms
        assert (shipped / "resources" / "translations" / compiled).is_file(), compiled
    assert list(shipped.rglob("qtbase_fr.qm")), "Qt's own French translation is missing"


@pytest.mark.slow
def test_frozen_window_starts_offscreen(bundle: Path, tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REGISTRE_CONFIG_DIR": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    window = subprocess.Popen(
        [str(bundle / f"Registre{EXE_SUFFIX}"), "--db", str(tmp_path / "w.db")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        time.sleep(8)  # a missing platform plugin or module aborts well before
        still_running = window.poll() is None
    finally:
        window.terminate()
        _out, errors = window.communicate(timeout=20)
    assert still_running, errors
    assert "could not load the Qt platform plugin" not in errors.lower()
    assert "Traceback" not in errors
