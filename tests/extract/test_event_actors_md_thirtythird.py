"""Who repatriates: the state a camp's authority hands people over to, and "they" after a body named before
(short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2019-06-03")

AANES = "Autonomous Administration of North and East Syria"


def test_a_handover_to_a_states_diplomats_is_that_states_repatriation(nlp: Language) -> None:
    found = events(nlp, "Kurdish authorities handed over 148 women and children to Uzbek diplomats on Thursday in "
                        "Qamishli, Syria.", "2019-05-31")
    assert [(e.type, e.actor) for e in found] == [("repatriation", "Uzbekistan")]


def test_the_nationality_of_those_handed_over_names_no_recipient(nlp: Language) -> None:
    # the orphans are Norwegian; the administration that runs the camp hands them over
    found = events(nlp, "Kurdish authorities in northeast Syria on Monday handed over five Norwegian orphans who "
                        "had been stranded in al-Hol camp.")
    assert [(e.type, e.actor) for e in found] == [("repatriation", AANES)]


def test_they_stands_for_the_body_named_before_not_for_a_country(nlp: Language) -> None:
    found = events(nlp, "Kurdish authorities in northeast Syria on Monday started sending home 800 Syrian women "
                        "and children from al-Hol camp. They also handed over five Norwegian orphans.")
    assert {e.actor for e in found if e.type == "repatriation"} == {AANES}
