"""Event recall, twentieth session: sentences that named an event but never became a mention (short
sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_a_kind_word_before_incident_is_the_event(nlp: Language) -> None:
    # "suicide bombing" modifies "incident": the phrase names the attack, it is no "attack helicopter"
    found = events(nlp, "A suicide bombing incident occurred at the police headquarters in Medan on Wednesday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-05-08")]
    # ... but a trigger word modifying another noun still is no event
    assert events(nlp, "An attack helicopter landed at the airport in Medan on Wednesday.") == []


@pytest.mark.model
def test_the_wounded_in_a_blast_make_it_an_attack(nlp: Language) -> None:
    found = events(nlp, "Forty people were wounded in a blast near the police station.")
    assert [(e.type, e.wounded) for e in found] == [("attack", 40)]
    # a blast nobody was hurt or killed in, with nothing else to anchor it, is no report
    assert events(nlp, "Forty people heard a blast near the police station.") == []
    # soldiers hurt in a clash are a detail of the fight, not its report
    assert events(nlp, "Two soldiers were hurt in a clash near the police station.") == []


@pytest.mark.model
def test_initiated_carries_an_operation(nlp: Language) -> None:
    found = events(nlp, "Puntland forces initiated an operation targeting ISIS strongholds.")
    assert [e.type for e in found] == ["operation"]
    # an operation noun with no light verb, date or place is still no event
    assert events(nlp, "Puntland forces praised the operation.") == []


@pytest.mark.model
def test_plural_attacks_with_a_place_and_a_month_are_one_episode(nlp: Language) -> None:
    found = events(nlp, "In April, attacks by the group were also recorded on a reserve in the province of Niassa.")
    assert [(e.type, e.date, e.country) for e in found] == [("attack", "2024-04", "MZ")]
    # ... a year is no such episode: "attacks ... in 2021" is a tally
    assert events(nlp, "In 2021, attacks by the group were also recorded on a reserve in the province of Niassa.") == []

