"""Blocks for names that miss a part: a given name left out ("DIALLO Aïssata" for "DIALLO
Aïssata Mariam"), or all of them ("DIALLO" alone).

- One given name fewer: each person is indexed under their family name with their given names
  (`own`), and, with two to four given names, under the family name with each one left out
  (`shorter`). "DIALLO Aïssata Mariam" is under "diallo|aissata" and "diallo|mariam", where
  "DIALLO Aïssata" is under her own key.
- No given name, or only initials ("A. DIALLO"): a family name alone says little (thousands of
  DIALLO), so it meets the persons of that family name in the same organisation only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from desktop_app.dedup.words import initials_only

SEPARATOR = "|"  # in no normalised name
MOST_GIVEN_WORDS = 4  # more is not a person's given names but pasted text: no shorter keys

FamilyOrganisation = tuple[str, int]


def given_keys(family_key: str, given_key: str) -> tuple[str, list[str]]:
    """The person's own key (family name and given names) and the keys with one given name
    left out; ("", []) without a family name or given names, or with too many given names."""
    words = sorted(given_key.split())
    if not family_key or not words or len(words) > MOST_GIVEN_WORDS:
        return "", []
    own = f"{family_key}{SEPARATOR}{' '.join(words)}"
    if len(words) < 2:
        return own, []
    shorter = (" ".join(words[:at] + words[at + 1 :]) for at in range(len(words)))
    return own, [f"{family_key}{SEPARATOR}{rest}" for rest in dict.fromkeys(shorter)]


@dataclass
class PartBlocks:
    """Ids of persons by the keys above, in order."""

    by_given: dict[str, list[int]]  # own keys
    by_fewer_given: dict[str, list[int]]  # keys with one given name left out
    by_family_organisation: dict[FamilyOrganisation, list[int]]  # every person
    by_bare_family_organisation: dict[FamilyOrganisation, list[int]]  # no given name but initials

    def blocks_of(
        self, family_key: str, given_key: str, organisation_id: int | None
    ) -> Iterator[tuple[dict[Any, list[int]], Any]]:
        """The blocks a person of these keys is in, and the person's key in each."""
        own, shorter = given_keys(family_key, given_key)
        if own:
            yield self.by_given, own
        for key in shorter:
            yield self.by_fewer_given, key
        if organisation_id is not None and family_key:
            block = (family_key, organisation_id)
            yield self.by_family_organisation, block
            if initials_only(given_key):
                yield self.by_bare_family_organisation, block

    def meeting(self, family_key: str, given_key: str, organisation_id: int | None) -> set[int]:
        """Ids of the persons a query of these keys meets here."""
        found: set[int] = set()
        own, shorter = given_keys(family_key, given_key)
        found.update(self.by_fewer_given.get(own, ()))  # one given name more
        for key in shorter:
            found.update(self.by_given.get(key, ()))  # one given name fewer
        if organisation_id is not None and family_key:
            block = (family_key, organisation_id)
            bare = (
                self.by_family_organisation
                if initials_only(given_key)
                else self.by_bare_family_organisation
            )
            found.update(bare.get(block, ()))
        return found

    def pairs(self) -> Iterable[tuple[list[int], list[int]]]:
        """(firsts, seconds): every first with every second is a pair to compare (a person
        may be in both)."""
        for key, fuller in self.by_fewer_given.items():
            fewer = self.by_given.get(key)
            if fewer:
                yield fewer, fuller
        for block, bare in self.by_bare_family_organisation.items():
            yield bare, self.by_family_organisation[block]
