"""Casualty counts of attacks: one count told of the dead and the wounded together counts neither ("26 soldiers
were killed or injured"); "a total of N" counts its "of" phrase; a noun of killing listed after another noun shares
its "of" phrase; a count left out after a listed modifier adds up ("four American and four Nigerien soldiers")
(thirtieth session, casualty helper; short sentences written for the tests, some after train pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-14")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_a_count_of_the_killed_or_wounded_together_is_neither(nlp: Language) -> None:
    # the subject, the object or the "of" phrase is shared by a word of death and one of wounds
    assert tolls(nlp, "The military said that a total of 26 soldiers were killed or injured in the attack on the "
                      "base.") == [(None, None)]
    assert tolls(nlp, "Gunmen attacked a market in Mosul, killing or wounding 12 people.") == [(None, None)]
    assert tolls(nlp, "Militants attacked soldiers on patrol in Borno state on Monday, killing and wounding more "
                      "than 30 soldiers.") == [(None, None)]
    assert tolls(nlp, "The Popular Mobilization Forces announced the death and injury of 10 fighters during an "
                      "attack by ISIS on northern Diyala.") == [(None, None)]
    assert tolls(nlp, "The attack on the checkpoint left 20 dead or injured.") == [(None, None)]
    # a headline's two participles on one counted noun
    assert tolls(nlp, "10 PMF's elements killed, injured by ISIS attack") == [(None, None)]


def test_each_kind_with_its_own_people_keeps_its_count(nlp: Language) -> None:
    assert tolls(nlp, "At least 23 Egyptian soldiers have been killed and 26 wounded in an attack by jihadist "
                      "militants in the northern Sinai peninsula.") == [(23, 26)]
    assert tolls(nlp, "Gunmen attacked a church in Kano, killing 10 and injuring 20.") == [(10, 20)]
    assert tolls(nlp, "The attack on the checkpoint left 20 dead and 30 injured.") == [(20, 30)]
    assert tolls(nlp, "ISIS attacked a village in Diyala. 10 people killed, 20 injured.") == [(10, 20)]
    # the subject hung on the auxiliary is the wounded's own
    assert tolls(nlp, "Militants attacked the village of Tal Sarha in Diyala. After half an hour of clashes, eight "
                      "villagers were martyred and three others were severely wounded.") == [(8, 3)]
    # the subject of the verb the parser made a modifier of "injuries" is the wounded's own
    assert tolls(nlp, "Gunmen attacked a construction firm in Jalalabad. The media office of Nangarhar had earlier "
                      "reported that 11 workers of EBE Construction Firm lost their lives in the attack and 9 "
                      "others have sustained injuries.") == [(11, 9)]
    # an active verb's subject is the killers, never the people a second verb shares
    found = tolls(nlp, "Two suicide bombers attacked the church in Quetta. The attackers killed 9 people and injured "
                       "50.They planned to blow up the explosives.")
    assert found and found[0][0] == 9


def test_a_total_counts_its_of_phrase(nlp: Language) -> None:
    assert tolls(nlp, "Jihadists attacked vehicles in Uyyeh, killing a total of 66 people.") == [(66, None)]
    # a number of people is no one person
    assert tolls(nlp, "Militants attacked a base in Palma, killing a number of soldiers.") == [(None, None)]


def test_a_noun_of_killing_listed_after_another_shares_its_of_phrase(nlp: Language) -> None:
    found = tolls(nlp, "Dawlah Islamiya gunmen were behind the abduction and execution of three livestock dealers in "
                       "Shariff Saydona Mustapha on Monday.")
    assert found == [(3, None)]


def test_a_count_left_out_after_a_listed_modifier_adds_up(nlp: Language) -> None:
    assert tolls(nlp, "Militants ambushed a patrol near Tongo Tongo, killing four American and four Nigerien "
                      "soldiers.") == [(8, None)]
    assert tolls(nlp, "The ambush in Tongo Tongo cost the lives of four American and four Nigerian soldiers.") == [
        (8, None)
    ]
    assert tolls(nlp, "Militants ambushed a patrol near Tongo Tongo, killing four American soldiers.") == [(4, None)]


def test_a_participle_of_death_on_the_first_listed_keeps_it_apart(nlp: Language) -> None:
    # the parser lists "eight" with "people" as the subject of "wounded"; "stabbed to death" is the people's own
    assert tolls(nlp, "The Solingen attack saw three people stabbed to death and a further eight were "
                      "wounded.") == [(3, 8)]


def test_the_toll_as_it_now_stands_beats_a_first_count(nlp: Language) -> None:
    # higher or lower: the count the text settles on
    assert tolls(nlp, "Militants attacked an army checkpoint in Tarmiyah on Monday. According to a security source, "
                      "the attack left one individual out of the eight wounded dead, bringing the death toll to "
                      "six.") == [(6, None)]
    assert tolls(nlp, "A bomb killed 80 people at a market in Kabul on Monday. The death toll has risen to "
                      "120.") == [(120, None)]
