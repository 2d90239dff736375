"""Actors, forty-sixth session (ac; short sentences written for the tests): an operation no sentence names a doer for,
on a page that tells of the police more than of the army, is the national police's; a state's operation at home goes
to the one force of that state the page names, else to its one police or justice body unless the sentence tells the
doers as the army by kind."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2023-01-05")


def test_an_arrest_on_a_police_page_with_no_doer_named_is_the_national_polices(nlp: Language) -> None:
    found = events(nlp, "Police in Jinja have arrested four people suspected of links with ADF rebels. The police "
                        "spokesman said the suspects were handed to detectives. The suspects were tracked and "
                        "arrested in Bugembe village on Tuesday.")
    assert ("operation", "Uganda Police Force") in [(e.type, e.actor) for e in found]
    assert "Uganda People's Defence Force" not in [e.actor for e in found]


def test_an_operation_with_no_doer_named_on_an_army_page_stays_the_armys(nlp: Language) -> None:
    found = events(nlp, "The army said troops killed five ADF rebels in Bundibugyo on Tuesday. Soldiers recovered "
                        "two rifles. The suspects were arrested in Bundibugyo town on Tuesday, a police officer "
                        "said.")
    actors = {e.actor for e in found if e.type == "operation"}
    assert "Uganda Police Force" not in actors


def test_a_states_arrest_at_home_is_the_one_force_of_it_the_page_names(nlp: Language) -> None:
    found = events(nlp, "Tunisia has arrested three suspected Islamic State members in Tataouine, the Tunisian "
                        "National Guard said on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Tunisian National Guard")]


def test_a_states_raid_at_home_is_its_one_police_body_the_page_names(nlp: Language) -> None:
    found = events(nlp, "Pakistan's counter-terrorism units raided a hideout of the Islamic State in Mastung on "
                        "Tuesday. The Counter Terrorism Department said five militants were killed.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [
        ("operation", "Counter Terrorism Department")]


def test_a_states_security_forces_by_kind_stay_its_army_beside_a_police_body(nlp: Language) -> None:
    found = events(nlp, "Mozambican security forces killed twelve insurgents this week in Cabo Delgado province, the "
                        "government announced on Wednesday. The Commander-General of the Republic of Mozambique "
                        "Police said during a meeting in Macomia that others had fled.")
    assert "Police of the Republic of Mozambique" not in [e.actor for e in found if e.type == "operation"]
