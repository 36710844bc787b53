"""The Inno Setup script and the PyInstaller spec agree: names, paths, languages, per-user."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "registre.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "registre.spec").read_text(encoding="utf-8")


def iss_value(key: str) -> str:
    match = re.search(rf"^{key}=(.+)$", ISS, re.MULTILINE)
    assert match is not None, key
    return match.group(1).strip()


def test_installer_takes_what_the_spec_builds() -> None:
    assert 'name="Registre",\n)' in SPEC  # the COLLECT folder dist/Registre
    assert 'name="Registre", console=False' in SPEC
    assert 'Source: "..\\dist\\Registre\\*"' in ISS
    assert ISS.count('"{app}\\Registre.exe"') >= 2  # shortcuts start the window


def test_icon_files_exist() -> None:
    icon = iss_value("SetupIconFile").replace("\\", "/")
    assert (ROOT / "packaging" / icon).resolve().is_file()
    assert (ROOT / "resources" / "icons" / "registre.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_per_user_with_french_and_english() -> None:
    assert iss_value("PrivilegesRequired") == "lowest"
    assert "{localappdata}" in iss_value("DefaultDirName")
    assert 'Name: "french"' in ISS and 'Name: "english"' in ISS
    assert "{autoprograms}\\Registre" in ISS  # the Start menu entry
