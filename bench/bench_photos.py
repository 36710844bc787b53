"""Reading photographed sign-in sheets: accuracy and time on synthetic hard photos.

    python -m bench.bench_photos [--pages 500] [--persons 40] [--seed 1] [--keep-refused DIR]

A sheet is printed (bench/photo_pages.py), then each photo is made from one of its pages with
its own signatures, marks, angle, light and blur, saved as JPEG and read by
`photos.reading.read_photos`, as the window and the command line read it. Prints the confusion
matrix of the pre-filled rows (truth by rows, decision by columns), the accuracy with every
"unsure" counted as wrong, the pages refused (QR code unreadable: "take it again"), the pages
whose QR code was read wrongly (must be 0), the hand-written rows found, and the time per
photo (reading only, file decoding included). `--keep-refused` saves the photos refused, those
whose QR code was read wrongly, those with a row decided wrongly or unsure and those with a
blank row taken for written in (its N° in the name), to look at.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import cv2
import zxingcpp

from bench.photo_pages import DAY, draw_marks, photograph, print_sheet, render_pages
from desktop_app.photos import ink
from desktop_app.photos.reading import read_photos
from desktop_app.signin.sheet_code import decode
from desktop_app.store import Database, open_database
from desktop_app.store.models import Site


def _database(folder: Path) -> Database:
    path = folder / "bench.db"
    database = open_database(path)
    with database.session() as session:
        session.add(Site(code="NE-NIA", name="Niamey", country="NE", is_local=True))
    database.close()
    return open_database(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--persons", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep-refused", type=Path, help="folder for the photos refused")
    args = parser.parse_args()
    if args.keep_refused:
        args.keep_refused.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = _database(folder)
        printed = print_sheet(database, folder, args.persons, blank_rows=8)
        pages = render_pages(printed.pdf, folder)
        codes = [decode(zxingcpp.read_barcodes(page)[0].text) for page in pages]
        rng = random.Random(args.seed)
        matrix: Counter[tuple[bool, str]] = Counter()
        refused: Counter[str] = Counter()
        refused_rows = 0  # the pre-filled rows of the pages refused: none of them was read
        wrong_codes = 0
        hand = Counter[str]()
        times: list[float] = []
        cpu: list[float] = []
        for number in range(args.pages):
            which = number % len(pages)
            code = codes[which]
            assert code is not None
            page = pages[which].copy()
            truth = draw_marks(page, code, rng, 250 / 25.4)
            photo = photograph(page, rng, truth)
            path = folder / "photo.jpg"
            cv2.imwrite(str(path), photo, [cv2.IMWRITE_JPEG_QUALITY, 92])
            start, start_cpu = time.perf_counter(), time.process_time()
            reading = read_photos(database, printed.activity_id, DAY, [path])
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            if reading.refused:
                refused[reading.refused[0].message.text[:40]] += 1
                refused_rows += len(code.rows)
                if args.keep_refused:
                    shutil.copy(path, args.keep_refused / f"refused-{number:03d}.jpg")
                continue
            if [row.token for row in reading.rows] != [row.token for row in code.rows] or (
                reading.pages[0].page != code.page
            ):
                wrong_codes += 1
                if args.keep_refused:
                    shutil.copy(path, args.keep_refused / f"wrong-code-{number:03d}.jpg")
                continue
            for row in reading.rows:
                matrix[(truth.signed[row.token], row.decision)] += 1
            wrong = [
                row.number
                for row in reading.rows
                if row.decision != ink.UNSURE
                and (row.decision == ink.SIGNED) != truth.signed[row.token]
            ]
            unsure = [row.number for row in reading.rows if row.decision == ink.UNSURE]
            for kind, numbers in (("wrong", wrong), ("unsure", unsure)):
                if numbers and args.keep_refused:
                    rows = "-".join(str(n) for n in numbers)
                    shutil.copy(path, args.keep_refused / f"{kind}-rows-{number:03d}-n{rows}.jpg")
            found = {row.number for row in reading.hand_rows}
            extra = sorted(found - truth.hand_rows)
            if extra and args.keep_refused:
                rows = "-".join(str(n) for n in extra)
                shutil.copy(path, args.keep_refused / f"extra-hand-rows-{number:03d}-n{rows}.jpg")
            hand["found"] += len(found & truth.hand_rows)
            hand["missed"] += len(truth.hand_rows - found)
            hand["extra"] += len(extra)
            if (number + 1) % 100 == 0 and number + 1 < args.pages:  # figures so far
                _report(number + 1, matrix, (refused, refused_rows), wrong_codes, hand, times, cpu)
        _report(args.pages, matrix, (refused, refused_rows), wrong_codes, hand, times, cpu)


def _report(
    pages: int,
    matrix: Counter[tuple[bool, str]],
    refusals: tuple[Counter[str], int],
    wrong_codes: int,
    hand: Counter[str],
    times: list[float],
    cpu: list[float],
) -> None:
    refused, refused_rows = refusals
    decisions = (ink.SIGNED, ink.NOT_SIGNED, ink.UNSURE)
    print(f"{pages} photos; rows by truth (lines) and decision (columns)")
    print(f"{'':>12}" + "".join(f"{d:>12}" for d in decisions))
    for signed in (True, False):
        label = "signed" if signed else "not signed"
        print(f"{label:>12}" + "".join(f"{matrix[(signed, d)]:>12}" for d in decisions))
    rows = sum(matrix.values())
    right = matrix[(True, ink.SIGNED)] + matrix[(False, ink.NOT_SIGNED)]
    unsure = matrix[(True, ink.UNSURE)] + matrix[(False, ink.UNSURE)]
    print(
        f"accuracy {100 * right / max(rows, 1):.2f} % of {rows} rows read "
        f"(unsure counted wrong: {unsure}); "
        f"{100 * right / max(rows + refused_rows, 1):.2f} % of {rows + refused_rows} rows "
        f"with the {refused_rows} rows of the pages refused counted wrong too"
    )
    print(f"pages refused: {sum(refused.values())} {dict(refused)}")
    print(f"pages whose QR code was read wrongly: {wrong_codes}")
    print(f"hand-written rows: {dict(hand)}")
    ordered = sorted(times)
    print(
        f"time per photo: mean {statistics.mean(times):.2f} s, median "
        f"{statistics.median(times):.2f} s, 95th {ordered[int(0.95 * (len(ordered) - 1))]:.2f} s, "
        f"max {ordered[-1]:.2f} s; CPU mean {statistics.mean(cpu):.2f} s "
        f"(load {os.getloadavg()[0]:.1f})",
        flush=True,
    )


if __name__ == "__main__":
    main()
