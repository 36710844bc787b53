"""The bulk import's person search text equals the registry's own."""

from __future__ import annotations

import pytest

from desktop_app.services import text
from desktop_app.services.sync_search_text import person_search_text

PHONES = [
    None,
    "",
    "+22790123456",
    "+22376543210",
    "+33612345678",
    "+12025550123",
    "+390612345678",  # Italy keeps a leading zero in the national number
    "+2349012345678",
    "+999123",
    "90 12 34 56",
]


@pytest.mark.parametrize("phone", PHONES)
def test_same_text_as_the_registry(phone: str | None) -> None:
    for family, given, org, acronym, email in (
        ("GUIDIMEY", "Célestin", "Commission Défense", "CDS", "c.g@example.org"),
        ("N'DIAYE-Kâ", "", None, None, None),
        ("", None, "Médiateur de la République", None, "x@y.ne"),
    ):
        expected = text.person_search_text(family, given, org, acronym, phone, email)
        assert person_search_text(family, given, org, acronym, phone, email) == expected
