"""Attack recall, forty-seventh session (ma): attackers infiltrating a town or a base is their raid on it, not a
country or an institution they slip into (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-07-20")

def test_attackers_infiltrating_a_town_is_an_attack_there(nlp: Language) -> None:
    found = events(nlp, "On the night of 14 July, around 10 armed insurgents infiltrated Mocímboa da Praia, entered a "
                   "civilian home and asked for water.")
    assert [(e.type, e.date, e.place) for e in found] == [("attack", "2024-07-14", "Mocimboa da Praia")]


def test_fighters_infiltrating_a_province_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "Reports confirmed that ISIS fighters from countries such as Ethiopia and Tanzania had "
                  "infiltrated Puntland as part of the group's efforts.") == []


def test_the_group_having_infiltrated_an_institution_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "ISIS has infiltrated the police force, the minister said on Monday.") == []


def test_a_town_attackers_targeted_is_where_the_attack_was(nlp: Language) -> None:
    found = events(nlp, "On the night of 14 July, gunmen targeted Mocímboa da Praia.")
    assert [(e.type, e.place) for e in found] == [("attack", "Mocimboa da Praia")]
