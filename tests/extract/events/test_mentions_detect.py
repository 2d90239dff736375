"""A recapture no word dates (mentions): kept at a named town it took, also one a place is rid of the group."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a page dated by its year only: "on Friday" resolves to no day
events_in_2014 = events_dated("2014")


@pytest.mark.model
def test_a_village_cleared_of_the_group_is_its_recapture_undated(nlp: Language) -> None:
    text = ("Iraqi tribal fighters managed to clear the village of Shiala, which lies south of Mosul, from Daesh "
            "terrorists on Friday.")
    assert [(e.type, e.place) for e in events_in_2014(nlp, text)] == [("territorial_defeat", "Shiala")]


@pytest.mark.model
def test_fighters_cleared_from_a_village_still_take_the_village(nlp: Language) -> None:
    text = "Iraqi tribal fighters cleared Daesh terrorists from the village of Shiala, south of Mosul, on Friday."
    assert [(e.type, e.place) for e in events_in_2014(nlp, text)] == [("territorial_defeat", "Shiala")]
