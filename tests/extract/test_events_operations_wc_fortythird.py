"""Operations, forty-third session (wc): a force's reports of the elimination, neutralisation or apprehension
of the group's people, and fighters put out of their own base (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-05-10")


def test_a_force_reporting_the_elimination_of_terrorists_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "The Multinational Joint Task Force has reported the elimination of 310 terrorists in "
                        "Maiduguri on Monday.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-05-06", "NG")]


def test_a_force_announcing_the_neutralisation_of_terrorists_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "The Nigerian Army announced the neutralisation of five terrorists in Maiduguri on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


def test_the_announced_elimination_of_a_subsidy_is_no_operation(nlp: Language) -> None:
    assert events(nlp, "The minister announced the elimination of fuel subsidies on Monday.") == []


def test_fighters_put_out_of_their_own_base_were_raided(nlp: Language) -> None:
    found = events(nlp, "On Friday, Puntland forces dislodged ISIS militants from their hiding base in Timirse "
                        "village.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-05-10", "SO")]


def test_fighters_driven_out_of_a_town_lost_it(nlp: Language) -> None:
    found = events(nlp, "On Friday, Iraqi forces drove IS militants out of Mosul.")
    assert [e.type for e in found] == ["territorial_defeat"]


def test_a_group_driven_out_of_its_last_stronghold_lost_it(nlp: Language) -> None:
    found = events(nlp, "On Friday, the SDF drove ISIS out of its last stronghold in Baghuz.")
    assert [e.type for e in found] == ["territorial_defeat"]
