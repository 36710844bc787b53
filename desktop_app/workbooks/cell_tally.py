"""The figures of a workbook's sheets that decide the memory they take once read, added up
against a budget (workbooks/cell_budget.py), and the XML parts read a chunk at a time."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

CHUNK = 4 << 20


@dataclass(frozen=True)
class Costs:
    """Bytes of memory, once read, per cell of the rectangle, per cell with a value and per
    character of text (measured with bench/bench_sheets.py)."""

    per_cell: int = 40
    per_value: int = 90
    per_char: int = 3


DEFAULT_COSTS = Costs()


@dataclass
class SheetSize:
    name: str
    rows: int = 0
    columns: int = 0
    values: int = 0
    characters: int = 0

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    def bytes(self, costs: Costs, *, with_text: bool = True) -> int:
        text = self.characters * costs.per_char if with_text else 0
        return self.cells * costs.per_cell + self.values * costs.per_value + text


class OverBudget(Exception):
    """The sheets would take more memory than the budget; `sheet` is the one that went over."""

    def __init__(self, sheet: SheetSize, estimate: int) -> None:
        super().__init__(f"{sheet.name}: about {estimate} bytes")
        self.sheet = sheet
        self.estimate = estimate


class Tally:
    def __init__(self, budget: int, costs: Costs) -> None:
        self.budget, self.costs = budget, costs
        self.sheets: list[SheetSize] = []
        self.done = 0  # bytes of the sheets finished

    def over(self, sheet: SheetSize, *, with_text: bool = True) -> bool:
        return self.done + sheet.bytes(self.costs, with_text=with_text) > self.budget

    def check(self, sheet: SheetSize, *, with_text: bool = True) -> None:
        if self.over(sheet, with_text=with_text):
            raise OverBudget(sheet, self.done + sheet.bytes(self.costs, with_text=with_text))

    def finish(self, sheet: SheetSize) -> None:
        self.check(sheet)
        self.sheets.append(sheet)
        self.done += sheet.bytes(self.costs)


def chunks(archive: zipfile.ZipFile, name: str, cut: bytes) -> Iterator[bytes]:
    """The part's bytes a chunk at a time, each cut before the last `cut` in it (the rest
    goes with the next chunk) and ending with "<" so that a text before the cut still reads."""
    tail = b""
    with archive.open(name) as part:
        while data := part.read(CHUNK):
            buffer = tail + data
            at = buffer.rfind(cut)
            if at <= 0 or len(buffer) - at > 4 * CHUNK:  # no cut, or one huge element
                at = len(buffer)
            tail = buffer[at:]
            yield buffer[:at] + b"<"
    if tail:
        yield tail + b"<"
