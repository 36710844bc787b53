"""A payment list at the size of a big forum, and HQ's controls over many offices' lists.

    python -m bench.bench_payments [--participants 400] [--days 5] [--lists 300]

Builds its own database (the generator's has no payment rules): one activity of `participants`
persons present and signed on `days` days with rules, accounts and a few exceptions, then
`lists` other activities' approved lists of 30 payees over the same days (what HQ holds after
importing every office's workbooks). Times: the draft list computed, the controls (which read
every approved list for double payments), the approval, the PDF and the workbook.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path

START = dt.date(2026, 3, 2)


def _timed(work: object) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _figure(seconds: float, cpu: float) -> str:
    return f"{seconds * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)"


def build(folder: Path, participants: int, days: int, lists: int) -> tuple[object, int]:
    from desktop_app.payments import approval, settings
    from desktop_app.payments.rules import LumpSum, PaymentRules
    from desktop_app.store import open_database
    from desktop_app.store.models import Activity, Attendance, Person, Site

    database = open_database(folder / "payments.db")
    with database.session() as session:
        session.add(Site(code="HQ-GVA", name="Genève", country="CH", is_local=True))
    database.refresh_site()
    end = START + dt.timedelta(days=days - 1)
    rules = PaymentRules(
        rounding=25,
        resident_rates={"participant": 10_000, "facilitator": 30_000},
        non_resident_rates={"participant": 25_000},
        transport_mode="flat",
        transport_flat=2_500,
        lump_sums=(LumpSum("kit", 5_000),),
    )
    with database.session() as session:
        activities = [
            Activity(
                title=f"Forum {number}", kind="forum", start_date=START, end_date=end,
                country="NE", city="Niamey", office="NE-NIA" if number % 2 else "ML-BKO",
                project_code=f"P-{number % 7}", origin_site="HQ-GVA", changed_by_site="HQ-GVA",
            )
            for number in range(lists + 1)
        ]  # fmt: skip
        persons = [
            Person(
                family_name=f"NOM{number}", given_names="Awa", origin_site="HQ-GVA",
                changed_by_site="HQ-GVA",
            )
            for number in range(participants)
        ]  # fmt: skip
        session.add_all(activities + persons)
        session.flush()
        ids = [a.id for a in activities]
        person_ids = [p.id for p in persons]
        session.add_all(
            Attendance(
                activity_id=activity_id, person_id=person_id, day=START + dt.timedelta(days=d),
                signed=True, origin_site="HQ-GVA", changed_by_site="HQ-GVA",
            )
            for index, activity_id in enumerate(ids)
            for person_id in (person_ids if index == 0 else person_ids[index % 50 :][:30])
            for d in range(days)
        )  # fmt: skip
    for activity_id in ids:
        settings.set_rules(database, activity_id, rules)
    for number, person_id in enumerate(person_ids):
        settings.set_account(database, person_id, "orange_money", f"+2279{number:07d}")
    for activity_id in ids[1:]:
        approval.approve(database, activity_id, approved_by="Bench")
    return database, ids[0]


def run(db_path: Path | None = None, participants: int = 400, days: int = 5, lists: int = 300):
    """Figures as (label, value); `db_path` is ignored: the bench builds its own database."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.payments.approval import approve, current_list
    from desktop_app.payments.computation import compute
    from desktop_app.payments.controls import run_controls
    from desktop_app.payments.documents import write_pdf, write_xlsx

    figures: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seconds, cpu, built = _timed(lambda: build(folder, participants, days, lists))
        database, activity_id = built  # type: ignore[misc]
        figures.append(
            (f"build: {participants} × {days} days, {lists} lists", _figure(seconds, cpu))
        )
        seconds, cpu, drafted = _timed(lambda: compute(database, activity_id))
        figures.append((f"draft list of {len(drafted.lines)} payees", _figure(seconds, cpu)))  # type: ignore[attr-defined]
        seconds, cpu, results = _timed(lambda: run_controls(database, activity_id))
        doubles = sum(len(r.findings) for r in results if r.code == "two_activities")  # type: ignore[attr-defined]
        figures.append(
            (f"controls over {lists} approved lists ({doubles} double days)", _figure(seconds, cpu))
        )
        seconds, cpu, _ = _timed(lambda: approve(database, activity_id, approved_by="Bench"))
        figures.append(("approval (frozen lines written)", _figure(seconds, cpu)))
        shown = current_list(database, activity_id)
        seconds, cpu, pages = _timed(
            lambda: write_pdf(shown.payment_list, shown.approval, folder / "l.pdf", "fr")
        )
        figures.append((f"PDF, {pages} pages", _figure(seconds, cpu)))
        seconds, cpu, _ = _timed(
            lambda: write_xlsx(shown.payment_list, shown.approval, folder / "l.xlsx", "fr")
        )
        figures.append(("workbook", _figure(seconds, cpu)))
        database.close()  # type: ignore[attr-defined]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=400)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--lists", type=int, default=300)
    args = parser.parse_args()
    for label, value in run(None, args.participants, args.days, args.lists):
        print(f"{label}: {value}")


if __name__ == "__main__":
    main()
