"""init, activity, person, checkin, headcount: ids alone on stdout, one error line on stderr."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.store import open_database
from tests.cli.conftest import Run

ACTIVITY = (
    "activity", "add", "--title", "Atelier des députés", "--kind", "workshop",
    "--start", "2022-12-05", "--end", "2022-12-07", "--country", "NE", "--city", "Niamey",
)  # fmt: skip


def _one_error_line(err: str) -> str:
    assert err.startswith("registre: ")
    assert err.endswith("\n") and err.count("\n") == 1, err
    return err


def test_init_once(run: Run, tmp_path: Path) -> None:
    database = tmp_path / "new.db"
    result = run(database, "init", "--site", "NE-NIA", "--name", "Niamey", "--country", "NE")
    assert result.code == 0
    assert "NE-NIA (Niamey, NE)" in result.out
    again = run(database, "init", "--site", "ML-BKO", "--name", "Bamako", "--country", "ML")
    assert again.code != 0 and again.out == ""
    assert "already belongs to the site NE-NIA" in _one_error_line(again.err)


def test_init_refuses_bad_values(run: Run, tmp_path: Path) -> None:
    result = run(tmp_path / "new.db", "init", "--site", "NE", "--name", " ", "--country", "Ni")
    assert result.code != 0
    err = _one_error_line(result.err)
    assert "--name: This field is required." in err
    assert "--country: Ni is not a country: did you mean" in err and "Niger (NE)" in err
    # Refused, it leaves nothing: no empty database that `report` would count as all zeros.
    assert list(tmp_path.iterdir()) == []
    office = tmp_path / "usb" / "offices" / "niamey.db"
    result = run(office, "init", "--site", "NE-NIA", "--name", "Niamey", "--country", "Ni")
    assert result.code != 0 and list(tmp_path.iterdir()) == []
    assert run(office, "report").code != 0  # the file is missing, and said to be
    result = run(office, "init", "--site", "NE-NIA", "--name", "Niamey", "--country", "Niger")
    assert result.code == 0 and "NE-NIA (Niamey, NE)" in result.out


def test_writing_without_a_site_says_to_run_init(run: Run, tmp_path: Path) -> None:
    database = tmp_path / "new.db"
    open_database(database).close()  # made by a window that was closed before choosing a site
    for arguments in (
        ACTIVITY,
        ("person", "add", "--family", "MAÏGA"),
        ("checkin", "--activity", "1", "--person", "1", "--day", "2022-12-05"),
        ("headcount", "--activity", "1", "--total", "5"),
    ):
        result = run(database, *arguments)
        assert result.code != 0 and result.out == ""
        assert "registre init --site CODE" in _one_error_line(result.err)


def test_activity_add_prints_the_id_alone_and_list_shows_it(run: Run, db_path: Path) -> None:
    first = run(db_path, *ACTIVITY)
    second = run(db_path, *ACTIVITY[:-2], "--city", "Tillabéri", "--venue", "Mairie")
    assert (first.code, first.out, first.err) == (0, "1\n", "")
    assert second.out == "2\n"
    listing = run(db_path, "activity", "list", "--search", "tillaberi")
    assert listing.code == 0
    assert listing.out.startswith("2\t2022-12-05..2022-12-07\tworkshop\tNE Tillabéri\t")
    assert "Atelier des députés" in listing.out
    assert run(db_path, "activity", "list", "--year", "2021").out == ""


def test_activity_add_errors_name_the_options(run: Run, db_path: Path) -> None:
    end_first = run(db_path, *ACTIVITY[:8], "--end", "2022-12-01", "--country", "NE", "--city", "X")
    assert end_first.code != 0 and end_first.out == ""
    assert _one_error_line(end_first.err) == (
        "registre: --end: The end date cannot be before the start date.\n"
    )
    bad_date = run(db_path, *ACTIVITY[:6], "--start", "5/12/2022", "--country", "NE", "--city", "X")
    assert "--start: 5/12/2022 is not a date like 2022-12-05." in _one_error_line(bad_date.err)
    bad_kind = run(db_path, *ACTIVITY[:4], "--kind", "party", *ACTIVITY[6:])
    assert "--kind: Unknown kind of activity party." in _one_error_line(bad_kind.err)
    assert run(db_path, "activity", "list").out == ""


def test_person_add_and_find(run: Run, db_path: Path) -> None:
    added = run(
        db_path, "person", "add", "--family", "GUIDIMEY", "--given", "Célestin", "--sex", "M",
        "--birth-year", "1968", "--org", "Forces armées béninoises", "--category", "fds",
        "--phone", "+227 90 12 34 56", "--email", "cg@example.org",
    )  # fmt: skip
    assert (added.code, added.out, added.err) == (0, "1\n", "")
    for text in ("celestin guid", "GUIDIMEY Célestin", "armees beninoises"):
        found = run(db_path, "person", "find", text)
        assert found.out == (
            "1\tCélestin GUIDIMEY\tM\t1968\tForces armées béninoises\t+22790123456\n"
        ), text
    assert run(db_path, "person", "find", "nobody").out == ""
    bad = run(db_path, "person", "add", "--family", "X", "--phone", "123", "--sex", "W")
    err = _one_error_line(bad.err)
    assert "--phone: 123 is not a valid phone number" in err and "--sex:" in err


def test_person_add_with_a_date_of_birth(run: Run, db_path: Path) -> None:
    added = run(db_path, "person", "add", "--family", "SANI", "--birth-date", "1992-12-12")
    assert (added.code, added.out) == (0, "1\n")
    assert run(db_path, "person", "find", "sani").out == "1\tSANI\t-\t1992\n"
    future = run(db_path, "person", "add", "--family", "X", "--birth-date", "2999-01-01")
    assert "--birth-date: A date of birth is not in the future." in _one_error_line(future.err)
    typed = run(db_path, "person", "add", "--family", "X", "--birth-date", "12/12/1992")
    assert "--birth-date: 12/12/1992 is not a date like 2022-12-05." in typed.err


def test_checkin_and_headcount(run: Run, db_path: Path) -> None:
    run(db_path, *ACTIVITY)
    run(db_path, "person", "add", "--family", "MAÏGA", "--given", "Aminata", "--sex", "F")
    checkin = ("checkin", "--activity", "1", "--person", "1", "--day", "2022-12-06")
    first = run(db_path, *checkin)
    assert (first.code, first.out, first.err) == (0, "1\n", "")
    again = run(db_path, *checkin, "--role", "expert")
    assert (again.code, again.out) == (0, "1\n")
    assert "already checked in on 2022-12-06 as participant" in again.err
    outside = run(db_path, "checkin", "--activity", "1", "--person", "1", "--day", "2022-12-09")
    assert "--day: The day must lie within" in _one_error_line(outside.err)
    role = run(db_path, *checkin[:-2], "--day", "2022-12-07", "--role", "dancer")
    assert "--role: Unknown role dancer." in _one_error_line(role.err)

    head = run(db_path, "headcount", "--activity", "1", "--total", "40", "--women", "12")
    assert (head.code, head.out) == (0, "1\n")
    day = run(db_path, "headcount", "--activity", "1", "--day", "2022-12-06", "--total", "5")
    assert day.out == "2\n"
    too_many = run(db_path, "headcount", "--activity", "1", "--total", "4", "--youth", "9")
    assert "--youth: This cannot be more than the total (4)." in _one_error_line(too_many.err)
    listing = run(db_path, "activity", "list")
    assert "41 participants, 13 women, 0 youth" in listing.out


def test_check_still_works(run: Run, db_path: Path) -> None:
    result = run(db_path, "check")
    assert result.code == 0 and result.out.strip().endswith("OK")


def test_unknown_ids_and_bad_numbers(run: Run, db_path: Path) -> None:
    run(db_path, *ACTIVITY)
    missing = run(db_path, "checkin", "--activity", "9", "--person", "7", "--day", "2022-12-05")
    err = _one_error_line(missing.err)
    assert "--activity: There is no activity with id 9." in err
    assert "--person: There is no person with id 7." in err
    head = run(db_path, "headcount", "--activity", "9", "--total", "3")
    assert "There is no activity with id 9." in _one_error_line(head.err)
    negative = run(db_path, "headcount", "--activity", "1", "--total", "-3")
    assert "--total: A count cannot be negative." in _one_error_line(negative.err)
    outside = run(db_path, "headcount", "--activity", "1", "--day", "2023-01-01", "--total", "3")
    assert "--day: The day must lie within" in _one_error_line(outside.err)


def test_person_add_with_age_and_find_limit(run: Run, db_path: Path) -> None:
    for given in ("Awa", "Oumou", "Hawa"):
        run(db_path, "person", "add", "--family", "DIALLO", "--given", given, "--age", "25")
    found = run(db_path, "person", "find", "diallo", "--limit", "2")
    assert [line.split("\t")[1] for line in found.out.splitlines()] == [
        "Awa DIALLO",
        "Hawa DIALLO",
    ]
    assert found.out.splitlines()[0].split("\t")[3] == str(dt.date.today().year - 25)


def test_person_add_holds_to_the_rules_and_find_prints_no_control_character(
    run: Run, db_path: Path
) -> None:
    refused = run(db_path, "person", "add", "--family", "N" * 40_000, "--given", "Awa")
    assert refused.code != 0 and refused.out == ""
    assert "--family: At most 200 characters here (40000 were typed)." in refused.err
    added = run(db_path, "person", "add", "--family", "maïga\x07", "--given", "\x1b[31maminata")
    assert added.code == 0
    found = run(db_path, "person", "find", "maiga")
    assert "MAÏGA" in found.out and "Aminata" in found.out
    assert "\x07" not in found.out and "\x1b" not in found.out
