"""Casualty counts of attacks (seventeenth session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_a_noun_of_death_or_injury_counts_its_of_phrase(nlp: Language) -> None:
    assert tolls(nlp, "Militants attacked Peshmerga in Kifri on Monday, resulting in the killing of three Peshmerga "
                      "fighters and the injury of five others.") == [(3, 5)]
    assert tolls(nlp, "On Monday militants attacked the Niassa Special Reserve in Mozambique, resulting in the death "
                      "of two employees.") == [(2, None)]


def test_a_death_of_someone_uncounted_gives_no_toll(nlp: Language) -> None:
    assert tolls(nlp, "Militants attacked a checkpoint in Kifri on Monday, a week after the death of Abu Ibrahim "
                      "al-Qurashi.") == [(None, None)]


def test_nearly_n_is_no_lower_bound(nlp: Language) -> None:
    # "nearly N" is left null by the conventions: the firmer count of the next sentence stands
    assert tolls(nlp, "Nearly 100 people were killed on Thursday night when a suicide bomber blew himself up inside "
                      "a shrine in Sehwan.\n\nIn the attack, 72 people were killed and 250 injured.") == [(72, 250)]
    assert tolls(nlp, "A bomb exploded in Kerman on Wednesday, killing almost 90 people.") == [(None, None)]


def test_at_least_n_is_still_n(nlp: Language) -> None:
    assert tolls(nlp, "A bomb exploded in Kerman on Wednesday, killing at least 90 people.") == [(90, None)]


def test_a_toll_as_it_now_stands_beats_the_first_report(nlp: Language) -> None:
    assert tolls(nlp, "A bomb exploded in Mastung on Friday, killing 80 people.\n\nThe death toll has risen to more "
                      "than 120 people, with dozens more wounded.") == [(120, None)]
    assert tolls(nlp, "A bomb exploded at a shrine in Jhal Magsi on Thursday, killing 20 people.\n\nOne of them "
                      "succumbed to his injuries on Friday, pushing the death toll to 21.") == [(21, None)]


def test_a_toll_that_may_fall_short_does_not_replace_the_first(nlp: Language) -> None:
    assert tolls(nlp, "A bomb exploded in Mastung on Friday, killing 80 people.\n\nThe death toll has risen to "
                      "nearly 120.") == [(80, None)]


def test_attackers_listed_beside_the_victims_are_left_out(nlp: Language) -> None:
    assert tolls(nlp, "Three Nigerien soldiers and 14 militants were also killed on Monday in an attack on an army "
                      "post in Agando.") == [(3, None)]


def test_victims_listed_together_are_summed(nlp: Language) -> None:
    assert tolls(nlp, "Two soldiers and three civilians were killed in an attack in Diffa on Monday.") == [(5, None)]


def test_one_victim_named_as_the_object_counts_one(nlp: Language) -> None:
    assert tolls(nlp, "Militants attacked a roadside Army detachment in Shariff Saydona Mustapha on Saturday, killing "
                      "a soldier.") == [(1, None)]


def test_a_commander_a_raid_killed_is_no_toll(nlp: Language) -> None:
    found = events(nlp, "US forces killed a senior ISIS commander in a raid in Syria on Monday.")
    assert [(e.type, e.killed) for e in found] == [("operation", None)]


def test_army_words_for_soldiers_killed_are_deaths(nlp: Language) -> None:
    assert tolls(nlp, "Troops repelled an attack on Damboa town on Friday.\n\nSadly during the attack two brave "
                      "soldiers paid the supreme price in line of duty.") == [(2, None)]


def test_a_price_paid_by_no_one_counted_is_no_toll(nlp: Language) -> None:
    assert tolls(nlp, "Militants attacked Damboa on Friday and will pay a heavy price, the army "
                      "said.") == [(None, None)]


def test_victims_the_parser_hung_on_the_verb_are_counted(nlp: Language) -> None:
    # the parser made "workers" a conjunct of "killed", not of "constable"
    assert tolls(nlp, "On August 29, 2022, suspected IS-KP terrorists killed a Police constable and two construction "
                      "workers in the Mamuzai area of Orakzai District.") == [(3, None)]


def test_wounded_listed_after_the_dead_stay_wounded(nlp: Language) -> None:
    assert tolls(nlp, "Militants attacked a village in Borno on Monday, leaving 15 dead and 40 others "
                      "wounded.") == [(15, 40)]


def test_sustained_injuries_are_wounded(nlp: Language) -> None:
    assert tolls(nlp, "Jihadists attacked a village in western Niger on Friday.\n\nAccording to the ministry, at "
                      "least 44 civilians were killed, while 13 others sustained severe injuries.") == [(44, 13)]


def test_a_verb_of_keeping_something_else_is_no_injury(nlp: Language) -> None:
    assert tolls(nlp, "Jihadists attacked a village in western Niger on Friday.\n\nThe army sustained 13 "
                      "operations in the area.") == [(None, None)]


def test_a_toll_update_sentences_later_belongs_to_the_attack_told_last(nlp: Language) -> None:
    text = ("The Islamic State has claimed responsibility for a suicide bombing in Mastung on Friday.\n\nThe group's "
            "Amaq News Agency said that approximately 80 people had been killed. The bomber was identified as Abu "
            "Bakr.\n\nThe death toll has risen to more than 120 people, according to Pakistani officials.\n\n"
            "Last month, militants attacked a rally in Quetta, killing 10.")
    assert [(e.place, e.killed) for e in events(nlp, text)] == [("Mastung", 120), ("Quetta", 10)]


def test_the_groups_own_fatalities_are_no_toll(nlp: Language) -> None:
    # the group's name before the noun of death says whose dead they are
    assert tolls(nlp, "One of the nine Dawlah Islamiya fatalities of the attack on a gymnasium in Marawi on Sunday "
                      "is Khadafi Membisa.") == [(None, None)]
    assert tolls(nlp, "One of the nine fatalities of the attack on a gymnasium in Marawi on Sunday is Khadafi "
                      "Membisa.") == [(9, None)]


def test_one_dead_left_by_an_attack_counts_one(nlp: Language) -> None:
    # the parser hangs "dead" on the number ("leaving one dead"), not on the verb
    assert tolls(nlp, "Suspected militants ambushed a group of soldiers Saturday in the southern Philippines, leaving "
                      "one dead and three others wounded, officials said Monday.") == [(1, 3)]


def test_the_killing_of_one_person_named_with_a_counts_one(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a clinic in Peshawar on Thursday, which led to the killing of a well-known "
                      "Sikh hakim.") == [(1, None)]


def test_the_death_of_a_commander_is_no_toll(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a base in Kabul on Monday, which resulted in the death of a "
                      "commander.") == [(None, None)]


def test_another_is_one_more_victim(nlp: Language) -> None:
    assert tolls(nlp, "Four soldiers were killed while another was wounded in an ambush on Friday in Lininding "
                      "village, Munai.") == [(4, 1)]


def test_one_member_of_a_body_told_by_common_nouns_counts_one(nlp: Language) -> None:
    assert tolls(nlp, "ISIS carried out a suicide bombing in Mayadin on Friday, killing a member of the state "
                      "security forces.") == [(1, None)]


def test_one_member_of_the_group_a_raid_killed_is_no_toll(nlp: Language) -> None:
    found = events(nlp, "Troops killed a member of the terrorist group in a raid in Borno on Monday.")
    assert [(e.type, e.killed) for e in found] == [("operation", None)]
