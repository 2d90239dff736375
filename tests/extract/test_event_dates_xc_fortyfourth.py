"""Event dates, forty-fourth session: "made this known on Monday" is a telling, whose day is the report's and no day
of the story (the story's own "on Sunday" dates what its lede leaves undated) (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Tuesday
tuesday_events = events_dated("2025-07-29")


@pytest.mark.model
def test_made_this_known_on_a_day_is_the_reports_day(nlp: Language) -> None:
    found = tuesday_events(nlp, "Nigerian Air Force jets killed several ISWAP fighters in the Lake Chad region.\n"
                                "The air force spokesman made this known in a statement in Abuja on Monday.\n"
                                "He said the mission, carried out on Sunday, targeted a hideout in the Tumbuns.")
    assert [e.date for e in found if e.type == "strike"] == ["2025-07-27"]


@pytest.mark.model
def test_made_it_known_on_a_day_is_the_reports_day(nlp: Language) -> None:
    found = tuesday_events(nlp, "Troops repelled an attack on a military base in Borno, killing ten ISWAP fighters.\n"
                                "The army spokesman made it known on Monday that the fighters came in gun trucks on "
                                "Sunday night.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-07-27"]
