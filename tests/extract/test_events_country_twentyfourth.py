"""Event country, twenty-fourth session: a lake several countries share is on the side of the force the sentence
names by demonym; the states or capitals that act and the states whose forces strike are not where it happened
(short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")

LEAD = "ISWAP fighters have stepped up raids in Borno State, Nigeria, and Maiduguri residents fear more. "


@pytest.mark.model
def test_a_shared_lake_is_on_the_side_of_the_force_the_sentence_names(nlp: Language) -> None:
    found = events(nlp, LEAD + "Three Chadian soldiers were killed on Tuesday when jihadists attacked a military "
                   "position on an island in Lake Chad.")
    assert [(e.type, e.country) for e in found] == [("attack", "TD")]
    # a later event on the lake that names no force stays on the side the page settled
    found = events(nlp, LEAD + "Three Chadian soldiers were killed on Tuesday when jihadists attacked a military "
                   "position on an island in Lake Chad. On Sunday, six soldiers were killed in an ambush on the "
                   "island of Tetewa on Lake Chad.")
    assert [(e.type, e.country) for e in found] == [("attack", "TD"), ("attack", "TD")]
    # a nationality that is no force's ("a Chadian trader") settles nothing: the article's country stands
    found = events(nlp, LEAD + "Gunmen killed a Chadian trader and seven fishermen on an island in Lake Chad on "
                   "Tuesday.")
    assert [(e.type, e.country) for e in found] == [("attack", "NG")]


@pytest.mark.model
def test_capitals_that_launch_an_offensive_are_governments_not_places(nlp: Language) -> None:
    lead = "ADF rebels killed 11 villagers in Ituri province and North Kivu, in the Democratic Republic of Congo. "
    found = events(nlp, lead + "Kampala and Kinshasa launched a joint offensive against the ADF in November 2021.")
    assert [(e.type, e.country) for e in found if e.type == "operation"] == [("operation", "CD")]
    # a capital the offensive is launched in still locates it
    found = events(nlp, lead + "The army launched an offensive against the ADF in Kampala in November 2021.")
    assert [(e.type, e.country) for e in found if e.type == "operation"] == [("operation", "UG")]
    # a meeting is held where its host is
    found = events(nlp, "Kuwait hosted a meeting of the coalition's communications group on Monday.")
    assert [(e.type, e.country) for e in found] == [("meeting", "KW")]


@pytest.mark.model
def test_the_state_of_a_second_force_named_is_not_where_it_struck(nlp: Language) -> None:
    found = events(nlp, "Five days ago, joint airstrikes by Nigerian and United States forces targeted terrorist "
                   "enclaves in Sokoto State.")
    assert [(e.type, e.country) for e in found] == [("strike", "NG")]
    # a state named as the place struck still is
    found = events(nlp, "Joint airstrikes by Nigerian and United States forces targeted terrorist enclaves in Niger "
                   "on Monday.")
    assert [(e.type, e.country) for e in found] == [("strike", "NE")]
