"""What Enter does on the check-in screen, decided in one place and said before it is pressed.

Nothing typed: nothing (the line under the search box names the last check-in, whose role
Ctrl+R changes). A name typed: a new person when nobody matches, or when a whole name typed does
not name the highlighted match and nobody chose that match with the arrows ("Fati Hamadou" is
not MAHAMADOU Fatimata: nobody else is checked in silently); else the highlighted match is
checked in, in the role the role list gives, or said to be here already. The view acts on
`next_step` when Enter is pressed, and shows `step_text` of it after every change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication

from desktop_app.registry.persons import PersonRow
from desktop_app.ui.check_in.day_log import CheckInDayLog, person_label
from desktop_app.ui.check_in.roles import CheckInRoles
from desktop_app.ui.check_in.search import CheckInSearch
from desktop_app.ui.common.formats import role_label


@dataclass(frozen=True)
class NextStep:
    """`nothing`, `check_in` the person, who is `here` already (in `role`), or a `new` person
    (`person`: the closest match, which the name typed is not, or None)."""

    kind: Literal["nothing", "check_in", "here", "new"]
    person: PersonRow | None = None
    role: str = ""


def next_step(search: CheckInSearch, day: CheckInDayLog, roles: CheckInRoles) -> NextStep:
    """What Enter does with what is typed and the match highlighted now."""
    if not search.typed():
        return NextStep("nothing")
    person = search.matches.row_at(search.highlighted_row())
    if person is None or search.not_the_match(person):
        return NextStep("new", person, roles.role_for(None))
    here = day.present_role(person.id)
    if here is not None:
        return NextStep("here", person, here)
    return NextStep("check_in", person, roles.role_for(person.id))


def _name(person: PersonRow) -> str:
    return person_label(person.family_name, person.given_names)


def step_text(step: NextStep, search: CheckInSearch, day: CheckInDayLog) -> str:
    """The line under the search box: what Enter will do."""
    if step.kind == "nothing":
        last = day.last()
        if last is None:
            return ""
        return QCoreApplication.translate(
            "CheckInEnter", "Ctrl+R changes the role of {name}, the last check-in."
        ).format(name=last.name)
    if step.person is None:
        text = QCoreApplication.translate(
            "CheckInEnter", "Enter: a new person, “{typed}”, as {role}."
        )
    elif step.kind == "new":
        text = QCoreApplication.translate(
            "CheckInEnter",
            "Enter: a new person, “{typed}” — not {name}, the closest match (↑ ↓ pick a match).",
        )
    elif step.kind == "here":
        text = QCoreApplication.translate(
            "CheckInEnter", "{name} is already here as {role}; Ctrl+R changes the role."
        )
    else:
        text = QCoreApplication.translate("CheckInEnter", "Enter: check in {name} as {role}.")
    name = _name(step.person) if step.person is not None else ""
    return text.format(name=name, typed=search.typed(), role=role_label(step.role))


def not_the_match_text(search: CheckInSearch, closest: PersonRow) -> str:
    """Above the new-person form opened by Enter on a name that is not the closest match."""
    return QCoreApplication.translate(
        "CheckInEnter",
        "“{typed}” is not {name}, the closest match in the registry: a new person? "
        "Esc goes back to the matches, to pick one with ↑ ↓ and Enter.",
    ).format(typed=search.typed(), name=_name(closest))
