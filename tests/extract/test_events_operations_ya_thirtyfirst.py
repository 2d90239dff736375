"""Operations, thirty-first session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2022-06-12")


def test_shot_dead_with_dead_hung_on_the_object_is_the_force_s_killing(nlp: Language) -> None:
    # the parser reads "dead" as a modifier of "fighters": the word after the verb still makes it a killing
    found = events(nlp, "Police shot dead two ISIS fighters in Kampala on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "UG", "Uganda Police Force")]


def test_troops_shot_dead_stays_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops shot dead three ISWAP fighters in Gwoza on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


def test_shot_without_dead_is_no_killing(nlp: Language) -> None:
    found = events(nlp, "Police shot two ISIS fighters' photographs in Kampala on Monday.")
    assert [e.type for e in found] == []


def test_a_dated_clash_is_no_side_of_an_undated_background_kidnapping(nlp: Language) -> None:
    # the 2001 kidnapping, told with no date the parse links to it, took the clash as its evidence and was then
    # dropped as background, losing the clash with it
    found = events(nlp, "Military says Abu Sayyaf death toll in Basilan clashes now 13\n\n"
                        "Four Abu Sayyaf members were killed in a clash on Sunday, the military said.\n\n"
                        "Hapilon is one of Abu Sayyaf's most senior leaders. The United States has placed a reward of "
                        "five million dollars on his head for his role in the kidnapping of three Americans in 2001, "
                        "two of whom later died.", reference="2016-04-11")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2016-04-10", "PH")]
