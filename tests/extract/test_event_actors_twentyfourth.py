"""Who did each event: actors of the twenty-fourth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-01-10")


def test_a_state_s_police_by_its_demonym_is_its_national_police(nlp: Language) -> None:
    # a demonym form of a state's force takes the force's full name (the conventions), the police too
    found = events(nlp, "Turkish police detained 15 Islamic State suspects in Ankara on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "TR", "Turkish National Police")]
    # the police named by its kind alone, in a page about Turkey ([national_police])
    found = events(nlp, "In Turkey's southeastern province of Bingol, police detained seven Daesh suspects on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "TR", "Turkish National Police")]


def test_a_state_credited_with_its_operations_keeps_them_unless_its_police_acts(nlp: Language) -> None:
    # [places] state_credit: Turkey's security forces and Turkey itself are Turkey
    found = events(nlp, "Turkish security forces detained 125 ISIS suspects across Istanbul on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Turkey")]
    # the police named in passing, not as the one acting
    found = events(nlp, "Turkey detained 40 ISIL suspects in Adana on Monday in operations conducted under the "
                        "guidance of prosecutors and anti-terrorism police.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Turkey")]


def test_a_foreign_force_named_by_its_demonym_beats_the_host_s_force(nlp: Language) -> None:
    # forces_by_demonym: the article names the host's army, the sentence the foreign force acting (ca306)
    found = events(nlp, "The gas projects, suspended due to attacks, are in Palma district, but Rwandan forces "
                        "\u201chave an ongoing operation launched on 21 December\u201d in Ancuabe district, to the "
                        "south, they said in a statement. The Mozambican armed forces (FADM) fight the insurgents in "
                        "Macomia.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Rwanda Defence Force")]


def test_a_demonym_plural_names_the_state_s_force(nlp: Language) -> None:
    found = events(nlp, "In early January, all 1,200 Chadians in this force who had been deployed in Nigeria were "
                        "pulled back to the Chadian side of the lake.")
    assert [(e.type, e.actor) for e in found] == [("withdrawal", "Chadian Armed Forces")]


def test_a_broken_parse_keeps_the_demonym_force_of_the_subject(nlp: Language) -> None:
    # the parser reads "retook" as a noun: the subject's demonym still names who retook the neighbourhood
    found = events(nlp, "Iraqi government forces battling Islamic State (IS) militants on Friday retook control of a "
                        "neighborhood in western Mosul.")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


def test_a_demonym_on_the_victims_names_no_actor(nlp: Language) -> None:
    # a passive subject is who suffered in an operation, not who made it: the host's force the article names
    found = events(nlp, "Three Rwandan soldiers were killed during an operation in Ancuabe district on 21 December, a "
                        "statement said. The Mozambican armed forces (FADM) fight the insurgents in Macomia.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Defence Forces of Mozambique")]
    # a force the knowledge base names keeps its name ("Nigerian Air Force", not the demonym's national army)
    found = events(nlp, "The Nigerian Air Force has reportedly killed over 15 ISWAP militants in a series of "
                        "airstrikes conducted in Sambisa Forest. The Nigerian Army also fights there.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]
