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
