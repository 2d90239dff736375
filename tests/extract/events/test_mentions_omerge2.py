"""Event mentions (events/mentions.py): words that tell an operation apart from the one told before."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2023_12_03 = events_dated("2023-12-03")

LEDE = "Troops killed 11 militants in a firefight in Maguindanao on Friday, the military said. "


def operations(found: list) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.place) for e in found if e.type == "operation"]


# An operation whose sentence opens with "Meanwhile" or "Separately" is another one than the operation told before,
# not its retelling; an adverb of sequence ("Subsequently") or "also" goes on with the one operation.

@pytest.mark.model
def test_an_operation_told_meanwhile_is_another_one(nlp: Language) -> None:
    found = events_on_2023_12_03(nlp, LEDE + "Meanwhile, soldiers arrested a militant leader in a raid on Friday.")
    assert operations(found) == [("2023-12-01", "Maguindanao"), ("2023-12-01", None)]


@pytest.mark.model
def test_an_operation_told_also_or_subsequently_is_the_one_before(nlp: Language) -> None:
    for told in ("Soldiers also arrested", "Subsequently, soldiers arrested"):
        found = events_on_2023_12_03(nlp, LEDE + f"{told} a militant leader in a raid on Friday.")
        assert operations(found) == [("2023-12-01", "Maguindanao")], told


# An operation done to "another" of the group's men ("killed another senior ISIS leader") is another operation.

@pytest.mark.model
def test_killing_another_leader_is_another_operation(nlp: Language) -> None:
    lede = "U.S. forces killed a senior ISIS official in Syria on Tuesday, Central Command said. "
    found = events_on_2023_12_03(nlp, lede + "On Tuesday, Centcom forces killed another senior ISIS leader.")
    assert len(operations(found)) == 2
    found = events_on_2023_12_03(nlp, lede + "On Tuesday, Centcom forces also killed his deputy.")
    assert len(operations(found)) == 1


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
