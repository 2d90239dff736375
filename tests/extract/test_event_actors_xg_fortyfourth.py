"""Actors, forty-fourth session (xg; short sentences written for the tests): a group that fights under a branch's flag
(actors.toml fights_for: Abu Sayyaf, the BIFF, the MIT) is the side an operation hits, never the force that made it,
as the campaign's own group is not (credit.credit)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2017-03-10")


def test_a_clash_told_by_the_group_killed_in_it_is_the_troops_operation(nlp: Language) -> None:
    found = events(nlp, "Abu Sayyaf bandits killed in Sulu clash\n\nFive Abu Sayyaf members were killed during the "
                        "clash in Patikul on Thursday, Galvez said.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


def test_who_pays_a_courtesy_call_is_the_meetings_actor(nlp: Language) -> None:
    found = events(nlp, "The Force Commander of the Multinational Joint Task Force, Major General Ibrahim Sallau Ali, "
                        "has paid a courtesy call at the Ministry of Defense in N'Djamena, Chad, to the new Minister "
                        "of Defense on Monday.", reference="2024-08-20")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Multinational Joint Task Force")]


def test_a_relative_clause_hung_on_the_main_verb_still_stands_for_the_noun_before_it(nlp: Language) -> None:
    # the parser makes "that pledged" an adverbial clause of "belong": the pronoun is still the group's
    found = events(nlp, "The ministry affirmed that the terrorists belong to Jund al-Khilafa that pledged allegiance "
                        "to ISIS in 2015.", reference="2019-01-04")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Jund al-Khilafa")]


def test_jund_al_khilafa_on_a_page_about_tunisia_is_the_tunisian_group(nlp: Language) -> None:
    found = events(nlp, "Tunisian troops killed three militants in Kasserine on Friday, the Tunisian defence ministry "
                        "said. The militants belonged to Jund al-Khilafah, which pledged allegiance to the Islamic "
                        "State in 2015.", reference="2022-09-03")
    assert [(e.type, e.country, e.actor) for e in found if e.type == "pledge"] == [("pledge", "TN", "Jund al-Khilafa")]
