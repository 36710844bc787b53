"""A wheel built from a clean checkout (no .qm files: they are built, not kept in git) carries
the compiled translations, so that `pip install .` speaks French."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = "desktop_app/_data/resources/translations/"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def _clean_checkout(target: Path) -> Path:
    """The files git knows or would add (what a fresh clone has), without ignored ones."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    assert not list(target.rglob("*.qm"))
    return target


def _build(source: Path, out: Path, *isolation: str) -> Path:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", *isolation, "-w", str(out), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = out.glob("registre-*.whl")
    return wheel


def _speaks_french(wheel: Path, unpacked: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert {SHIPPED + "registre_fr.qm", SHIPPED + "registre_en.qm"} <= names
        archive.extractall(unpacked)
    compiled = unpacked / SHIPPED / "registre_fr.qm"
    assert compiled.read_bytes()[:16] == QM_MAGIC
    translator = QTranslator()
    assert translator.load(str(compiled))
    french = translator.translate("Cli", "no backups in {folder}")
    assert french == "aucune sauvegarde dans {folder}"


def test_a_wheel_from_a_clean_checkout_speaks_french(tmp_path: Path) -> None:
    source = _clean_checkout(tmp_path / "checkout")
    wheel = _build(source, tmp_path / "dist", "--no-build-isolation")
    _speaks_french(wheel, tmp_path / "unpacked")


@pytest.mark.slow
def test_the_build_requirements_compile_the_translations(tmp_path: Path) -> None:
    """As `pip install .` builds: in an isolated environment holding only the build
    requirements of pyproject.toml (PySide6-Essentials brings pyside6-lrelease)."""
    source = _clean_checkout(tmp_path / "checkout")
    wheel = _build(source, tmp_path / "dist")
    _speaks_french(wheel, tmp_path / "unpacked")
