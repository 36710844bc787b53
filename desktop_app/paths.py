"""Find the data folders (db/, resources/) in a source checkout, an installed wheel and a frozen
bundle alike, and the user's default database location."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Registre"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_roots() -> list[Path]:
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR / "_data")  # wheel: force-included by pyproject.toml
    roots.append(_PACKAGE_DIR.parent)  # source checkout or editable install
    return roots


def data_dir(name: str) -> Path:
    """The data folder `name` ("db" or "resources"), wherever the program runs from."""
    for root in _data_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name!r} not found in {_data_roots()}")


def resource_path(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)


def user_data_folder() -> Path:
    """The user's own data folder: the default database, and the private folder of the copies
    read in clear (private_folder.py). Local on Windows (never the roaming profile, which a
    domain copies to its server)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return user_data_folder() / "registre.db"
