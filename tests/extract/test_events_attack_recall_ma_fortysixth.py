"""Attack recall, forty-sixth session (ma): attackers invading a village, a camp or a town is their attack, as
"targeted" is ([types.attack] aim_verbs); a state invading a country is none. A village no gazetteer places, told
with no day of its own and the same count of dead as the attack just told, is where that attack happened
(``link._one_event``), not a second attack (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-10-04")


def test_insurgents_invading_a_village_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "On 25 September an insurgent group invaded the village of Torroro, in Quissanga.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-09-25")]


def test_militants_invading_a_camp_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The terror group invaded the army camp in Damboa on Saturday, using various weapons.")
    assert [e.type for e in found] == ["attack"]


def test_a_state_invading_a_country_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "US-led forces invaded Iraq in 2003.") == []


def test_an_unplaced_village_with_the_same_toll_is_the_attack_told(nlp: Language) -> None:
    found = events(nlp, "At least 19 people were killed in an attack by ADF rebels in Lubero territory on Monday. "
                        "Local sources said the attackers killed 19 civilians in Mukondo village.")
    assert [(e.type, e.killed) for e in found] == [("attack", 19)]


def test_an_unplaced_village_with_its_own_day_is_another_attack(nlp: Language) -> None:
    found = events(nlp, "At least 17 people were killed by ADF rebels in Bakwanza on Monday. "
                        "The rebels had kidnapped 17 civilians on September 22 in the village of Matolo.")
    assert len([e for e in found if e.type == "attack"]) == 2
