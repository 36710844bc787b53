"""Photos of signed sheets travelling to HQ beside the workbook, when the office says so."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop_app.cli.main import main
from desktop_app.privacy.pseudonymised import export_pseudonymised
from desktop_app.settings import CONFIG_DIR_ENV, Settings, save_settings
from desktop_app.store import Database
from desktop_app.store.models import Activity, SheetPhoto
from desktop_app.sync.export import export_workbook
from desktop_app.sync.importing import import_workbooks
from desktop_app.sync.photos import photos_path
from tests.sync.hq_builders import add_sample, site_database

DAY_1, DAY_2 = dt.date(2022, 12, 5), dt.date(2022, 12, 6)
# What a phone writes: a JPEG's first bytes, then pixels that differ from photo to photo.
MORNING = b"\xff\xd8\xff\xe1 Exif IMG_0412 " + bytes(range(256)) * 40
AFTERNOON = b"\xff\xd8\xff\xe1 Exif IMG_0413 " + bytes(range(255, -1, -1)) * 40


def _keep(
    database: Database,
    activity_uuid: str,
    day: dt.date,
    name: str,
    content: bytes,
    added_at: dt.datetime = dt.datetime(2022, 12, 6, 17, 5),
) -> None:
    with database.session() as session:
        activity = session.scalars(select(Activity).where(Activity.uuid == activity_uuid)).one()
        session.add(
            SheetPhoto(
                activity_id=activity.id,
                day=day,
                file_name=name,
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
                pages="1, 2",
                added_at=added_at,
            )
        )


@pytest.fixture
def office(template_db: Path, tmp_path: Path) -> tuple[Database, str]:
    database = site_database(template_db, tmp_path, "NE-NIA")
    uuids = add_sample(database)
    _keep(database, uuids["activity"], DAY_1, "IMG_0412.jpg", MORNING)
    _keep(database, uuids["activity"], DAY_2, "IMG_0413.jpg", AFTERNOON)
    return database, uuids["activity"]


@pytest.fixture
def hq(template_db: Path, tmp_path: Path) -> Database:
    return site_database(template_db, tmp_path / "hq", "HQ-GVA")


def _kept(database: Database) -> list[tuple[str, dt.date, str, str, bytes]]:
    with database.session() as session:
        rows = session.execute(
            select(
                Activity.uuid,
                SheetPhoto.day,
                SheetPhoto.file_name,
                SheetPhoto.pages,
                SheetPhoto.content,
            )
            .join(Activity, Activity.id == SheetPhoto.activity_id)
            .order_by(SheetPhoto.day)
        ).all()
    return [tuple(row) for row in rows]


def test_photos_travel_beside_the_workbook_and_are_kept_beside_their_activity(
    office: tuple[Database, str], hq: Database, tmp_path: Path
) -> None:
    database, activity = office
    result = export_workbook(database, tmp_path / "NE-NIA.xlsx", language="fr", photos=True)
    assert result.photos == 2
    assert result.photos_path == tmp_path / "NE-NIA.photos.zip"
    book = openpyxl.load_workbook(result.path)
    listing = [[cell.value for cell in row] for row in book["Photos des feuilles"].iter_rows()]
    assert listing[0][:3] == ["Identifiant de l'activité", "Activité", "Jour"]
    assert [row[4] for row in listing[1:]] == ["IMG_0412.jpg", "IMG_0413.jpg"]
    assert [row[7] for row in listing[1:]] == [
        hashlib.sha256(MORNING).hexdigest(),
        hashlib.sha256(AFTERNOON).hexdigest(),
    ]
    with zipfile.ZipFile(result.photos_path) as archive:
        assert archive.read(listing[1][3]) == MORNING

    imported = import_workbooks(hq, [result.path])
    assert (imported.files[0].photos, imported.files[0].photo_problems) == (2, ())
    assert _kept(hq) == [
        (activity, DAY_1, "IMG_0412.jpg", "1, 2", MORNING),
        (activity, DAY_2, "IMG_0413.jpg", "1, 2", AFTERNOON),
    ]
    again = import_workbooks(hq, [result.path])  # the same workbook twice: kept once
    assert again.files[0].photos == 0 and len(_kept(hq)) == 2


def test_by_default_no_photo_travels(
    office: tuple[Database, str], hq: Database, tmp_path: Path
) -> None:
    database, _activity = office
    result = export_workbook(database, tmp_path / "NE-NIA.xlsx", language="en")
    assert (result.photos, result.photos_path) == (0, None)
    assert not photos_path(result.path).exists()
    assert "Sheet photos" not in openpyxl.load_workbook(result.path).sheetnames
    assert import_workbooks(hq, [result.path]).files[0].photos == 0
    assert _kept(hq) == []


def test_a_change_export_carries_the_photos_kept_since_the_last(
    office: tuple[Database, str], tmp_path: Path
) -> None:
    database, activity = office
    first = export_workbook(database, tmp_path / "first.xlsx", photos=True)
    later = b"\xff\xd8\xff\xe1 Exif IMG_0420 " + bytes(300)
    a_minute_later = first.exported_at + dt.timedelta(minutes=1)
    _keep(database, activity, DAY_2, "IMG_0420.jpg", later, a_minute_later)
    result = export_workbook(database, tmp_path / "second.xlsx", photos=True)
    assert result.mode == "changes" and result.photos == 1
    with zipfile.ZipFile(photos_path(result.path)) as archive:
        assert [archive.read(name) for name in archive.namelist()] == [later]


def test_a_missing_photos_file_is_said_and_the_records_are_imported(
    office: tuple[Database, str], hq: Database, tmp_path: Path
) -> None:
    database, activity = office
    result = export_workbook(database, tmp_path / "NE-NIA.xlsx", language="en", photos=True)
    photos_path(result.path).unlink()  # sent by e-mail without it
    imported = import_workbooks(hq, [result.path])
    summary = imported.files[0]
    assert summary.photos == 0
    assert [problem.text for problem in summary.photo_problems] == [
        "{file} lists {count} photos of signed sheets that travel in {photos}, which is not "
        "beside it: none was kept, the records were imported. Put that file beside the "
        "workbook and import it again."
    ]
    assert summary.photo_problems[0].params["photos"] == "NE-NIA.photos.zip"
    with hq.session() as session:
        assert session.scalars(select(Activity.uuid)).all() == [activity]
    assert _kept(hq) == []


def test_a_damaged_photo_is_said_and_the_others_are_kept(
    office: tuple[Database, str], hq: Database, tmp_path: Path
) -> None:
    database, activity = office
    result = export_workbook(database, tmp_path / "NE-NIA.xlsx", language="en", photos=True)
    zipped = photos_path(result.path)
    with zipfile.ZipFile(zipped) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(zipped, "w") as archive:  # the first photo cut short on the way
        archive.writestr(members[0][0], members[0][1][:1000])
        archive.writestr(members[1][0], members[1][1])
    summary = import_workbooks(hq, [result.path]).files[0]
    assert summary.photos == 1
    assert len(summary.photo_problems) == 1
    problem = summary.photo_problems[0]
    assert "is damaged" in problem.text
    assert (problem.params["photo"], problem.params["day"]) == ("IMG_0412.jpg", "2022-12-05")
    assert _kept(hq) == [(activity, DAY_2, "IMG_0413.jpg", "1, 2", AFTERNOON)]


def test_a_photo_missing_from_the_file_is_said(
    office: tuple[Database, str], hq: Database, tmp_path: Path
) -> None:
    database, _activity = office
    result = export_workbook(database, tmp_path / "NE-NIA.xlsx", language="en", photos=True)
    zipped = photos_path(result.path)
    with zipfile.ZipFile(zipped) as archive:
        second = archive.infolist()[1]
        content = archive.read(second)
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr(second, content)
    summary = import_workbooks(hq, [result.path]).files[0]
    assert summary.photos == 1
    assert ["is not in" in problem.text for problem in summary.photo_problems] == [True]


def test_a_protected_workbook_leaves_the_photos_out_and_says_so(
    office: tuple[Database, str], tmp_path: Path
) -> None:
    database, _activity = office
    result = export_workbook(
        database, tmp_path / "NE-NIA.xlsx", password="Tillabéri 2026", photos=True
    )
    assert (result.photos, result.photos_left_out) == (0, 2)
    assert not photos_path(result.path).exists()


def test_the_pseudonymised_export_never_carries_a_photo(
    office: tuple[Database, str], tmp_path: Path
) -> None:
    database, _activity = office
    path = export_pseudonymised(database, tmp_path / "partage.xlsx").path
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".zip") == []
    with zipfile.ZipFile(path) as workbook:
        content = b"".join(workbook.read(name) for name in workbook.namelist())
    assert b"IMG_0412" not in content and b"Exif" not in content
    assert not any("photo" in name.lower() for name in openpyxl.load_workbook(path).sheetnames)


@pytest.mark.sqlite_only  # `--db FILE`: the same export and import run on a server above
def test_the_command_line_follows_the_setting(
    office: tuple[Database, str],
    hq: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database, _activity = office
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    save_settings(Settings(photos_travel=True, language="en"))
    office_file, hq_file = database.file_path(), hq.file_path()
    database.close()
    hq.close()
    workbook = tmp_path / "NE-NIA.xlsx"
    assert main(["--db", str(office_file), "export", "--out", str(workbook)]) == 0
    said = capsys.readouterr().out
    assert f"{tmp_path / 'NE-NIA.photos.zip'}: 2 photos of signed sheets, to send with" in said
    assert main(["--db", str(hq_file), "import", str(workbook)]) == 0
    assert "2 photos of signed sheets kept beside their activity" in capsys.readouterr().out
