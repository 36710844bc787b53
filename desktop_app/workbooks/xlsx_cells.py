"""The figures of an .xlsx workbook's sheets (workbooks/cell_budget.py), read from each sheet's
XML a chunk at a time, in the quickest way the chunk allows:

- every cell's reference written first, as Excel, LibreOffice and the usual libraries do: byte
  counts and a few searches (the last cell with a value is on the chunk's last row; a search
  looks for any cell beyond it or beyond the columns seen so far, and only then are the
  chunk's cells counted one by one); texts bounded by the XML's size, counted when that bound
  would go over the budget;
- no references at all (some generators): rows and cells in order, counted by rows;
- anything else (references on some cells only, namespace prefixes): followed tag by tag, as
  python-calamine does, a cell without reference taking the next place.
"""

from __future__ import annotations

import re
import zipfile
from operator import methodcaller

from desktop_app.workbooks.cell_tally import SheetSize, Tally, chunks

# Bytes of markup at least around any cell's value (<c r="A1"><v></v></c>), more around an
# inline string (<c r="A1" t="inlineStr"><is><t></t></is></c>), around a row (<row></row>).
MARKUP, INLINE_MARKUP, ROW_MARKUP = 21, 23, 11
P = {b"p": rb"(?:[\w.-]+:)?"}  # any namespace prefix of an element's name
_PREFIXED = re.compile(rb":(?:c|row|is|t|v|f)[\s>/]")
_WITHOUT_REF_FIRST = re.compile(rb'<c(?:[>/]|\s(?!r="))')
_ANY_REF = re.compile(rb"\sr\s*=")
_VALUED_REF = re.compile(rb'<c r="([A-Z]+)([0-9]+)"[^>]*(?<!/)>')
_CELL_ROW = re.compile(rb'<c r="[A-Z]+([0-9]+)"')
_ROW_OR_CELL = re.compile(rb"<(/?)%(p)s(row|c)(?=[\s>/])([^>]*?)(/?)>" % P)
_REF = re.compile(rb"\br\s*=\s*[\"']([A-Z]*)([0-9]*)[\"']")
_TEXTS = (re.compile(rb"<%(p)s[tv]\b[^>]*>([^<]*)<" % P),)
_PLAIN_TEXTS = (re.compile(rb"<t(?:\s[^>]*)?>([^<]*)<"), re.compile(rb"<v>([^<]*)<"))
_SHARED_CELL = re.compile(
    rb"<%(p)sc\s[^>]*?\bt\s*=\s*[\"']s[\"'][^>]*(?<!/)>\s*"
    rb"(?:<%(p)sf\b[^>]*/>\s*|<%(p)sf\b[^>]*>[^<]*</%(p)sf>\s*)?"
    rb"<%(p)sv>\s*([0-9]{1,9})\s*<" % P
)
_SHARED_ITEM = re.compile(rb"<%(p)ssi\b[^>]*?(?:/>|>(.*?)</%(p)ssi>)" % P, re.DOTALL)
_SHEET = re.compile(rb"<%(p)ssheet\s[^>]*>" % P)
_NAME = re.compile(rb"\bname\s*=\s*[\"']([^\"']*)[\"']")
_REL_ID = re.compile(rb"\br:id\s*=\s*[\"']([^\"']*)[\"']")
_RELATION = re.compile(rb"<%(p)sRelationship\s[^>]*>" % P)
_ID = re.compile(rb"\bId\s*=\s*[\"']([^\"']*)[\"']")
_TARGET = re.compile(rb"\bTarget\s*=\s*[\"']([^\"']*)[\"']")


def xlsx_sizes(archive: zipfile.ZipFile, names: set[str], tally: Tally) -> None:
    shared = _shared_lengths(archive, names)
    titles = _sheet_names(archive)
    for part in sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")):
        sheet, bounded = _scan(archive, part, SheetSize(titles.get(part, part)), tally, shared)
        if bounded and tally.over(sheet):
            sheet.characters = _characters(archive, part, shared)
        tally.finish(sheet)


def _scan(
    archive: zipfile.ZipFile, part: str, sheet: SheetSize, tally: Tally, shared: list[int]
) -> tuple[SheetSize, bool]:
    """The sheet's figures, and whether its texts are only bounded."""
    longest = max(shared, default=0)
    bounded = False
    for chunk in chunks(archive, part, b"<"):
        prefixed = _PREFIXED.search(chunk) is not None
        if not prefixed and not _WITHOUT_REF_FIRST.search(chunk):
            _with_references(chunk, sheet, longest)
            bounded = True
        elif not prefixed and not _ANY_REF.search(chunk):
            _in_order(chunk, sheet)
            sheet.characters += _texts(chunk, shared, _PLAIN_TEXTS)
        else:
            _followed(chunk, sheet)
            sheet.characters += _texts(chunk, shared, _TEXTS if prefixed else _PLAIN_TEXTS)
        tally.check(sheet, with_text=False)
    return sheet, bounded


def _with_references(chunk: bytes, sheet: SheetSize, longest: int) -> None:
    values = chunk.count(b"</c>")
    if values:
        last_value = chunk.rfind(b"</c>")
        last = _CELL_ROW.match(chunk, chunk.rfind(b'<c r="', 0, last_value))
        rows = max(sheet.rows, int(last.group(1)) if last else 0)
        columns_beyond = b'<c r="%s[0-9]' % _columns_after(sheet.columns)
        rows_beyond = b'<c r="[A-Z]+%s"' % _rows_after(rows)
        if re.search(columns_beyond, chunk) or re.search(rows_beyond, chunk):
            found = _VALUED_REF.findall(chunk)
            rows = max(rows, max((int(row) for _letters, row in found), default=0))
            widest = max((c for c, _row in found), key=lambda c: (len(c), c), default=b"")
            sheet.columns = max(sheet.columns, _column_number(widest))
        sheet.rows = rows
        sheet.values += values
    markup = (
        MARKUP * values
        + INLINE_MARKUP * chunk.count(b't="inlineStr"')
        + ROW_MARKUP * chunk.count(b"</row>")
    )
    sheet.characters += max(len(chunk) - markup, 0)
    if longest:
        sheet.characters += chunk.count(b't="s"') * longest


def _in_order(chunk: bytes, sheet: SheetSize) -> None:
    """Rows and cells without references: each row follows the last, each cell the last."""
    rows = chunk.split(b"</row>")
    sheet.rows += chunk.count(b"<row")
    sheet.columns = max(sheet.columns, max(map(methodcaller("count", b"<c"), rows)))
    sheet.values += chunk.count(b"</c>")


def _followed(chunk: bytes, sheet: SheetSize) -> None:
    """Tag by tag: a row or cell without reference takes the next place."""
    row, column = sheet.rows, 0
    for match in _ROW_OR_CELL.finditer(chunk):
        closing, tag, attributes, empty = match.groups()
        if closing:
            continue
        ref = _REF.search(attributes)
        if tag == b"row":
            row = int(ref.group(2)) if ref and ref.group(2) else row + 1
            column = 0
            continue
        if ref and ref.group(1):
            column = _column_number(ref.group(1))
            row = int(ref.group(2)) if ref.group(2) else row
        else:
            column += 1
        if not empty:
            sheet.values += 1
            sheet.rows = max(sheet.rows, row)
            sheet.columns = max(sheet.columns, column)


def _texts(chunk: bytes, shared: list[int], patterns: tuple[re.Pattern[bytes], ...]) -> int:
    """The characters of the chunk's texts, each shared string counted in every cell naming it."""
    total = sum(sum(map(len, pattern.findall(chunk))) for pattern in patterns)
    if shared:
        indexes = map(int, _SHARED_CELL.findall(chunk))
        total += sum(shared[i] if i < len(shared) else 0 for i in indexes)
    return total


def _characters(archive: zipfile.ZipFile, part: str, shared: list[int]) -> int:
    total = 0
    for chunk in chunks(archive, part, b"<"):
        prefixed = _PREFIXED.search(chunk) is not None
        total += _texts(chunk, shared, _TEXTS if prefixed else _PLAIN_TEXTS)
    return total


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _letters(number: int) -> bytes:
    letters = b""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = bytes([65 + rest]) + letters
    return letters


def _above(written: bytes, low: bytes, high: bytes, first: bytes) -> bytes:
    """A pattern for the numerals written with the characters low..high that are above
    `written` (longer, or as long and greater in the first place they differ); `first` is
    the class a longer numeral starts with."""
    any_one = b"[" + low + b"-" + high + b"]"
    options = [first + any_one + b"{%d,}" % len(written)]
    for at, character in enumerate(written):
        if character < high[0]:
            higher = b"[" + bytes([character + 1]) + b"-" + high + b"]"
            options.append(written[:at] + higher + any_one + b"{%d}" % (len(written) - at - 1))
    return b"(?:" + b"|".join(options) + b")"


def _columns_after(column: int) -> bytes:
    return _above(_letters(column), b"A", b"Z", b"[A-Z]")


def _rows_after(row: int) -> bytes:
    """Row numbers above `row`, and any written with a leading zero."""
    return b"(?:0[0-9]*|" + _above(b"%d" % row if row else b"", b"0", b"9", b"[1-9]") + b")"


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> the sheet's name as the user sees it."""
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        rels = b""
    targets = {}
    for tag in _RELATION.findall(rels):
        rel, target = _ID.search(tag), _TARGET.search(tag)
        if rel and target:
            targets[rel.group(1)] = target.group(1).lstrip(b"/").removeprefix(b"xl/")
    names: dict[str, str] = {}
    for tag in _SHEET.findall(archive.read("xl/workbook.xml")):
        name, rel = _NAME.search(tag), _REL_ID.search(tag)
        if name and rel and rel.group(1) in targets:
            part = "xl/" + targets[rel.group(1)].decode("utf-8", "replace")
            names[part] = name.group(1).decode("utf-8", "replace")
    return names


def _shared_lengths(archive: zipfile.ZipFile, names: set[str]) -> list[int]:
    if "xl/sharedStrings.xml" not in names:
        return []
    lengths: list[int] = []
    for chunk in chunks(archive, "xl/sharedStrings.xml", b"<si"):
        lengths.extend(len(text or b"") for text in _SHARED_ITEM.findall(chunk))
    return lengths
