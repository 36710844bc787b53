"""No English text reaches the user past the translator: a scan of desktop_app/commands/.

The scan reads the sources (an AST walk) and fails on
- a string with words given to print(), outside QT_TRANSLATE_NOOP;
- an f-string with words, anywhere (its words could not be translated);
- help= or description= that is not a QT_TRANSLATE_NOOP text (or a text translated already);
- output.say / warn / text given plain text instead of a marked one;
- QT_TRANSLATE_NOOP inside an f-string, where lupdate does not look.
Texts built elsewhere and returned (a list of lines) are covered by the f-string rule and by
the tests that run the commands in French.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = sorted((ROOT / "desktop_app" / "cli").glob("*.py"))
WORDS = re.compile(r"[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)s")
# Literal text that is the same in every language: the program's name before an error, the
# module path the subcommands are imported from, the version line.
ALLOWED = {"registre: ", "desktop_app.cli.", "Registre "}
OUTPUT_CALLS = {"say", "warn", "text"}


def _is_marked(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node) == "QT_TRANSLATE_NOOP"


def _name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else ""


def _has_words(text: str) -> bool:
    return text not in ALLOWED and bool(WORDS.search(PLACEHOLDER.sub("", text)))


def _literal_words(node: ast.AST) -> list[ast.Constant]:
    """String constants with words under `node`, not counting marked texts."""
    if _is_marked(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if _has_words(node.value) else []
    found = []
    for child in ast.iter_child_nodes(node):
        if isinstance(node, ast.FormattedValue) and child is node.format_spec:
            continue  # {created:%Y-%m-%d}
        found += _literal_words(child)
    return found


def _is_translated(node: ast.AST) -> bool:
    """A marked text, or the result of output.text(marked, ...)."""
    if _is_marked(node):
        return True
    return isinstance(node, ast.Call) and _name(node) == "text" and bool(node.args)


def untranslated(source: str, label: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        where = f"{label}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.JoinedStr) and _literal_words(node):
            found.append(f"{where} f-string with words")
        if isinstance(node, ast.JoinedStr) and any(
            isinstance(inner, ast.Call) and _is_marked(inner) for inner in ast.walk(node)
        ):
            found.append(f"{where} QT_TRANSLATE_NOOP inside an f-string (lupdate misses it)")
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name == "print":
            arguments = [*node.args, *(k.value for k in node.keywords if k.arg != "file")]
            for argument in arguments:
                if not isinstance(argument, ast.JoinedStr) and _literal_words(argument):
                    found.append(f"{where} print() of plain text")
        for keyword in node.keywords:
            if keyword.arg in ("help", "description") and not _is_translated(keyword.value):
                found.append(f"{where} {keyword.arg}= not marked QT_TRANSLATE_NOOP")
        if name in OUTPUT_CALLS and isinstance(node.func, ast.Attribute) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant | ast.JoinedStr | ast.BinOp):
                found.append(f"{where} output.{name}() of a text not marked")
        if name == "ArgumentTypeError" and node.args and not _is_translated(node.args[0]):
            found.append(f"{where} ArgumentTypeError with a text not translated")
    return found


def test_every_printed_text_of_the_commands_is_translatable() -> None:
    found = []
    for path in COMMANDS:
        found += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "text printed in English whatever the language:\n" + "\n".join(found)


def test_the_scan_finds_untranslated_text() -> None:
    sample = (
        "def run(args, path):\n"
        "    print(f'{path}: verified')\n"
        "    print('Nothing to change.')\n"
        "    parser.add_argument('--out', help='file to write')\n"
        "    output.say('Done.')\n"
        "    raise argparse.ArgumentTypeError(f'{text!r} is not a score')\n"
        "    print(output.text(QT_TRANSLATE_NOOP('Cli', 'Done: {n}'), n=3))\n"
        "    print(f'{info.created:%Y-%m-%d}  {info.path}')\n"
        "    print('\\n'.join(lines))\n"
        "    parser.add_argument('--in', help=QT_TRANSLATE_NOOP('Cli', 'file to read'))\n"
        "    print(f'registre: {message}', file=sys.stderr)\n"
        "    input(f\"{question} {output.text(QT_TRANSLATE_NOOP('Cli', '[y/N]'))} \")\n"
    )
    lines = [int(item.split(" ", 1)[0].rsplit(":", 1)[1]) for item in untranslated(sample, "x")]
    assert sorted(set(lines)) == [2, 3, 4, 5, 6, 12]
