"""Event linking, thirty-sixth session: a part of a coordinated attack picked out by an ordinal ("The second
attack, involving two suicide bombers on motorbikes, killed one person", "The first camp, outside the town, was
attacked ..., killing at least 20") belongs to the attack told before it, whoever a sentence between blames and
whatever part of the dead it counts; a part with a town of its own, or "another attack", is one of several
(short sentences written for the tests, after real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

events = events_dated("2021-11-17")


def _attacks(nlp: Language, text: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_second_attack_is_a_part_of_the_one_told(nlp: Language) -> None:
    found = _attacks(nlp, "Three suicide bombers killed three people in Kampala on Tuesday. Police said the Allied "
                          "Democratic Forces were responsible. The second attack, involving two suicide bombers on "
                          "motorbikes, killed one person.")
    assert len(found) == 1
    assert found[0].killed == 3  # the whole's toll, not the part's


@pytest.mark.model
def test_the_first_and_second_camp_are_parts_of_the_one_assault(nlp: Language) -> None:
    found = _attacks(nlp, "ISWAP fighters attacked two military bases in Malam Fatori on Saturday, killing over 30 "
                          "soldiers. The first camp, outside the town, was attacked with different types of weapon, "
                          "killing at least 20. The second camp inside the town was then stormed, killing at least "
                          "10.")
    assert len(found) == 1
    assert found[0].killed == 30


@pytest.mark.model
def test_the_first_bomber_is_a_part_of_the_twin_blasts(nlp: Language) -> None:
    found = _attacks(nlp, "The death toll in Friday's twin blasts inside a military camp in Sulu province has "
                          "reached eight. The first bomber attempted to detonate the explosives near the gate, "
                          "killing three soldiers.")
    assert len(found) == 1
    assert found[0].killed == 8


@pytest.mark.model
def test_a_first_assault_in_a_town_of_its_own_is_one_of_several(nlp: Language) -> None:
    found = _attacks(nlp, "ISIS cells launched a string of attacks in Deir ez-Zor on Friday. The first assault "
                          "occurred in the village of Dhiban, where ISIS operatives targeted a military post.")
    assert len(found) == 2


@pytest.mark.model
def test_another_attack_is_not_a_part(nlp: Language) -> None:
    found = _attacks(nlp, "Three suicide bombers killed three people in Kampala on Tuesday. Another attack, "
                          "involving two gunmen, killed one person in Arua on Thursday.")
    assert len(found) == 2


@pytest.mark.model
def test_the_first_attack_after_one_attack_told_is_another(nlp: Language) -> None:
    # "a suicide attack" tells one attack: "the first attack" of the day is another, not a part of it
    found = _attacks(nlp, "At least 35 people were killed in a suicide attack in Baghdad on Sunday. Eight policemen "
                          "were killed in the first attack, south of the city.")
    assert sorted(e.killed or 0 for e in found) == [8, 35]
