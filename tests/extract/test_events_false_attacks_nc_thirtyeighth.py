"""False-positive attacks, thirty-eighth session (short sentences written for the tests, after train pages): an
attack in the infinitive of a clause that has "on ... way" ("the gunmen were on their way to attack an army unit
when they were blocked") is where they were going and what for, never an attack made; the attack they then made
still counts."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_on_their_way_to_attack_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "Sources said the terrorists were on their way to attack a Philippine Army unit when they "
                        "were blocked by local fighters in the town of Datu Piang on Tuesday afternoon.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_an_attack_made_on_the_way_still_counts(nlp: Language) -> None:
    found = events(nlp, "On their way back, the gunmen attacked an army unit in Pusao on Tuesday, killing two "
                        "soldiers.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_an_ambush_people_were_arrested_in_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "According to the UPDF, 40 ADF rebels have today surrendered while 25 have been arrested in a "
                        "well staged ambush near Oicha.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_an_ambush_people_were_killed_in_is_still_an_attack(nlp: Language) -> None:
    found = events(nlp, "Five soldiers were killed in an ambush near Beni on Monday.")
    assert [e.type for e in found] == ["attack"]
