"""Pledge events, twenty-fourth session: the oath told with a word between the verb and "allegiance", and
told with a verb of declaring (short sentences written for the tests, each with a case where the rule must not
fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


def _pledges(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.actor) for e in events(nlp, text) if e.type == "pledge"]


@pytest.mark.model
def test_a_pledge_of_its_allegiance_is_an_oath_like_pledged_allegiance(nlp: Language) -> None:
    assert _pledges(nlp, "The ADF pledged its allegiance to the Islamic State in 2019.") == [
        ("2019", "Allied Democratic Forces")
    ]
    assert _pledges(nlp, "In 2014, the Maute group pledged their allegiance to ISIS.") != []
    # a pledge of support or of money without a number stays no oath
    assert _pledges(nlp, "In 2019, the ADF pledged its support to the new leader.") == []


@pytest.mark.model
def test_a_declared_allegiance_is_a_pledge(nlp: Language) -> None:
    assert _pledges(nlp, "The Maute group declared its allegiance to ISIS in 2014.") == [
        ("2014", "Dawlah Islamiyah-Maute Group")
    ]
    assert _pledges(nlp, "In 2015, Jund al-Khilafa proclaimed allegiance to the Islamic State.") != []
    # declaring anything else is no oath
    assert _pledges(nlp, "In 2019, the government declared a state of emergency after ISIS attacks.") == []
    assert _pledges(nlp, "In 2019, the ADF declared its support for ISIS.") == []
    # a bare infinitive tells an intent or a process, not the oath
    assert _pledges(nlp, "Analysts saw a desire for the Maute group to declare official allegiance to ISIS.") == []
    assert _pledges(nlp, "The group named a new head and various ISIS affiliates have begun to pledge loyalty.") == []


@pytest.mark.model
def test_a_pledge_no_place_locates_is_sworn_where_the_group_is_based(nlp: Language) -> None:
    found = events(nlp, "An attack in Kamwenge District, western Uganda, killed ten people on Tuesday. Police blamed "
                        "ADF militants for the attack. In 2019, the ADF pledged allegiance to the Islamic State group.")
    assert sorted((e.type, e.country) for e in found) == [("attack", "UG"), ("pledge", "CD")]
