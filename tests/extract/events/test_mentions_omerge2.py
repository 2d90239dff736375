"""Event mentions (events/mentions.py): words that tell an operation apart from the one told before."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2023_12_03 = events_dated("2023-12-03")


def operations(found: list) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.place) for e in found if e.type == "operation"]


# An operation in an "after" clause set a count of days or weeks before the sentence's event ("The arrests came two
# days after police arrested ten suspects", "It came a week after ...") is an earlier operation of its own; a bare
# "after" may tell the raid the arrests were made in.

@pytest.mark.model
def test_an_arrest_days_before_the_arrests_told_is_another_operation(nlp: Language) -> None:
    lede = "Police arrested 11 ISIS suspects in Kano on Monday. "
    for told in ("The arrests came two days after", "It came a week after"):
        found = events_on_2023_12_03(nlp, lede + f"{told} police arrested ten suspects in Kano.")
        assert len(operations(found)) == 2, told
    found = events_on_2023_12_03(nlp, lede + "The arrests came after police raided a house in Kano.")
    assert len(operations(found)) == 1
