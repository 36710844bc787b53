"""What the bundle leaves out (packaging/bundle_trim.py, packaging/icu_data.py): the unused Qt
plugins and translations, the libraries only they need, the links to them, ICU's data of other
languages; never a library a kept file links to."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_trim  # noqa: E402
import icu_data  # noqa: E402

QT = "PySide6/Qt"


def test_the_plugins_kept_are_the_ones_registre_uses() -> None:
    kept = bundle_trim.plugin_kept
    assert kept(f"{QT}/plugins/platforms/libqxcb.so")
    assert kept(f"{QT}/plugins/platforms/qwindows.dll")
    assert kept(f"{QT}/plugins/platforms/libqoffscreen.so")  # the tests' platform
    assert kept(f"{QT}/plugins/imageformats/libqjpeg.so")  # a logo in JPEG
    assert kept(f"{QT}/plugins/imageformats/libqsvg.so")
    assert kept(f"{QT}/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so")
    assert kept(f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    # The virtual keyboard (PySide6-Addons, installed for the tests) needs Qt Quick and QML.
    assert not kept(f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not kept(f"{QT}/plugins/platforms/libqwayland.so")
    assert not kept(f"{QT}/plugins/platformthemes/libqgtk3.so")
    assert not kept(f"{QT}/plugins/tls/libqopensslbackend.so")
    assert not kept(f"{QT}/plugins/imageformats/libqwebp.so")
    assert kept(f"{QT}/lib/libQt6Core.so.6") and kept("libpython3.11.so.1.0")  # no plugin


def test_qt_translations_of_french_and_english_only() -> None:
    kept = bundle_trim.translation_kept
    assert kept(f"{QT}/translations/qtbase_fr.qm") and kept(f"{QT}/translations/qtbase_en.qm")
    assert not kept(f"{QT}/translations/qtbase_de.qm")
    assert not kept(f"{QT}/translations/qt_help_zh_CN.qm")
    assert kept("resources/translations/registre_fr.qm")  # Registre's own: not Qt's folder
    assert not kept("resources/translations/registre_fr.ts")  # the translators' source


def test_only_the_libraries_no_kept_file_needs_go_with_the_plugins() -> None:
    """libqwayland needs libQt6WaylandClient (only it) and libQt6Gui (needed by the window):
    the first goes, the second stays; the link to the one that went goes too."""
    links = {
        "qwayland": ["libQt6WaylandClient.so.6", "libQt6Gui.so.6", "libwayland-client.so.0"],
        "QtWidgets": ["libQt6Widgets.so.6", "libQt6Gui.so.6"],
        "libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libQt6Core.so.6"],
        "libQt6WaylandClient.so.6": ["libQt6Gui.so.6", "libwayland-client.so.0"],
    }

    def imports(source: str) -> list[str]:
        return links.get(Path(source).name, [])

    binaries = [
        (f"{QT}/plugins/platforms/libqwayland.so", "/site/qwayland", "BINARY"),
        ("PySide6/QtWidgets.abi3.so", "/site/QtWidgets", "EXTENSION"),
        *(
            (f"{QT}/lib/{name}", f"/site/{name}", "BINARY")
            for name in (
                "libQt6Widgets.so.6",
                "libQt6Gui.so.6",
                "libQt6Core.so.6",
                "libQt6WaylandClient.so.6",
            )
        ),
        ("libwayland-client.so.0", "/system/libwayland-client.so.0", "BINARY"),
        ("libQt6WaylandClient.so.6", f"{QT}/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", f"{QT}/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libpython3.11.so.1.0", "/python/libpython3.11.so.1.0", "BINARY"),  # needed by none
    ]
    datas = [(f"{QT}/translations/qtbase_de.qm", "/x", "DATA"), ("db/env.py", "/y", "DATA")]
    kept, kept_datas, dropped = bundle_trim.trim(binaries, datas, imports)
    assert sorted(name for name, *_ in dropped) == [
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "libQt6WaylandClient.so.6",  # its link
        "libwayland-client.so.0",
    ]
    assert {name for name, *_ in kept} == {name for name, *_ in binaries} - {
        name for name, *_ in dropped
    }
    assert "libpython3.11.so.1.0" in {name for name, *_ in kept}  # nothing dropped needs it
    assert kept_datas == [("db/env.py", "/y", "DATA")]


def test_icu_keeps_french_english_and_what_every_locale_shares() -> None:
    kept = icu_data.kept
    for item in ("fr.res", "fr_NE.res", "en_GB.res", "coll/fr.res", "coll/root.res", "root.res"):
        assert kept(item), item
    for item in ("coll/ucadata.icu", "res_index.res", "pool.res", "zoneinfo64.res", "nfkc.nrm"):
        assert kept(item), item  # Unicode, collation and time-zone tables, the index
    assert kept("brkitr/thaidict.dict") and kept("brkitr/line.brk")  # the root break rules'
    assert kept("ibm-5348_P100-1997.cnv") and kept("iso-8859_10-1998.cnv")  # Windows-1252...
    for item in ("de.res", "coll/zh_Hant.res", "zone/ha_NE.res", "ksh.res", "unit/es_419.res"):
        assert not kept(item), item
    assert not kept("ibm-943_P15A-2003.cnv") and not kept("gb18030.cnv")
