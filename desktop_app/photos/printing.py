"""The printed sign-in sheet made readable from a photo: each pre-filled person's badge token
(door/badges.py, made for those who have none yet), so that the sheet's QR codes name nobody."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.door.badges import issue_badges
from desktop_app.signin.printing import SigninSheet
from desktop_app.store import Database


def with_tokens(database: Database, sheet: SigninSheet) -> SigninSheet:
    """The sheet with its persons' badge tokens: its PDF gets corner markers and QR codes."""
    issued = issue_badges(database, [person.person_id for person in sheet.persons])
    token_of = {badge.person_id: badge.token for badge in issued}
    return replace(sheet, tokens=tuple(token_of[person.person_id] for person in sheet.persons))
