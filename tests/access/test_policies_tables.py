"""Every table is either readable by the analyst as it is, or denied to them: a table added
without a decision would leave the analyst's reports refused by the server (seen with the
activities' tags) or, worse, readable."""

from desktop_app.access.policies import ANALYST_DENIED, ANALYST_TABLES, all_tables


def test_every_table_is_granted_to_the_analyst_or_denied() -> None:
    undecided = set(all_tables()) - set(ANALYST_TABLES) - set(ANALYST_DENIED)
    assert undecided == set()


def test_no_table_is_both_granted_and_denied() -> None:
    assert set(ANALYST_TABLES) & set(ANALYST_DENIED) == set()


def test_the_lists_name_only_tables_that_exist() -> None:
    assert set(ANALYST_TABLES) | set(ANALYST_DENIED) <= set(all_tables())
