"""Build the one-folder program: `python packaging/build.py` (from any folder).

Steps: install PyInstaller into the running Python if it is missing, compile the translations
(.ts -> .qm), run PyInstaller on packaging/registre.spec, link registre-cli to Registre (but on
Windows, where it is an executable of its own), print the bundle's size. The result is
dist/Registre/ (Registre and registre-cli side by side). On Windows, compile the installer next
with Inno Setup: `iscc packaging\\registre.iss`.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYINSTALLER = "pyinstaller>=6.6"


def run(*command: str | Path) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def tool(name: str) -> str:
    """A console script installed beside the running Python (the venv's bin or Scripts)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found beside {sys.executable} nor on PATH")
    return found


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        run(sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER)


def compile_translations() -> list[Path]:
    built = []
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        target = source.with_suffix(".qm")
        run(tool("pyside6-lrelease"), "-silent", source, "-qm", target)
        built.append(target)
    return built


def folder_size(folder: Path) -> int:
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    ensure_pyinstaller()
    compile_translations()
    environment = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(args.dist), "--workpath", str(args.work),
        str(ROOT / "packaging" / "registre.spec"),
    ]  # fmt: skip
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=environment)
    bundle = args.dist / "Registre"
    link_command_line(bundle)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB)")
    return 0


def link_command_line(bundle: Path) -> None:
    """registre-cli beside Registre: on Windows a console executable of its own (the spec
    makes it); elsewhere, where a program has no console flag, a link to the same program."""
    if sys.platform == "win32":
        return
    link = bundle / "registre-cli"
    link.unlink(missing_ok=True)
    link.symlink_to("Registre")


if __name__ == "__main__":
    raise SystemExit(main())
