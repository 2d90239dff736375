"""Casualty counts of attacks: a count of other people told with "also" adds to the attack's toll ("eight soldiers
... A civilian was also killed" = 9: the conventions sum split tolls), but not to a count of everyone, nor a named
person's, nor the attackers' own dead (thirty-first session, casualty helper; short sentences written for the
tests, some after train pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-14")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_other_people_told_with_also_add_to_the_toll(nlp: Language) -> None:
    # in the sentence after the attack's, in a later sentence naming no event, and in one naming the attack again
    assert tolls(nlp, "Militants attacked a military base in Damaturu on Tuesday. The incident led to the death of "
                      "eight soldiers. A civilian was also killed, while five persons sustained injuries.") == [(9, 5)]
    assert tolls(nlp, "Gunmen attacked a military outpost in Toumour on Monday. Four soldiers were killed and eight "
                      "others were injured. The source added that a single civilian was also killed in the clashes "
                      "in the village.") == [(5, 8)]
    assert tolls(nlp, "Gunmen attacked a village in Borno on Monday, killing 12 soldiers. Three civilians were also "
                      "killed in the attack.") == [(15, None)]
    assert tolls(nlp, "Gunmen attacked an army position in Kirkuk on Saturday. Three soldiers were killed. Two "
                      "civilians also died.") == [(5, None)]
    # told in a fight that is the troops' side of the attack
    assert tolls(nlp, "Gunmen stormed a bakery in Dhaka on Friday. When police tried to regain control of the "
                      "bakery, two police officers were shot dead. Twenty-two civilians were also killed in the "
                      "clash, most of whom were foreign nationals.") == [(24, None)]


def test_also_adds_nothing_to_everyone_the_same_people_a_name_or_the_attackers(nlp: Language) -> None:
    # "people" counts everyone: the soldier and the others told after are among them
    assert tolls(nlp, "At least 20 people were killed and 48 wounded Friday by a suicide blast at a market in Quetta. "
                      "One paramilitary soldier and seven other people were also killed in the bombing, he "
                      "said.") == [(20, 48)]
    # the same people: a first count of the wounded, not more of the dead
    assert tolls(nlp, "Gunmen attacked an army position in Kirkuk on Saturday, killing three soldiers. Two soldiers "
                      "were also wounded.") == [(3, 2)]
    # a named person is most often one of those counted
    assert tolls(nlp, "Three soldiers and a civilian on board a hired motorcycle were killed in an ambush by "
                      "suspected Dawla Islamiyah fighters in Lanao del Norte on Thursday morning, police said. Camilo "
                      "Andog, the driver of the hired motorcycle, was also killed.") == [(4, None)]
    # the attackers' dead are no toll of the attack
    assert tolls(nlp, "ISWAP attacked a base in Borno on Monday, killing 12 soldiers. Twenty-four ISWAP terrorists "
                      "were also killed in the attack.") == [(12, None)]
    assert tolls(nlp, "At least eight Egyptian police officers have been killed in a militant attack on a checkpoint "
                      "in El-Arish on Monday. Five militants were also killed in the ensuing exchange of fire, the "
                      "interior ministry said.") == [(8, None)]


def test_a_second_killing_of_one_clause_adds_its_own_people(nlp: Language) -> None:
    # two verbs of killing coordinated in one clause, each with an object of its own: a split toll, summed
    assert tolls(nlp, "ISIS terrorists attacked a barracks in Baqouba on Monday and killed a guard and shot dead 11 "
                      "soldiers.") == [(12, None)]
    assert tolls(nlp, "Gunmen attacked the village of Ngite on Monday. They killed two soldiers and shot dead three "
                      "civilians.") == [(5, None)]
    # a killing and a wounding keep their own kinds; a killing and an abduction add nothing
    assert tolls(nlp, "Gunmen attacked the village of Ngite on Monday. They killed two soldiers and wounded three "
                      "civilians.") == [(2, 3)]
    assert tolls(nlp, "Gunmen attacked the village of Ngite on Monday, killing two soldiers and abducting three "
                      "civilians.") == [(2, None)]
