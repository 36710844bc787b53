"""ICU's data library, for a bundle that speaks French and English (Linux).

On Linux, PySide6's Qt carries its own ICU, and its data library (libicudata.so.73, 32 MB) holds
every language's collation, names, units and converters: the biggest file of the bundle. Qt
uses ICU to sort and compare text by locale, change case, name time zones and convert legacy
encodings. The copy made here keeps what French and English need and what every locale shares:
the root data, every `fr*` and `en*` locale, the Unicode and collation tables, the time zones,
the break rules and their dictionaries, and the Western converters (ISO-8859, Windows-125x, DOS
and Mac pages); another locale falls back to the root data, as ICU does for any locale it
lacks. About 8.7 MB instead of 32.

It is made with ICU's own package tool (`icupkg`, Debian's icu-devtools) and binutils
(`objcopy`, `ld`), which PyInstaller needs on Linux anyway; without them the library is kept
as it is and the build says so. Windows and macOS bundles carry no such library.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("fr", "en")
LIBRARY = re.compile(r"libicudata\.so\.(\d+)$")
# Locale data items: "fr.res", "coll/en_GB.res", "zone/de_.res" (not "res_index.res").
LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9_]*)?\.res$")
WESTERN_CONVERTERS = re.compile(
    r"^(ibm-(37|367|437|813|819|850|858|912|913|914|915|916|919|920|921|923|1250|1251|1252"
    r"|1253|1254|1257|5346|5347|5348|5349|5350|5351|5352|5353|5354)_.*"
    r"|iso-8859_.*|us-ascii.*|windows-125.*|macos-0_2.*)\.cnv$",
    re.IGNORECASE,
)
TOOLS = ("icupkg", "objcopy", "objdump", "ld")


def kept(item: str) -> bool:
    """Whether a data item ("coll/fr.res", "ibm-943_P15A-2003.cnv") stays."""
    name = item.rsplit("/", 1)[-1]
    if name.endswith(".cnv"):
        return WESTERN_CONVERTERS.match(name) is not None
    locale = LOCALE_ITEM.match(name)
    if locale is None or name == "res_index.res":
        return True
    return locale.group(1) in LANGUAGES


def _run(*command: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, check=True, capture_output=True, text=True
    )
    return done.stdout


def for_french_and_english(library: Path, folder: Path) -> tuple[Path | None, str]:
    """(the trimmed copy of `library` made in `folder`, what was done), or (None, why not)."""
    version = LIBRARY.search(library.name)
    if version is None or not sys.platform.startswith("linux"):
        return None, f"{library.name}: not ICU's data library on Linux"
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        return None, "ICU data kept whole: " + ", ".join(missing) + " not found"
    package = f"icudt{version.group(1)}{'l' if sys.byteorder == 'little' else 'b'}"
    whole, trimmed = folder / "whole", folder / "trimmed"
    for made in (whole, trimmed):
        shutil.rmtree(made, ignore_errors=True)
        made.mkdir(parents=True)
    try:
        data = whole / f"{package}.dat"
        _run("objcopy", "-O", "binary", "--only-section=.rodata", library, data)
        items = _run("icupkg", "-l", data).split()
        dropped = [item for item in items if not kept(item)]
        (folder / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        _run("icupkg", "-r", folder / "dropped.txt", data, trimmed / data.name)
        described = _run("objdump", "-f", library)
        bfd = re.search(r"file format (\S+)", described)
        architecture = re.search(r"architecture: ([^,\s]+)", described)
        if bfd is None or architecture is None:
            return None, f"ICU data kept whole: objdump cannot describe {library.name}"
        _run(
            "objcopy", "-I", "binary", "-O", bfd.group(1), "-B", architecture.group(1),
            "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
            "--set-section-alignment", ".rodata=16",
            "--redefine-sym", f"_binary_{package}_dat_start=icudt{version.group(1)}_dat",
            data.name, "data.o", cwd=trimmed,
        )  # fmt: skip
        made = trimmed / library.name
        _run("ld", "-shared", "-soname", library.name, "-o", made, trimmed / "data.o")
    except (OSError, subprocess.CalledProcessError) as error:
        return None, f"ICU data kept whole: {error}"
    return made, (
        f"{library.name}: {len(items) - len(dropped)} of {len(items)} data items kept, "
        f"{library.stat().st_size / 1e6:.1f} MB -> {made.stat().st_size / 1e6:.1f} MB"
    )
