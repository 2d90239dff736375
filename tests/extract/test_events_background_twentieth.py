"""Background defeats, twentieth session: the Islamic State's defeat told by its year in the line wire copy repeats
under every story ("before being defeated in late 2017"), and a concessive phrase's event told as fact whatever
the main clause's mood (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-11")


def defeats(found: list) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in found if e.type == "territorial_defeat"]


@pytest.mark.model
def test_the_groups_defeat_by_its_year_is_a_territorial_defeat(nlp: Language) -> None:
    found = events(nlp, "Repatriation of relatives of IS members has stirred controversy in Iraq, where the jihadist "
                        "group had seized large swathes of land before being defeated in late 2017.")
    # (the state's national force retook the ground: thirty-second session; Syria has none listed)
    assert defeats(found) == [("2017", "IQ", "Iraqi Security Forces")]
    found = events(nlp, "ISIS was defeated territorially in Syria in 2019, but its remnants still carry out attacks.")
    assert defeats(found) == [("2019", "SY", None)]


@pytest.mark.model
def test_the_noun_with_the_group_as_its_of_phrase(nlp: Language) -> None:
    found = events(nlp, "The Iraqi army declared the defeat of IS in 2017, but the UN says IS remains active.")
    assert [(d, c) for d, c, _a in defeats(found)] == [("2017", "IQ")]


@pytest.mark.model
def test_a_defeat_in_a_concessive_phrase_is_told(nlp: Language) -> None:
    found = events(nlp, "ISIS remains active in Iraq. Despite being territorially defeated in 2017, ISIS militants "
                        "continue to pose a security threat in Iraq.")
    assert [(d, c) for d, c, _a in defeats(found)] == [("2017", "IQ")]


@pytest.mark.model
def test_a_fight_on_a_day_an_aim_or_a_name_is_no_defeat(nlp: Language) -> None:
    # a day: a battle won, not the group's defeat in a country
    assert defeats(events(nlp, "Troops defeated ISWAP fighters in Monguno on Monday, the army said.")) == []
    # an aim
    assert defeats(events(nlp, "The United States wants to defeat ISIS in Syria in 2019.")) == []
    # a body's name
    assert defeats(events(nlp, "The Global Coalition to Defeat Daesh/ISIS met in Rome in June 2021.")) == []
    # not yet
    assert defeats(events(nlp, "ISIS has been nearly defeated in Iraq in 2017, the coalition said.")) == []
    # someone else defeated ("their" is no group named)
    assert defeats(events(nlp, "ISIS is active in Uganda. The defeat of their rural terrorism was in 2007.")) == []
    assert defeats(events(nlp, "The army defeated the rebels in Mosul in 2008.")) == []


@pytest.mark.model
def test_a_concessive_phrase_is_told_as_fact_whatever_the_main_clause_says(nlp: Language) -> None:
    found = events(nlp, "Despite the suicide bombing in Kabul on Sunday, officials continue to hold meetings.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]
    # the main clause's habit still rules its own events
    found = events(nlp, "Militants continue to attack villages in the area.")
    assert [e.type for e in found if e.type == "attack"] == []
