"""From photos to presences: the signed persons written present and signed, with the photos
kept as evidence, all in one go or nothing; the counts are those of typing the sheet by hand.
The command line reads, reports, and writes only when nothing is left unsure or refused."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from sqlalchemy import func, select

from bench.photo_pages import DAY, Truth, draw_marks, photograph, print_sheet, render_pages
from desktop_app.activities.attendance import check_in, list_attendance
from desktop_app.activities.counting import activity_counts
from desktop_app.door.expected import add_expected
from desktop_app.messages import RegistreError
from desktop_app.photos import ink
from desktop_app.photos.apply import write_presences
from desktop_app.photos.reading import read_photos
from desktop_app.signin.sheet_code import decode
from desktop_app.store import Database, open_database
from desktop_app.store.models import Activity, Badge, Person, SheetPhoto
from tests.cli.conftest import Run

DPI = 200


def _photos(db: Database, folder: Path, seed: int = 4) -> tuple[int, list[Path], Truth]:
    """A two-page sheet of 14 persons, photographed; the truth of both pages together."""
    printed = print_sheet(db, folder, persons=14, blank_rows=2)
    pages = render_pages(printed.pdf, folder, dpi=DPI)
    rng = random.Random(seed)
    truth = Truth()
    paths = []
    for number, page in enumerate(pages):
        code = decode(zxingcpp.read_barcodes(page)[0].text)
        assert code is not None
        marked = page.copy()
        truth.signed.update(draw_marks(marked, code, rng, DPI / 25.4).signed)
        path = folder / f"IMG_20240312_{number}.jpg"
        cv2.imwrite(str(path), photograph(marked, rng, Truth(), quarter=0))
        paths.append(path)
    return printed.activity_id, paths, truth


def test_photos_give_the_counts_of_typing_the_sheet(db: Database, tmp_path: Path) -> None:
    activity, paths, truth = _photos(db, tmp_path)
    reading = read_photos(db, activity, DAY, paths)
    assert reading.count(ink.UNSURE) == 0
    result = write_presences(db, reading)
    signed_people = [row.person_id for row in reading.rows if truth.signed[row.token]]
    assert result.signed == len(signed_people) == result.attendances_added
    assert result.not_signed == 14 - len(signed_people)
    assert result.photos_kept == 2
    rows = list_attendance(db, activity)
    assert sorted(r.person_id for r in rows) == sorted(signed_people)
    assert all(r.signed for r in rows)
    # The same sheet typed by hand into a twin activity: every signed person checked in.
    with db.session() as session:
        original = session.get(Activity, activity)
        assert original is not None
        twin = Activity(
            title="Twin",
            kind=original.kind,
            start_date=DAY,
            end_date=DAY,
            country="NE",
            city="Niamey",
            status="held",
        )
        session.add(twin)
        session.flush()
        twin_id = twin.id
    add_expected(db, twin_id, [row.person_id for row in reading.rows if row.person_id])
    for person_id in signed_people:
        assert person_id is not None
        check_in(db, twin_id, person_id, DAY)
    from_photos, typed = activity_counts(db, activity), activity_counts(db, twin_id)
    figures = ("participants", "named", "women", "men", "youth", "person_days", "completion")
    assert [getattr(from_photos, f) for f in figures] == [getattr(typed, f) for f in figures]
    assert from_photos.participants == len(signed_people)
    assert from_photos.women + from_photos.men == len(signed_people)
    with db.session() as session:
        kept = session.scalars(select(SheetPhoto).order_by(SheetPhoto.id)).all()
        assert [(p.file_name, p.pages, p.day) for p in kept] == [
            (paths[0].name, "1", DAY),
            (paths[1].name, "2", DAY),
        ]
        assert kept[0].content == paths[0].read_bytes()


def test_nothing_is_written_while_a_row_is_unsure_or_unknown(db: Database, tmp_path: Path) -> None:
    activity, paths, _truth = _photos(db, tmp_path)
    reading = read_photos(db, activity, DAY, paths)
    first = reading.rows[0]
    doubtful = replace(reading, rows=(replace(first, decision=ink.UNSURE), *reading.rows[1:]))
    with pytest.raises(RegistreError, match=r"1 rows? still unsure"):
        write_presences(db, doubtful)
    with db.session() as session:  # a badge this database does not know any more
        for badge in session.scalars(select(Badge).where(Badge.token.startswith(first.token))):
            badge.deleted = True
    unknown = read_photos(db, activity, DAY, paths)
    settled = {first.token: True}
    with pytest.raises(RegistreError, match="not known in this database"):
        write_presences(db, unknown, settled)
    assert list_attendance(db, activity) == []
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(SheetPhoto)) == 0
    # Settled as not signed, the row is written as absent: nothing for it, the rest written.
    result = write_presences(db, unknown, {first.token: False})
    others_signed = sum(1 for r in unknown.rows[1:] if r.decision == ink.SIGNED)
    assert (result.signed, result.not_signed) == (others_signed, 13 - others_signed + 1)
    assert len(list_attendance(db, activity)) == others_signed


def test_a_row_whose_token_start_two_persons_share_is_not_guessed(
    db: Database, tmp_path: Path
) -> None:
    """The code names a badge by its token's first letters: when another person's badge
    starts the same way, the row's person is unknown (and a signed row stops the writing),
    never one of the two taken at random."""
    activity, paths, _truth = _photos(db, tmp_path)
    first = read_photos(db, activity, DAY, paths).rows[0]
    assert first.person_id is not None
    with db.session() as session:
        other = session.scalars(select(Person).where(Person.id != first.person_id)).first()
        assert other is not None
        session.add(Badge(person_id=other.id, token=first.token + "BBBB"))
    again = read_photos(db, activity, DAY, paths).rows
    assert (again[0].person_id, again[0].name) == (None, "")
    assert all(row.person_id is not None for row in again[1:])
    with pytest.raises(RegistreError, match="not known in this database"):
        write_presences(db, read_photos(db, activity, DAY, paths), {first.token: True})
    assert list_attendance(db, activity) == []


def _scanned_pdf(photos: list[Path], path: Path) -> None:
    """A scanner's PDF: one picture per page."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setResolution(150)
    painter = QPainter(writer)
    for number, photo in enumerate(photos):
        if number:
            writer.newPage()
        painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), QImage(str(photo)))
    painter.end()


def test_a_scanned_pdf_is_read_page_by_page(db: Database, tmp_path: Path, qapp: object) -> None:
    printed = print_sheet(db, tmp_path, persons=14, blank_rows=2)
    pages = render_pages(printed.pdf, tmp_path, dpi=150)
    scans = []
    for number, page in enumerate(pages):
        scan = tmp_path / f"scan{number}.png"
        grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
        cv2.imwrite(str(scan), np.clip(grey.astype(np.int16) - 20, 0, 255).astype(np.uint8))
        scans.append(scan)
    pdf = tmp_path / "scan.pdf"
    _scanned_pdf(scans, pdf)
    reading = read_photos(db, printed.activity_id, DAY, [pdf])
    assert reading.refused == ()
    assert [(p.label, p.page) for p in reading.pages] == [("scan.pdf (1)", 1), ("scan.pdf (2)", 2)]
    assert len(reading.rows) == 14
    assert reading.count(ink.NOT_SIGNED) == 14  # nobody signed a sheet straight from the printer


def test_command_reads_reports_and_writes(db_path: Path, run: Run, tmp_path: Path) -> None:
    database = open_database(db_path)
    activity, paths, truth = _photos(database, tmp_path)
    database.close()
    signed = sum(truth.signed.values())
    arguments = ("read-photos", "--activity", str(activity), "--day", "2024-03-12")
    dry = run(db_path, *arguments, *map(str, paths), "--dry-run")
    assert dry.code == 0, dry.err
    assert f"Signed: {signed}, not signed: {14 - signed}, unsure: 0" in dry.out
    assert "Dry run: nothing written." in dry.out
    blank = tmp_path / "blank.jpg"
    cv2.imwrite(str(blank), np.full((800, 1000, 3), 240, dtype=np.uint8))
    refused = run(db_path, *arguments, *map(str, paths), str(blank))
    assert refused.code == 1
    assert "blank.jpg: no sign-in sheet printed by Registre" in refused.err
    assert "Nothing written" in refused.err
    written = run(db_path, *arguments, *map(str, paths))
    assert written.code == 0, written.err
    assert f"Written. Presences added: {signed}; marked signed: 0; photos kept: 2." in written.out
    database = open_database(db_path)
    assert len(list_attendance(database, activity)) == signed
    database.close()


def test_command_without_the_photos_part_says_what_to_install(
    db_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.photos import available

    open_database(db_path).close()
    monkeypatch.setattr(available, "MODULES", ("no_such_image_library",))
    result = run(db_path, "read-photos", "--activity", "1", "--day", "2024-03-12", "x.jpg")
    assert result.code == 1
    assert 'pip install "registre[photos]"' in result.err
