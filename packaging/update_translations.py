"""Refresh resources/translations/*.ts from the sources with pyside6-lupdate.

`.venv/bin/python packaging/update_translations.py` extracts every `tr()`,
`QCoreApplication.translate()` and `QT_TRANSLATE_NOOP()` string of desktop_app/, keeps the
existing translations, marks new strings unfinished and drops strings no longer used: into
registre_fr.ts every string, into registre_en.ts only the texts with a count (`-pluralonly`),
whose English singular and plural forms it holds. Then
translate the unfinished entries (Qt Linguist: `.venv/bin/pyside6-linguist`, or any editor)
and run `make translations` to build the .qm files. See docs/translation.md.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
TARGETS = {"fr": TRANSLATIONS / "registre_fr.ts", "en": TRANSLATIONS / "registre_en.ts"}


def lupdate_tool() -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / "pyside6-lupdate", folder / "pyside6-lupdate.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6 in this environment")
    return found


def source_files(root: Path = ROOT) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in (root / "desktop_app").rglob("*.py"))


def lupdate(ts_file: Path, language: str, *, keep_obsolete: bool = False) -> str:
    """Run lupdate over all sources into `ts_file`; lupdate's summary. For the source language
    itself only the plural forms are kept."""
    command = [lupdate_tool(), *source_files(), "-ts", str(ts_file), "-locations", "none"]
    command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    if not keep_obsolete:
        command.append("-no-obsolete")
    done = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    return done.stdout + done.stderr


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language, ts_file in TARGETS.items():
        print(lupdate(ts_file, language).strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
