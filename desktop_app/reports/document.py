"""A printable document as plain data: headings, paragraphs and tables on A4 pages.

Report builders describe what to print with these blocks; `pdf_render` lays them out and draws
them. Keeping the description apart keeps Qt in one module and lets tests read a document's
content without rendering it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.reports.cards import QrMatrix


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: title of a section, 2: sub-section


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Table:
    """A table whose header row is repeated at the top of every page it runs onto.

    `widths` are relative column widths; `min_row_height_mm` leaves room to sign by hand;
    `numeric` marks columns aligned to the right; `bold_last_row` sets off a totals row.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    numeric: frozenset[int] = frozenset()
    min_row_height_mm: float = 0.0
    bold_last_row: bool = False
    font_size: float = 9.0
    placed: bool = False  # where its rows land is handed to `Document.page_code`


@dataclass(frozen=True)
class KeyValues:
    """Label and value pairs, two columns without a header (an event's details)."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PageBreak:
    pass


# One palette for the window's charts, the PDF's and the workbook's.
CHART_COLOURS = {
    "women": "#c0504d",
    "men": "#4f81bd",
    "unknown": "#a5a5a5",
    "youth": "#9bbb59",
    "not_youth": "#4f81bd",
    "bars": "#4f81bd",
    "unnamed": "#f79646",
}


@dataclass(frozen=True)
class Series:
    """One coloured part of a chart: a series of columns, or a slice of a ring."""

    name: str
    colour: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Chart:
    """A chart as plain numbers, drawn by `pdf_charts`.

    kind "columns": one column per category (months, days), stacked by series (or side by
    side when `grouped`);
    kind "bars": one horizontal bar per category (one series), largest first as given;
    kind "ring": each series is one part of the whole (its single value), `centre` is written
    in the middle (a share). `language` groups the thousands of the numbers it writes.
    """

    kind: str
    title: str
    series: tuple[Series, ...]
    categories: tuple[str, ...] = ()
    centre: str = ""
    language: str = "en"
    # Columns: the series side by side in each category instead of stacked (actual beside
    # target), each with its own value above it.
    grouped: bool = False


@dataclass(frozen=True)
class ChartRow:
    """Charts side by side, `height_mm` high, kept together on one page."""

    charts: tuple[Chart, ...]
    height_mm: float = 62.0


@dataclass(frozen=True)
class PlacedRow:
    """A row of the `placed` table on one page: its index among the table's rows, and where it
    lies, in millimetres from the page's top left corner."""

    index: int
    top_mm: float
    height_mm: float


@dataclass(frozen=True)
class PagePlacement:
    """What a page holds of the `placed` table: its rows and its column edges (millimetres)."""

    page: int
    pages: int
    rows: tuple[PlacedRow, ...]
    column_edges_mm: tuple[float, ...]


Block = Heading | Paragraph | Table | KeyValues | PageBreak | ChartRow


@dataclass(frozen=True)
class Document:
    """Everything needed to print: blocks plus what each page repeats.

    `running_title` is printed at the top of every page beside the organisation's name and
    logo; `page_label` is the footer template with {page} and {pages}.
    """

    title: str
    blocks: tuple[Block, ...]
    organisation: str = ""
    logo: Path | None = None
    running_title: str = ""
    page_label: str = "Page {page} of {pages}"
    footer_note: str = ""
    landscape: bool = False
    author: str = field(default="Registre")
    # A page meant to be photographed and read back (docs/photos.md): corner markers on every
    # page, and this page's QR code, made from where the `placed` table's rows landed.
    page_code: Callable[[PagePlacement], QrMatrix] | None = None
