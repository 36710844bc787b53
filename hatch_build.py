"""Build hook: compile the translations (resources/translations/*.ts -> .qm) into the wheel.

The .qm files are built, not kept in git; without this step a wheel made from a clean checkout
would speak English only. pyside6-lrelease comes with PySide6-Essentials, which the build
requirements of pyproject.toml bring into the build environment.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LRELEASE_MODULE = "from PySide6.scripts.pyside_tool import lrelease; raise SystemExit(lrelease())"


def lrelease_command() -> list[str]:
    """pyside6-lrelease of the build environment (its script, or the module behind it)."""
    script = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-c", LRELEASE_MODULE]


def compile_translations(folder: Path) -> list[Path]:
    """Every .ts in `folder` compiled to the .qm beside it; the .qm files."""
    made = []
    for source in sorted(folder.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        subprocess.run(
            [*lrelease_command(), "-silent", str(source), "-qm", str(compiled)], check=True
        )
        if not compiled.is_file():
            raise RuntimeError(f"pyside6-lrelease did not write {compiled}")
        made.append(compiled)
    return made


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # resources/ is force-included whole (pyproject.toml): the .qm go with it.
        compile_translations(Path(self.root) / "resources" / "translations")
