"""Actors, forty-fifth session (yd; short sentences written for the tests): the vigilantes a state arms beside its army
are that state's side, never the author of the attack that hits them (actors.toml); "Daech"; an outlet reports, it
does not act; an arrest a police spokesman reports."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2020-06-10")


def test_an_outside_group_gives_way_to_the_campaigns_group_the_page_names(nlp: Language) -> None:
    found = events(nlp, "Boko Haram fighters killed eight soldiers in an attack on a base in Monguno on Monday. "
                        "ISWAP has carried out several attacks in the area this year.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"][:1] == [
        ("attack", "Islamic State West Africa Province")]


def test_vigilantes_killed_in_an_ambush_are_not_its_authors(nlp: Language) -> None:
    found = events(nlp, "Insurgents killed two soldiers and two CJTF members in an ambush near Dikwa in Borno State on "
                        "Monday, the Civilian JTF said.")
    assert [e.actor for e in found if e.type == "attack"] == [None]


def test_the_french_spelling_daech_names_the_islamic_state(nlp: Language) -> None:
    found = events(nlp, "Daech claimed responsibility for the attack on a concert hall in Paris on November 13, 2015, "
                        "which killed 90 people.", reference="2016-01-02")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State", True)]


def test_afghan_forces_after_august_2021_are_the_taliban(nlp: Language) -> None:
    found = events(nlp, "Afghan forces killed three Daesh members in an operation in Kabul on Monday, a spokesman "
                        "said.", reference="2023-02-28")
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]


def test_afghan_forces_before_august_2021_are_the_republics(nlp: Language) -> None:
    found = events(nlp, "Afghan forces killed three Daesh members in an operation in Nangarhar on Monday, a spokesman "
                        "said.", reference="2018-05-02")
    assert [(e.type, e.actor) for e in found] == [("operation", "Afghan forces")]


def test_an_outlet_with_news_glued_to_its_name_reports_the_operation_it_does_not_make_it(nlp: Language) -> None:
    found = events(nlp, "Three ISIS members were killed in an operation in Kabul on Monday, TOLOnews reported.",
                   reference="2023-02-28")
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]


def test_an_arrest_a_police_spokesman_reports_is_the_national_polices(nlp: Language) -> None:
    found = events(nlp, "Police spokesman George Kinoti said the four suspects were nabbed at the Busia border in "
                        "Kenya late Saturday.", reference="2016-03-07")
    assert [(e.type, e.actor) for e in found] == [("operation", "National Police Service")]
