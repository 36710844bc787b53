"""Every user-visible string has a finished French translation, and nothing in the .ts is stale.

lupdate runs over the sources into a copy of resources/translations/registre_fr.ts: a string
that is new (unfinished), gone from the sources (vanished/obsolete) or translated without its
placeholders fails; a text with a count has each of its plural forms filled, each with the
source's placeholders. registre_en.ts holds the English plural forms of those texts only, under
the same rules. A scan of the sources finds text that lupdate cannot see: literal text
given straight to a widget, f-strings or variables inside tr(), tr() called on another object
(its context would differ at run time), UserMessage text not marked QT_TRANSLATE_NOOP, and a
count lupdate cannot see (`n=`, a name as translate()'s fourth argument).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.store import vocabulary

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "registre_fr.ts"
ENGLISH_TS_FILE = ROOT / "resources" / "translations" / "registre_en.ts"
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "packaging" / "update_translations.py"
)
assert _spec is not None and _spec.loader is not None
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?n|%L?\d+")
LETTERS = re.compile(r"[A-Za-z]{2,}")
# Widget methods and constructors whose text argument the user reads, and where it stands
# (other arguments are shortcuts, codes and keys).
TEXT_CALLS: dict[str, tuple[int, ...]] = {
    name: (0,)
    for name in (
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
        "setPlaceholderText", "setInformativeText", "setDetailedText", "setTitle",
        "setLabelText", "showMessage", "addRow", "setPrefix", "setSuffix",
        "setSpecialValueText", "setHorizontalHeaderLabels", "QLabel", "QPushButton",
        "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolBar",
        "QDockWidget", "QCommandLinkButton", "addItem", "addItems", "QListWidgetItem",
        "QTableWidgetItem", "QStandardItem", "Column",
    )
} | {
    "addTab": (1,), "setTabText": (1,), "insertItem": (1,), "setItemText": (1,),
    "make_action": (1,), "critical": (1, 2), "warning": (1, 2), "information": (1, 2),
    "question": (1, 2), "about": (1, 2),
}  # fmt: skip
# Texts meant to stay as they are in every language.
UNTRANSLATED = {"Français", "English", "Registre", "OK"}


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]
    state: str  # "", "unfinished", "vanished", "obsolete"
    numerus: bool = False  # one translation per plural form of the language


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            state = translation.get("type", "")
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            entries.append(Entry(name, source, texts, state, numerus))
    return entries


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> list[Entry]:
    """The committed .ts brought up to date with the sources (in a copy)."""
    copy = tmp_path_factory.mktemp("ts") / "registre_fr.ts"
    shutil.copyfile(TS_FILE, copy)
    update_translations.lupdate(copy, "fr", keep_obsolete=True)
    return read_ts(copy)


@pytest.fixture(scope="module")
def refreshed_english(tmp_path_factory: pytest.TempPathFactory) -> list[Entry]:
    """The committed English plural forms brought up to date with the sources (in a copy)."""
    copy = tmp_path_factory.mktemp("ts") / "registre_en.ts"
    shutil.copyfile(ENGLISH_TS_FILE, copy)
    update_translations.lupdate(copy, "en", keep_obsolete=True)
    return read_ts(copy)


def describe(entries: list[Entry]) -> str:
    return "\n".join(f"  [{e.context}] {e.source!r}" for e in entries[:40])


def test_every_string_has_a_french_translation(refreshed: list[Entry]) -> None:
    unfinished = [e for e in refreshed if e.state == "unfinished" or not all(e.translations)]
    assert not unfinished, (
        f"{len(unfinished)} strings without French translation "
        f"(run packaging/update_translations.py, translate, commit):\n{describe(unfinished)}"
    )


def test_no_translation_is_left_for_a_string_that_is_gone(refreshed: list[Entry]) -> None:
    stale = [e for e in refreshed if e.state in ("vanished", "obsolete")]
    assert not stale, f"{len(stale)} obsolete entries in {TS_FILE.name}:\n{describe(stale)}"


def test_the_committed_file_is_clean() -> None:
    entries = read_ts(TS_FILE)
    assert entries, "no translations at all"
    assert not [e for e in entries if e.state], "unfinished or obsolete entries committed"


def placeholders_differ(entries: list[Entry]) -> list[Entry]:
    """Finished entries where a translation, or one plural form, lacks or adds a placeholder."""
    return [
        e
        for e in entries
        if e.state == "" and any(
            sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(e.source))
            for text in e.translations
        )
    ]  # fmt: skip


def test_translations_keep_their_placeholders(refreshed: list[Entry]) -> None:
    wrong = placeholders_differ(refreshed)
    assert not wrong, f"placeholders differ from the source:\n{describe(wrong)}"


def test_texts_with_a_count_have_plural_forms(refreshed: list[Entry]) -> None:
    """%n without plural forms: the count was not seen by lupdate (a name where it wants the
    count: write `self.tr(text, "", n)`), so the words never follow the number."""
    counted = [e for e in refreshed if e.numerus]
    assert counted, "no text with plural forms at all"
    assert all(len(e.translations) == 2 for e in counted)  # French: one, many (0 is singular)
    blind = [e for e in refreshed if re.search(r"%L?n", e.source) and not e.numerus]
    assert not blind, f"texts with %n but no plural forms:\n{describe(blind)}"


def test_every_count_has_its_english_forms(refreshed_english: list[Entry]) -> None:
    unfinished = [
        e for e in refreshed_english if e.state == "unfinished" or not all(e.translations)
    ]
    assert not unfinished, (
        f"{len(unfinished)} texts without their English singular and plural "
        f"(run packaging/update_translations.py, fill registre_en.ts):\n{describe(unfinished)}"
    )
    stale = [e for e in refreshed_english if e.state in ("vanished", "obsolete")]
    assert not stale, f"obsolete entries in {ENGLISH_TS_FILE.name}:\n{describe(stale)}"
    wrong = placeholders_differ(refreshed_english)
    assert not wrong, f"placeholders differ from the source:\n{describe(wrong)}"


def test_the_english_file_holds_plural_forms_only(refreshed: list[Entry]) -> None:
    english = read_ts(ENGLISH_TS_FILE)
    assert english and all(e.numerus and len(e.translations) == 2 for e in english)
    assert not [e for e in english if e.state], "unfinished or obsolete entries committed"
    counted = {(e.context, e.source) for e in refreshed if e.numerus}
    assert {(e.context, e.source) for e in english} == counted


def test_vocabularies_have_both_languages() -> None:
    terms = vocabulary.activity_kinds() + vocabulary.person_categories()
    terms += vocabulary.attendance_roles()
    missing = [term.code for term in terms if not term.fr.strip() or not term.en.strip()]
    assert not missing


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        bare = PLACEHOLDER.sub("", node.value)
        return bool(LETTERS.search(bare)) and node.value not in UNTRANSLATED
    return isinstance(node, ast.JoinedStr) and any(_is_text(v) for v in node.values)


QT_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}
MESSAGE_BOXES = {"critical", "warning", "information", "question", "about"}


def _owner(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
        return function.value.id
    return ""


def _call_name(call: ast.Call) -> str:
    """The called name, or "" for calls that merely share a name (str.translate, log.warning)."""
    function = call.func
    if isinstance(function, ast.Name):  # a bare translate() is a callback passed in
        return "" if function.id == "translate" else function.id
    if not isinstance(function, ast.Attribute):
        return ""
    if function.attr == "translate" and _owner(call) not in QT_APPLICATIONS:
        return ""
    if function.attr in MESSAGE_BOXES and _owner(call) != "QMessageBox":
        return ""
    return function.attr


def _unseen_count(call: ast.Call, name: str, where: str) -> list[str]:
    """A count that lupdate's Python reader misses, leaving the text without plural forms:
    `n=` by keyword, or a fourth argument of translate() with a literal text that is not a
    literal number (lupdate takes a name there for an old "encoding" argument)."""
    if any(keyword.arg == "n" for keyword in call.keywords):
        return [f"{where} {name}() count given as n=: give it as a positional argument"]
    literal_text = name != "translate" or (
        len(call.args) >= 2 and isinstance(call.args[1], ast.Constant)
    )
    if name != "tr" and len(call.args) >= 4 and literal_text:
        count = call.args[3]
        if not (isinstance(count, ast.Constant) and isinstance(count.value, int)):
            return [
                f"{where} {name}() with a count lupdate cannot see: mark the text with "
                "QT_TRANSLATE_NOOP(context, text, None, 1) and translate that"
            ]
    return []


def untranslatable_texts(source: str, label: str, *, in_ui: bool) -> list[str]:
    """Places in one source file where the user would read text that cannot be translated."""
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{label}:{node.lineno}"
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
            # translate(context, variable) is Qt's way for texts marked elsewhere with
            # QT_TRANSLATE_NOOP; a text built here (f-string, concatenation) is never found.
            literal = node.args[:2] if name == "QT_TRANSLATE_NOOP" else node.args[:1]
            built = node.args[1:2] if name == "translate" else []
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in literal):
                found.append(f"{where} {name}() needs literal strings (lupdate reads them)")
            elif any(isinstance(a, ast.JoinedStr | ast.BinOp) for a in built):
                found.append(f"{where} {name}() of a text built at run time")
            if name == "tr" and _owner(node) != "self":
                found.append(f"{where} tr() on another object: use QCoreApplication.translate")
            found += _unseen_count(node, name, where)
        elif name == "UserMessage" and len(node.args) >= 2 and _is_text(node.args[1]):
            found.append(f"{where} UserMessage text not marked with QT_TRANSLATE_NOOP")
        elif in_ui and name in TEXT_CALLS:
            positions = TEXT_CALLS[name]
            for argument in (a for i, a in enumerate(node.args) if i in positions):
                items = argument.elts if isinstance(argument, ast.List) else [argument]
                if any(_is_text(item) for item in items):
                    found.append(f"{where} {name}() given text that is not translated")
    return found


def test_no_user_visible_text_escapes_translation() -> None:
    found = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        relative = path.relative_to(ROOT)
        source = path.read_text(encoding="utf-8")
        found += untranslatable_texts(source, str(relative), in_ui="ui" in relative.parts)
    assert not found, "text the user reads but no translator sees:\n" + "\n".join(found)


def test_the_scan_finds_untranslatable_text() -> None:
    sample = (
        "class A:\n"
        "    def f(self, other, name):\n"
        "        QLabel('Plain text')\n"
        "        self.tr(f'Hello {name}')\n"
        "        other.tr('Cancel')\n"
        "        UserMessage('Ctx', 'Not marked {x}')\n"
        "        QLabel(self.tr('Fine'))\n"
        "        QLabel('{count}')\n"
        "        QCoreApplication.translate('Ctx', f'Day {n}')\n"
        "        QCoreApplication.translate('Ctx', LABELS[code])\n"
        "        self.tr('%Ln rows', n=rows)\n"
        "        QCoreApplication.translate('Ctx', '%Ln rows', None, rows)\n"
        "        QCoreApplication.translate('Ctx', ROWS, None, rows)\n"
        "        QT_TRANSLATE_NOOP('Ctx', '{count} rows', None, 1)\n"
        "        QT_TRANSLATE_NOOP('Ctx', '{count} rows', None, count)\n"
        "        self.tr('%Ln rows', '', len(rows))\n"
    )
    found = untranslatable_texts(sample, "sample.py", in_ui=True)
    lines = [line.split(" ", 1)[0].rsplit(":", 1)[1] for line in found]
    assert lines == ["3", "4", "5", "6", "9", "11", "12", "15"]


def test_a_plural_form_without_its_placeholders_is_found() -> None:
    source = "%Ln records written to {file}."
    good = Entry(
        "Ctx",
        source,
        ("%Ln fiche écrite dans {file}.", "%Ln fiches écrites dans {file}."),
        "",
        True,
    )
    no_count = Entry(
        "Ctx",
        source,
        ("Une fiche écrite dans {file}.", "%Ln fiches écrites dans {file}."),
        "",
        True,
    )
    no_file = Entry(
        "Ctx", source, ("%Ln fiche écrite.", "%Ln fiches écrites dans {file}."), "", True
    )
    assert placeholders_differ([good, no_count, no_file]) == [no_count, no_file]
