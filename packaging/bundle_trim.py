"""What the bundle leaves out of what PyInstaller collects (packaging/registre.spec).

PyInstaller's Qt hooks collect every plugin of the Qt modules they see, and the libraries those
plugins link to: Wayland, EGL and framebuffer platforms, GTK's theme (with GTK's own libraries),
network and TLS back-ends, touch and tablet input. Registre shows widgets on Windows, X11 (and
offscreen for its tests), reads PNG, JPEG, SVG and ICO images (logos, its icon), and never
opens a network socket through Qt. What each exclusion saves is in docs/packaging.md.

`trim` keeps the plugins named in KEPT_PLUGINS, drops the Qt translations of other languages,
then the libraries that only the dropped files needed (found from the binaries' own import
tables, so that nothing a kept file links to is ever dropped), and the links to dropped files.

`icu_for_french_and_english` makes, where Qt carries its own ICU (Linux), a copy of ICU's data
library without the data of other languages (icu_data.py).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable

# Plugin folder -> the plugins kept (file names without "lib" and extension); a folder not
# named here is dropped whole.
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"),
    "xcbglintegrations": ("*",),  # loaded by the X11 platform for any window
    # Compose keys and input methods (accents typed on X11); not the virtual keyboard, which
    # PySide6-Addons brings (installed for the tests) with Qt Quick and QML behind it.
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "imageformats": ("qjpeg", "qsvg", "qico", "qgif"),  # logos; PNG is built into Qt
    "iconengines": ("qsvgicon",),
    "styles": ("*",),  # the Windows look (qmodernwindowsstyle)
}
# Qt's own translations kept (qtbase_fr.qm gives the standard buttons in French).
KEPT_LANGUAGES = ("fr", "en")

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (name in the bundle, source, type)
Imports = Callable[[str], Iterable[str]]  # a binary's source path -> names of libraries it needs


def _parts(name: str) -> tuple[str, ...]:
    return tuple(posixpath.normpath(name.replace("\\", "/")).split("/"))


def _plugin(name: str) -> tuple[str, str] | None:
    """(folder, stem) of a Qt plugin's bundle name ("PySide6/Qt/plugins/platforms/libqxcb.so"
    -> ("platforms", "qxcb")), or None for anything else."""
    parts = _parts(name)
    if not parts or parts[0] != "PySide6" or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) != at + 3:
        return None
    return parts[at + 1], parts[-1].split(".", 1)[0].removeprefix("lib")


def plugin_kept(name: str) -> bool:
    found = _plugin(name)
    if found is None:
        return True
    folder, stem = found
    kept = KEPT_PLUGINS.get(folder, ())
    return "*" in kept or stem in kept


def translation_kept(name: str) -> bool:
    """Qt's .qm files of the kept languages only (Registre's own are in resources/), and no
    translation source: the program reads the compiled .qm, the .ts files (0.4 MB) are for
    translators."""
    parts = _parts(name)
    if name.endswith(".ts") and "translations" in parts:
        return False
    if not name.endswith(".qm") or "translations" not in parts or parts[0] != "PySide6":
        return True
    return parts[-1].removesuffix(".qm").rsplit("_", 1)[-1] in KEPT_LANGUAGES


def _base(name: str) -> str:
    return _parts(name)[-1].lower()


def orphans(kept: list[Entry], dropped: list[Entry], imports: Imports) -> set[str]:
    """Names of the libraries in `kept` that only `dropped` binaries need, directly or through
    one another: what is left when the dropped files go."""
    by_base = {_base(name): (name, source) for name, source, _kind in kept}

    def needs(entries: Iterable[Entry]) -> set[str]:
        """Every bundled library the entries need, through any number of links."""
        seen: set[str] = set()
        todo = [source for _name, source, _kind in entries]
        while todo:
            for needed in imports(todo.pop()):
                base = _base(needed)
                if base in by_base and base not in seen:
                    seen.add(base)
                    todo.append(by_base[base][1])
        return seen

    needed_by_dropped = needs(dropped)
    roots = [entry for entry in kept if _base(entry[0]) not in needed_by_dropped]
    still_needed = needs(roots)
    return {by_base[base][0] for base in needed_by_dropped - still_needed}


def _link_target(entry: Entry) -> str:
    """The bundle name a SYMLINK entry points to (its source is relative to its folder)."""
    name, target, _kind = entry
    folder = posixpath.dirname(name.replace("\\", "/"))
    return posixpath.normpath(posixpath.join(folder, target.replace("\\", "/")))


def trim(binaries: list[Entry], datas: list[Entry], imports: Imports) -> tuple[list[Entry], ...]:
    """(binaries kept, datas kept, binaries dropped): the plugins and translations left out,
    then the libraries only they needed, and the links to what went."""
    links = [entry for entry in binaries if entry[2] == "SYMLINK"]
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    dropped = [entry for entry in files if not plugin_kept(entry[0])]
    kept = [entry for entry in files if plugin_kept(entry[0])]
    lonely = orphans(kept, dropped, imports)
    dropped += [entry for entry in kept if entry[0] in lonely]
    kept = [entry for entry in kept if entry[0] not in lonely]
    gone = {posixpath.normpath(name.replace("\\", "/")) for name, _source, _kind in dropped}
    kept += [link for link in links if _link_target(link) not in gone]
    dropped += [link for link in links if _link_target(link) in gone]
    kept_datas = [entry for entry in datas if translation_kept(entry[0])]
    return kept, kept_datas, dropped
