"""Event tolls (events/tolls.py): the toll an event keeps: killings told by a phrase, split, updated, claimed, listed
and ranged counts, and counts that belong to another event or to a period."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate import make_doc
from sitroom.extract.events.link import merge
from sitroom.extract.events.records import EventMention
from sitroom.extract.events.syntax import _split_subjects, conjuncts

# the reference days the tests' sentences are written around
events_on_2021_06_01 = events_dated("2021-06-01")
# a Tuesday
events_on_2021_11_30 = events_dated("2021-11-30")
events_on_2022_11_08 = events_dated("2022-11-08")
events_on_2024_01_03 = events_dated("2024-01-03")
events_on_2024_03_10 = events_dated("2024-03-10")
# a Monday
events_on_2024_10_28 = events_dated("2024-10-28")
events_on_2024_11_20 = events_dated("2024-11-20")
events_on_2025_01_20 = events_dated("2025-01-20")
events_on_2025_03_04 = events_dated("2025-03-04")
events_on_2025_04_21 = events_dated("2025-04-21")
events_on_2023_01_13 = events_dated("2023-01-13")
events_on_2024_05_01 = events_dated("2024-05-01")
events_on_2024_02_20 = events_dated("2024-02-20")
events_on_2015_11_20 = events_dated("2015-11-20")


# Killings: a sentence whose main verb the parse reads as a participle on its subject ("A jihadist group killed at
# least 69 civilians": "group" the root, "killed" a clause on it) still reports the group's killing, when the verb has
# an object; a participle on a noun without one stays a description.

@pytest.mark.model
def test_a_group_whose_killing_the_parse_reads_as_a_participle_still_attacked(nlp: Language) -> None:
    found = events_on_2021_11_30(
        nlp, "A jihadist group killed at least 69 civilians on November 2 in the province of Tillaberi.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2021-11-02", 69)]


@pytest.mark.model
def test_a_participle_without_an_object_on_a_noun_is_no_deed_of_that_noun(nlp: Language) -> None:
    found = events_on_2021_11_30(nlp, "The soldiers killed in the fighting near the border on November 2.")
    assert not [e for e in found if e.type == "attack" and e.actor is not None and "soldier" in e.actor.lower()]


# Event tolls: a relative clause that an adverb of earlier time sets before the event ("ISIL, which previously led to
# 53 deaths") tells an earlier event's toll, not the one of the event told beside it; the men a side says it lost ("we
# lost six men") are the attack's dead, unless the attackers lost them.

@pytest.mark.model
def test_a_relative_clause_told_as_earlier_gives_no_toll_to_the_event_told_before(nlp: Language) -> None:
    text = ("ISIS claimed a suicide bombing in Kabul that killed at least six people on Sunday. The bombing is one of "
            "several attacks carried out by ISIL, which previously led to 53 deaths at a school in the city.")
    assert [e.killed for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [6]


@pytest.mark.model
def test_an_earlier_adverb_outside_a_relative_clause_keeps_the_toll(nlp: Language) -> None:
    text = ("ISIS claimed a suicide bombing in Kabul on Sunday. The bombing, which targeted a school, earlier "
            "led to 53 deaths, officials said.")
    assert [e.killed for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [53]


@pytest.mark.model
def test_men_a_side_says_it_lost_are_the_attacks_dead(nlp: Language) -> None:
    text = ("ISIS fighters attacked an army post in Menaka on Sunday. 'According to an initial assessment, we lost six "
            "men,' said the military official.")
    assert [e.killed for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [6]


@pytest.mark.model
def test_men_the_attackers_lost_are_no_toll_of_the_attack(nlp: Language) -> None:
    text = ("ISIS fighters attacked an army post in Menaka on Sunday. The militants lost seven men in the fighting, "
            "the army said.")
    assert [e.killed for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [None]


@pytest.mark.model
def test_a_second_count_after_a_result_verb_counts_its_state(nlp: Language) -> None:
    text = ("ISKP claimed a suicide attack on a mosque in Islamabad on Friday, which left 31 worshippers dead and at "
            "least 170 critically injured.")
    assert [(e.killed, e.wounded) for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [(31, 170)]


# Casualties and claims: a group or a force that says or claims "it killed" people (or "to have killed" them) reports
# its own killing, so the killing is an event, the group's a claimed attack; so is an attack told "according to" the
# group, or one "the group" says or claims it did; an attack that "claimed the lives" of people is no claim.

@pytest.mark.model
def test_a_group_saying_it_killed_soldiers_claims_an_attack(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "On Monday, Islamic State said it killed 15 soldiers in Sheikh Zuweid.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 15, True)]
    found = events_on_2024_01_03(nlp, "On Monday, Islamic State claimed it killed 15 soldiers in Sheikh Zuweid.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 15, True)]
    found = events_on_2024_01_03(
        nlp, "On Monday, Islamic State fighters said they killed a police official in northwest Pakistan.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


@pytest.mark.model
def test_a_force_saying_it_killed_insurgents_reports_an_operation(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "The Nigerian Army said on Thursday that it had killed more than 50 insurgents in Borno.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_pronoun_no_one_reports_stays_no_attacker(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "On Monday, residents feared it killed 15 soldiers in Sheikh Zuweid.")
    assert found == []


@pytest.mark.model
def test_a_group_claiming_to_have_killed_claims_an_attack(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "On Monday, Islamic State claimed to have killed at least one Rwandan soldier in "
                                      "Mocimboa da Praia.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 1, True)]


@pytest.mark.model
def test_an_attack_told_according_to_the_group_is_claimed(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "On Monday ISM killed one soldier and destroyed homes in Memba district, according to claims "
             "issued by the Islamic State.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    found = events_on_2024_01_03(
        nlp, "On Monday ISM killed one soldier and destroyed homes in Memba district, according to the "
             "police.")
    assert [(e.type, e.claimed) for e in found] == [("attack", False)]


@pytest.mark.model
def test_the_group_described_claiming_a_killing_claims_an_attack(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "The Islamic State has been active in Borno. The group claimed it killed 20 soldiers in Gubio "
             "on Monday.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    found = events_on_2024_01_03(
        nlp, "ISWAP fighters pillaged a base in Gubio on Monday, killing three soldiers. The group claimed "
             "it killed 20 soldiers.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 3, True)]
    found = events_on_2024_01_03(
        nlp, "The Islamic State has been active in Cabo Delgado. On Monday, the group said it had attacked "
             "military outposts in Mocimboa da Praia.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


@pytest.mark.model
def test_an_attack_claiming_lives_is_no_claim(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "On Monday, an attack by an Islamic State-affiliated militant group claimed the lives of at "
             "least 25 people in Ituri, according to a rights group.")
    assert [(e.type, e.claimed) for e in found] == [("attack", False)]


# Event tolls: a toll word as the object of a verb that sets it ("hospital officials put the death toll at 20") gives
# the count of its "at" phrase, told by the verb's subject; a force's source or spokesman ("military sources", "a
# security source") tells an official count, and the conventions take the lower official figure. A count told of
# several attacks at once ("Four people were killed in two attacks") is their sum: one attack's own count, merged into
# it, is the event's.

@pytest.mark.model
def test_a_toll_put_at_a_number_fills_the_attack(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Gunmen attacked a church in Komanda on Sunday. Hospital officials put the death toll at 20.")
    assert [e.killed for e in found if e.type == "attack"] == [20]


@pytest.mark.model
def test_a_lower_toll_the_army_puts_beats_the_first(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "At least 21 people were killed during an assault on a church in Komanda on Sunday. However, "
             "the army put the death toll at 10.")
    assert [e.killed for e in found if e.type == "attack"] == [10]


@pytest.mark.model
def test_military_sources_tell_an_official_count(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "At least 21 people were killed during an assault on a church in Komanda on Sunday. However, "
             "military sources put the confirmed death toll at around 10.")
    assert [e.killed for e in found if e.type == "attack"] == [10]


@pytest.mark.model
def test_a_higher_toll_put_by_no_force_leaves_the_first(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Gunmen attacked a church in Komanda on Sunday, killing 21 people. A local leader put the "
             "death toll at 25.")
    assert [e.killed for e in found if e.type == "attack"] == [21]


@pytest.mark.model
def test_a_toll_with_its_own_number_is_read_as_before(nlp: Language) -> None:
    found = events_on_2025_04_21(nlp, "Gunmen attacked a church in Komanda on Sunday. The death toll rose to 30.")
    assert [e.killed for e in found if e.type == "attack"] == [30]


def _mention(start: int, text: str, killed: int | None, wounded: int | None, several: int = 0,
             own_toll: bool = True) -> EventMention:
    return EventMention("attack", "attack", start, start + 6, start, start + len(text), text, country="IQ",
                        killed=killed, wounded=wounded, several=several, own_toll=own_toll)


def test_one_attacks_own_count_beats_the_sum_of_several() -> None:
    # "Four people were killed and eight wounded in two attacks ...", then one of them with a count of its own
    summed = _mention(0, "Four people were killed and eight wounded in two attacks in Salahudin.", 4, 8, several=2)
    merge(summed, _mention(100, "An attack on the outpost killed a soldier and wounded two others.", 1, 2))
    assert (summed.killed, summed.wounded) == (1, 2)


def test_a_count_told_after_it_does_not_replace_one_attacks_own() -> None:
    one = _mention(0, "An attack on the outpost killed a soldier and wounded two others.", 1, 2)
    merge(one, _mention(100, "The attack in Baiji killed five people.", 5, None))
    assert (one.killed, one.wounded) == (1, 2)


def test_a_follow_on_count_does_not_replace_the_sum() -> None:
    summed = _mention(0, "Four people were killed in two attacks in Salahudin.", 4, None, several=2)
    merge(summed, _mention(100, "The attacks were claimed by IS.", 3, None, own_toll=False))
    assert summed.killed == 4


# Tolls: a name listed beside people told as "other" is one more.

def _attacks(found: list) -> list[tuple[str, int | None, int | None]]:
    return [(e.type, e.killed, e.wounded) for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_name_listed_with_six_other_people_is_one_more(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Khalil Haqqani and six other people were killed in an explosion in Kabul on Wednesday.")
    assert _attacks(found) == [("attack", 7, None)]


@pytest.mark.model
def test_others_hung_on_an_apposition_are_listed_with_the_named_officer(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Jihadists ambushed a convoy near Askira Uba on Monday. Brigadier General Dzarma Zirkushu, the "
             "commander of the brigade and three other officers were killed.")
    assert _attacks(found) == [("attack", 4, None)]


@pytest.mark.model
def test_names_told_as_the_counted_people_are_no_more(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Gunmen attacked the village on Monday, killing two traders, Kuljeet Singh and Ranjit Singh.")
    assert _attacks(found) == [("attack", 2, None)]


# Event tolls: an active verb that kills with the word after it counts its object ("Gunmen shot dead a police
# officer", "shot two soldiers dead", "gunned down three villagers"); a force that shoots attackers dead gives the
# attack no toll, its subject read nearest the verb.

@pytest.mark.model
def test_shot_dead_with_the_object_after_counts_it(nlp: Language) -> None:
    found = events_on_2025_04_21(nlp, "Gunmen shot dead a police officer in Peshawar on Monday.")
    assert [e.killed for e in found if e.type == "attack"] == [1]


@pytest.mark.model
def test_shot_dead_with_the_object_between_counts_it(nlp: Language) -> None:
    found = events_on_2025_04_21(nlp, "Gunmen shot two soldiers dead in Peshawar on Monday.")
    assert [e.killed for e in found if e.type == "attack"] == [2]


@pytest.mark.model
def test_gunned_down_counts_its_object(nlp: Language) -> None:
    found = events_on_2025_04_21(nlp, "Gunmen gunned down three villagers in Borno on Monday.")
    assert [e.killed for e in found if e.type == "attack"] == [3]


@pytest.mark.model
def test_a_second_killing_shot_dead_adds_to_the_first(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Militants stormed the village on Monday, where they killed a guard and shot dead 11 soldiers "
             "as they slept.")
    assert [e.killed for e in found if e.type == "attack"] == [12]


@pytest.mark.model
def test_police_shooting_men_dead_after_an_attack_is_no_toll_of_it(nlp: Language) -> None:
    found = events_on_2025_04_21(nlp, "Indonesia police shoot dead four men after attack on Riau HQ")
    assert [e.killed for e in found if e.type == "attack"] == [None]


@pytest.mark.model
def test_butchered_counts_as_killed(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "The rebels attacked the village on Monday and butchered 13 civilians with guns and knives.")
    assert [e.killed for e in found if e.type == "attack"] == [13]


@pytest.mark.model
def test_a_part_of_the_list_missing_is_in_neither_toll(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "On February 10, an attack on a patrol in Tillaberi left 17 soldiers dead, twelve missing and "
             "twelve others wounded.")
    assert [(e.killed, e.wounded) for e in found if e.type == "attack"] == [(17, 12)]


@pytest.mark.model
def test_one_head_told_missing_keeps_its_count(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Gunmen attacked a village in Borno on Monday. The dead bodies of the eleven missing soldiers "
             "have been found.")
    assert [e.killed for e in found if e.type == "attack"] == [11]


# Casualties: a participle after a comma tells what the clause just before it did, so the deaths a perfect-tense
# conflict "has caused, displacing... and causing N deaths" are that conflict's record, not the toll of the attack the
# sentence opens with.

ATTACK = "ISWAP fighters stormed an army base in Borno State on Monday, killing five soldiers. "


@pytest.mark.model
def test_a_conflicts_record_in_a_participle_after_a_relative_clause_is_no_toll(nlp: Language) -> None:
    found = events_on_2025_03_04(
        nlp, ATTACK + "The attack underscores the threat in the northeast, where the insurgency has raged "
        "since 2009, displacing over two million people and causing more than 35,000 deaths.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]


@pytest.mark.model
def test_a_conflicts_record_in_a_participle_of_its_own_clause_is_no_toll(nlp: Language) -> None:
    found = events_on_2025_03_04(nlp, ATTACK
                                 + "The conflict has dragged on for 15 years, killing more than 40,000 people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]


@pytest.mark.model
def test_the_attacks_own_participle_still_counts(nlp: Language) -> None:
    found = events_on_2025_03_04(
        nlp, "Gunmen attacked a village in Borno State on Monday, where the army has deployed troops, "
        "killing 12 people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]


# Casualties: a victim counted and then named ("one person identified as...") keeps its count when the parser makes
# the name a second subject of the verb; people told killed "alongside" or "along with" the victims add to an attack's
# toll.

@pytest.mark.model
def test_a_counted_victim_named_after_its_count_keeps_the_count(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Gunmen attacked Tamo village on Saturday. During that assault, one person identified as "
             "Musa Garba Bello was killed, and a large number of livestock were rustled.")
    assert [(e.type, e.killed) for e in found] == [("attack", 1)]


# Casualties: a later split toll that holds the first count and names more people beside it replaces it (the
# conventions add split tolls up); a lower count told by a state's force or a body speaking for one replaces an
# earlier one of the same people (the lower official figure).

@pytest.mark.model
def test_a_later_split_toll_holding_the_first_count_replaces_it(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Islamic State militants attacked an army base in Borno State on Monday. Nine soldiers were "
             "killed. Two security sources said that at least nine soldiers and two task force members "
             "were killed.")
    assert [(e.type, e.killed) for e in found] == [("attack", 11)]


@pytest.mark.model
def test_a_later_toll_naming_the_same_people_only_does_not_replace_the_first(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Islamic State militants attacked an army base in Borno State on Monday, killing nine "
             "soldiers. Nine soldiers and 14 militants were killed in the attack.")
    assert [(e.type, e.killed) for e in found] == [("attack", 9)]


@pytest.mark.model
def test_a_lower_count_told_by_the_army_replaces_a_local_sources(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "ADF rebels attacked the village of Komanda on Sunday, killing at least 31 people, a local "
             "priest said. A spokesperson for the army could verify only 10 deaths.")
    assert [(e.type, e.killed) for e in found] == [("attack", 10)]


@pytest.mark.model
def test_an_official_count_of_some_of_the_people_does_not_replace_the_toll(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Jihadists attacked a civilian convoy near Gao on Friday, killing 50 people. The army said "
             "three soldiers escorting the convoy were killed.")
    assert [(e.type, e.killed) for e in found] == [("attack", 50)]


@pytest.mark.model
def test_a_lower_official_count_in_a_later_event_sentence_replaces_the_first(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Jihadists ambushed a civilian convoy near Gao on Friday. The attack resulted in over fifty "
             "fatalities. The official statement from the army, released a day after the ambush, confirmed "
             "the deaths of 25 civilians.")
    assert [(e.type, e.killed) for e in found] == [("attack", 25)]


# Casualties: counted subjects the parser split a listed subject into ("20 of the militia's members and 40 villagers
# died": "20" and "villagers" both subjects of "died", the "and" left on the first) are summed, as the conventions add
# split tolls up; "as many" people listed after a count are as many as it counts ("three policemen and as many
# civilians" = 6).

TAMALAT_ATTACK = "Suspected jihadists attacked the villages of Tamalat and Insinane in Mali on Tuesday. "


@pytest.mark.model
def test_a_count_with_an_of_phrase_listed_with_another_count_of_the_dead_is_summed(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, TAMALAT_ATTACK
                                 + "Officials said about 20 of the militia’s members and 40 villagers died.")
    assert [(e.type, e.killed) for e in found if e.killed is not None] == [("attack", 60)]


@pytest.mark.model
def test_a_count_with_an_of_phrase_listed_with_another_count_of_the_killed_is_summed(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, TAMALAT_ATTACK
                                 + "The mayor said that 12 of the village's guards and 30 civilians were killed.")
    assert [(e.type, e.killed) for e in found if e.killed is not None] == [("attack", 42)]


@pytest.mark.model
def test_split_subjects_are_the_two_counted_subjects_joined_by_and(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, TAMALAT_ATTACK + "Officials said about 20 of the militia’s members and 40 villagers died.",
                       "t",
                       "2024-01-03"))
    died = next(t for t in doc if t.lower_ == "died")
    assert [t.text for t in _split_subjects(died)] == ["20", "villagers"]


@pytest.mark.model
def test_a_subject_listed_by_the_parser_has_no_split_subjects(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, TAMALAT_ATTACK + "The mayor said that 12 of the guards and 30 civilians had died.", "t",
                       "2024-01-03"))
    died = next(t for t in doc if t.lower_ == "died")
    assert _split_subjects(died) == []
    assert [(e.type, e.killed) for e in doc._.events if e.killed is not None] == [("attack", 42)]


@pytest.mark.model
def test_as_many_counts_as_many_as_the_people_listed_before_it(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Islamic State fighters attacked a checkpoint near Kirkuk on Monday, killing three policemen "
             "and as many civilians.")
    assert [(e.type, e.killed) for e in found] == [("attack", 6)]


@pytest.mark.model
def test_as_many_in_a_listed_subject_counts_as_many_as_the_first(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Three soldiers and as many civilians were killed when Islamic State fighters attacked a "
             "checkpoint near Kirkuk on Monday.")
    assert [(e.type, e.killed) for e in found] == [("attack", 6)]


@pytest.mark.model
def test_as_many_as_a_number_is_that_number(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Islamic State fighters attacked a checkpoint near Kirkuk on Monday, killing two soldiers and "
             "as many as ten civilians.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]


# Casualties: a range told with "between" ("between 50 and 90 deaths") counts its lower bound, not the sum of its two
# ends the parser lists; "several dozen", "a few dozen" are as vague as "dozens", no count of twelve.

MUKONDO_ATTACK = "ADF rebels attacked the village of Mukondo in Beni territory on Monday. "


@pytest.mark.model
def test_a_range_of_deaths_counts_its_lower_bound(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, MUKONDO_ATTACK + "Civil society leaders speak of between 50 and 90 deaths.")
    assert [(e.type, e.killed) for e in found] == [("attack", 50)]


@pytest.mark.model
def test_a_range_of_the_dead_in_the_deaths_of_phrase_counts_its_lower_bound(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, MUKONDO_ATTACK
                                 + "The raid caused the deaths of between 10 and 15 people, officials said.")
    assert [(e.type, e.killed) for e in found] == [("attack", 10)]


@pytest.mark.model
def test_the_number_opening_a_range_lists_no_other_number(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Leaders speak of between 50 and 90 deaths.", "t", "2024-01-03"))
    fifty = next(t for t in doc if t.text == "50")
    assert [t.text for t in conjuncts(fifty)] == ["50"]


@pytest.mark.model
def test_listed_counts_are_still_summed(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, MUKONDO_ATTACK + "Officials said 12 soldiers and 30 civilians were killed.")
    assert [(e.type, e.killed) for e in found] == [("attack", 42)]


@pytest.mark.model
def test_several_dozen_dead_is_no_count_of_twelve(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, MUKONDO_ATTACK
                                 + "Several dozen people were killed, according to civil society leaders.")
    assert [(e.type, e.killed) for e in found] == [("attack", None)]


@pytest.mark.model
def test_a_dozen_and_three_dozen_still_count(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp,
                                 "ADF rebels attacked the village of Mukondo on Monday, killing three dozen people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 36)]
    found = events_on_2024_01_03(nlp, "ADF rebels attacked the village of Mukondo on Monday, killing a dozen people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]


NKOE = "Insurgents attacked the village of Nkoe on Sunday. "


@pytest.mark.model
def test_one_shot_in_the_leg_is_one_wounded(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, NKOE + "No deaths were reported but one local militia member was shot in the leg during the "
                    "attack.")
    assert [(e.type, e.killed, e.wounded) for e in found] == [("attack", 0, 1)]


@pytest.mark.model
def test_people_shot_in_the_legs_are_wounded(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, NKOE + "Three officers were shot in the legs.")
    assert [(e.type, e.wounded) for e in found] == [("attack", 3)]


@pytest.mark.model
def test_a_dead_man_shot_in_the_chest_is_no_wounded(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, NKOE + "Photos showed a dead soldier, who had apparently been shot in the chest.")
    assert [(e.type, e.wounded) for e in found] == [("attack", None)]


@pytest.mark.model
def test_a_shot_in_the_head_is_no_wounding(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, NKOE + "Two of the villagers were shot in the head.")
    assert [(e.type, e.wounded) for e in found] == [("attack", None)]


# Event tolls: a count in the present perfect over a year or a run of weeks, months or years is what the period added
# up to, no attack of its own; a perfect killing with no such period, or in a month, still reports one.

@pytest.mark.model
def test_a_perfect_count_in_a_year_is_a_tally(nlp: Language) -> None:
    found = events_on_2021_11_30(nlp, "In 2021, more than 530 people have been killed by armed groups.")
    assert [e for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_a_perfect_count_over_weeks_is_a_tally(nlp: Language) -> None:
    found = events_on_2021_11_30(nlp,
                                 "In less than two weeks, more than 100 people have been killed by the ADF in Beni.")
    assert [e for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_a_perfect_killing_with_no_period_is_still_an_attack(nlp: Language) -> None:
    found = events_on_2021_11_30(nlp, "Gunmen have killed ten people in an attack in Beni, officials said on Monday.")
    assert [e.killed for e in found if e.type == "attack"] == [10]


# Tolls: a toll word whose verb of update the parser left stranded ("claimed responsibility for the bombing as the
# death toll from the attack rose to 45", with "as" read as a preposition) still tells the toll as it now stands.

@pytest.mark.model
def test_a_toll_rising_in_an_as_clause_the_parser_broke_is_the_current_toll(nlp: Language) -> None:
    # the parser takes "as" for a preposition with "toll" its object, and hangs "rose" on "claimed"
    found = events_on_2022_11_08(
        nlp, "Islamic State on Monday claimed responsibility for the suicide bombing of a political rally "
        "in northwest Pakistan held by a religious group allied to the government as the death toll from "
        "the attack rose to 45.")
    assert [(e.type, e.killed) for e in found] == [("attack", 45)]


@pytest.mark.model
def test_a_toll_with_a_subject_of_its_own_verb_is_not_stranded(nlp: Language) -> None:
    found = events_on_2022_11_08(
        nlp, "A suicide bomber struck a rally in Bajaur on Sunday, killing 20 people. The death toll from "
        "the attack rose to 45 on Monday.")
    assert [(e.type, e.killed) for e in found] == [("attack", 45)]


# Event tolls: a count as far in the parse from two events' words goes to the one told nearer it ("The operation began
# after the group attacked the village, leaving 17 people dead": the parser hangs "leaving" on the main verb, as far
# from "attacked" as from "operation").

@pytest.mark.model
def test_a_count_after_the_attack_clause_is_the_attacks(nlp: Language) -> None:
    found = events_on_2024_11_20(
        nlp, "The operation began after the Lakurawa group attacked Mera, a community in Augie Local "
             "Government Area of Kebbi State, leaving 17 people dead.")
    assert [e.killed for e in found if e.type == "attack"] == [17]


@pytest.mark.model
def test_an_attack_with_its_own_count_keeps_it(nlp: Language) -> None:
    found = events_on_2024_11_20(nlp,
                                 "Gunmen attacked Mera, a village in Kebbi State, on Monday, leaving 17 people dead.")
    assert [e.killed for e in found if e.type == "attack"] == [17]


# Killings told by a phrase: army releases' "put out of action" kills as "killed" does ([casualties] kill_phrases), so
# a force putting the group's fighters out of action is its operation; "put out" alone ("put out a statement") kills
# no one, and a title's "Put Out Of Action By" is a passive.

@pytest.mark.model
def test_troops_putting_fighters_out_of_action_is_their_operation(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Government troops put out of action two ADF rebels in Beni on Monday.")
    assert [(e.type, e.date, e.place) for e in found] == [("operation", "2024-03-04", "Beni")]


@pytest.mark.model
def test_putting_out_a_statement_kills_no_one(nlp: Language) -> None:
    assert events_on_2024_03_10(nlp, "ISIS put out a statement on its channel about Beni on Monday.") == []


@pytest.mark.model
def test_a_title_put_out_of_action_by_troops_is_no_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Somali ADF Commander Put Out Of Action By UPDF")
    assert [e.type for e in found if e.type == "attack"] == []


# Killing and destruction constructions: a force destroying the group's camps or hideouts is an operation (a strike
# when aircraft do it), attackers blowing up a mosque an attack; people massacred at a school, or killed by a
# landmine, are an attack on them; and "the Rwandans" attacking insurgents are a state's troops in an operation.

@pytest.mark.model
def test_a_force_destroying_the_group_s_camp_is_an_operation_or_a_strike(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "On Monday the troops destroyed two ISIS hideouts near Hawija.")
    assert [e.type for e in found] == ["operation"]
    found = events_on_2024_01_03(nlp, "On Monday Iraqi warplanes destroyed 18 ISIS hideouts near Hawija.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_destroying_something_else_or_by_attackers_is_no_operation(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "On Monday the troops destroyed a bridge near Hawija.")
    assert found == []
    found = events_on_2024_01_03(nlp, "On Monday militants destroyed the army camp near Hawija.")
    assert "operation" not in [e.type for e in found]
    found = events_on_2024_01_03(nlp, "Uganda's military launched operations against the ADF to destroy their camps.")
    assert "destroy" not in [e.trigger for e in found]


@pytest.mark.model
def test_attackers_blowing_up_a_mosque_make_an_attack(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "On Monday, the Islamic State blew up the al-Nuri mosque in Mosul.")
    assert [e.type for e in found] == ["attack"]
    found = events_on_2024_01_03(nlp, "On Monday, engineers blew up the old bridge in Mosul.")
    assert found == []


@pytest.mark.model
def test_people_massacred_at_a_school_are_an_attack(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp,
                                 "On Monday, 42 people, mostly students, were massacred at a school in Western Uganda.")
    assert [(e.type, e.killed) for e in found] == [("attack", 42)]
    found = events_on_2024_01_03(nlp, "On Monday, 42 militants were killed at a school in Western Uganda.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_a_landmine_is_an_attack_weapon(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "On Monday, 26 people were killed when their vehicle detonated a landmine outside the "
             "town of Rann.")
    assert [(e.type, e.killed) for e in found] == [("attack", 26)]
    found = events_on_2024_01_03(nlp, "On Monday, soldiers recovered two landmines outside the town of Rann.")
    assert found == []


@pytest.mark.model
def test_a_demonym_plural_attacking_insurgents_is_an_operation(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "On 27 July, the Rwandans attacked insurgents at Marere in Mocimboa da Praia district.")
    assert [e.type for e in found] == ["operation"]
    found = events_on_2024_01_03(
        nlp, "On 27 July, insurgents attacked two Rwandans at Marere in Mocimboa da Praia district.")
    assert [e.type for e in found] == ["attack"]


def tolls_on_2021_06_01(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2021_06_01(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_story_count_beats_the_headline_count(nlp: Language) -> None:
    # a title rounds or sums up ("100" for two villages); the story's own count of the attack stands
    assert tolls_on_2021_06_01(
        nlp, "Jihadists kill 100 in Tchombangou village attack\nJihadists attacked the village of "
             "Tchombangou in Niger on Saturday. Residents said on Sunday that 70 people were killed "
             "in the attack on Tchombangou.") == [(70, None)]
    # without a headline, a minister's lower count is the official one (the conventions: the lower official figure)
    assert tolls_on_2021_06_01(
        nlp, "Jihadists attacked the village of Tchombangou in Niger on Saturday, killing 100 people. The "
             "prime minister said on Sunday that 70 people were killed in the attack on Tchombangou.") == [
        (70, None)]


@pytest.mark.model
def test_a_story_count_far_from_the_headline_count_is_another_attacks(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "Jihadists kill 100 in Tchombangou village attack\nJihadists attacked the village of "
             "Tchombangou in Niger on Saturday. The prime minister said on Sunday that 30 people were killed "
             "in the attack on Tchombangou.")[0] == (100, None)


@pytest.mark.model
def test_a_photo_caption_or_a_footnoted_sentence_is_no_headline(nlp: Language) -> None:
    # the later count is told by no official, so only a headline's place would let it beat the first
    assert tolls_on_2021_06_01(
        nlp, "A car bomb attack in Qayyarah on Tuesday killed six people and wounded 26 (AFP photo)\nPolice "
             "said 30 people were wounded in the car bomb attack in Qayyarah.") == [(6, 26)]
    assert tolls_on_2021_06_01(
        nlp, "Gunmen attacked the village of Tchombangou in Niger on Saturday, killing 100 people.[4]\n"
             "Residents said on Sunday that 70 people were killed in the attack on Tchombangou.") == [
        (100, None)]


@pytest.mark.model
def test_a_scale_word_multiplies_the_number_before_it(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "The suicide blast at the mosque in Islamabad on Friday has killed three dozen people and "
             "injured 169.") == [(36, 169)]
    assert tolls_on_2021_06_01(nlp, "Gunmen killed two hundred villagers in Tchombangou on Saturday.") == [(200, None)]
    # a scale word alone keeps its own value
    assert tolls_on_2021_06_01(nlp,
                               "Gunmen killed a dozen villagers and wounded a hundred in Tchombangou on Saturday.") == [
        (12, 100)]


@pytest.mark.model
def test_injuries_measured_by_degree_are_wounded(nlp: Language) -> None:
    assert tolls_on_2021_06_01(
        nlp, "ISWAP fighters attacked Kuje on Tuesday, killing four inmates, while 16 others sustained "
             "varying degrees of injuries.") == [(4, 16)]
    # what the object measures must be an injury
    assert tolls_on_2021_06_01(
        nlp, "ISWAP fighters attacked Kuje on Tuesday, killing four inmates, while 16 others sustained a "
             "loss of property.") == [(4, None)]


# Tolls: people listed one by one, each told with "a", a possessive or "the" and none with a number, are counted one
# each; attackers so listed are left out.

def _attack_deaths(found: list) -> list[tuple[str, int | None]]:
    return [(e.type, e.killed) for e in found if e.type == "attack"]


@pytest.mark.model
def test_two_people_told_with_a_are_two_dead(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Militants attacked an army post in Borno on Tuesday. A soldier and a civilian were killed "
             "in the attack.")
    assert _attack_deaths(found) == [("attack", 2)]


@pytest.mark.model
def test_a_person_and_a_possessive_are_two_dead(nlp: Language) -> None:
    found = events_on_2025_01_20(nlp, "Gunmen attacked the village of Kala in Borno on Tuesday. A farmer and his wife "
                                      "were killed in the attack.")
    assert _attack_deaths(found) == [("attack", 2)]


@pytest.mark.model
def test_a_killing_verb_counts_its_listed_objects(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Militants attacked an army post in Borno on Tuesday, killing a soldier and a civilian.")
    assert _attack_deaths(found) == [("attack", 2)]


@pytest.mark.model
def test_an_attacker_listed_with_a_victim_is_left_out(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Militants attacked an army post in Borno on Tuesday. A soldier and a militant were killed "
             "in the attack.")
    assert _attack_deaths(found) == [("attack", 1)]


@pytest.mark.model
def test_a_list_with_a_number_still_sums(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Militants attacked an army post in Borno on Tuesday. A soldier and two civilians were "
             "killed in the attack.")
    assert _attack_deaths(found) == [("attack", 3)]


@pytest.mark.model
def test_two_names_for_one_person_are_one(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Militants attacked an army post in Borno on Tuesday. A soldier or a policeman was killed "
             "in the attack.")
    assert _attack_deaths(found) == [("attack", 1)]


# Tolls: the dead of the happening a strike answers ("in response to the killing of three Americans") are that
# happening's, not the strike's (with a case where the strike's own toll stands).

@pytest.mark.model
def test_a_toll_in_the_phrase_of_a_response_is_not_the_strikes(nlp: Language) -> None:
    text = ("The United States carried out airstrikes on ISIS positions in Syria in response to the killing of three "
            "Americans earlier this month.")
    assert [e.killed for e in events_on_2022_11_08(nlp, text) if e.type == "strike"] == [None]
    text = ("Airstrikes on ISIS positions near Raqqa killed 12 militants on Monday in response to an attack that "
            "killed three soldiers.")
    assert [e.killed for e in events_on_2022_11_08(nlp, text) if e.type == "strike"] == [12]


# Tolls: a year before a killing noun ("the 2015 beheading of 21 Coptic Christians") dates it and counts no one; the
# "of" phrase counts the dead.

@pytest.mark.model
def test_a_year_before_a_killing_noun_is_no_toll(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Authorities in Libya have arrested a man believed to be involved in the 2015 beheading of "
             "21 Coptic Christians in the coastal city of Sirte.")
    assert [(e.type, e.killed) for e in found if e.type == "attack"] == [("attack", 21)]


@pytest.mark.model
def test_a_count_before_a_state_word_still_counts(nlp: Language) -> None:
    found = events_on_2025_01_20(nlp, "The attack left 13 dead in Borno on Monday.")
    assert [(e.type, e.killed) for e in found if e.type == "attack"] == [("attack", 13)]


# Tolls (short texts written for the tests): a toll told of a place in another country is no toll of the attack, and a
# state's ministry tells an official count, which beats the group's claim.

@pytest.mark.model
def test_a_rising_toll_told_of_another_countrys_place_leaves_the_attacks_toll(nlp: Language) -> None:
    text = ("Islamic State fighters attacked an army convoy in Niger on Wednesday, killing 23 soldiers, the defense "
            "ministry said. The convoy was carrying supplies to a base. The UN said the death toll in Gaza has risen "
            "to 25,000.")
    assert [e.killed for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [23]


@pytest.mark.model
def test_a_rising_toll_told_of_a_place_in_the_attacks_country_updates_it(nlp: Language) -> None:
    text = ("Islamic State fighters attacked an army convoy in Niger on Wednesday, killing 23 soldiers, the defense "
            "ministry said. The convoy was carrying supplies to a base. The UN said the death toll in Niamey has "
            "risen to 25.")
    assert [e.killed for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [25]


@pytest.mark.model
def test_a_ministrys_lower_count_beats_the_groups_claim(nlp: Language) -> None:
    text = ("The Islamic State group on Saturday claimed responsibility for an attack on Niger's army, saying it left "
            "30 soldiers dead on Wednesday. Niger's defense ministry reported on Thursday that 23 soldiers were "
            "killed in the attack, and 17 others were wounded.")
    assert [(e.killed, e.wounded) for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [(23, 17)]



@pytest.mark.model
def test_wounded_taken_to_a_hospital_across_the_border_stay_the_attacks(nlp: Language) -> None:
    # a count of more people hurt is the attack's wherever they were taken; only a toll as it now stands ("the death
    # toll rising to 25,000") told of another country's places is another war's (sentences of a dev page)
    text = ("One of the attacks occurred in the early hours of Thursday when insurgents from the Islamic State West "
            "Africa Province (ISWAP), which is aligned with ISIS, stormed the town of Malam Fatori, near the border "
            "with Niger. The militants opened fire on a camp for internally displaced persons (IDPs), killing 11 "
            "people, according to a spokesperson for a multinational military coalition.\n"
            "Mallum reported that the attackers torched a hospital and several government buildings before "
            "retreating. He placed the death toll at 12 and said:\n"
            "\u201cTwenty others were wounded and taken to a hospital in Bosso across the border in Niger.\u201d")
    assert [e.wounded for e in events_on_2024_10_28(nlp, text) if e.type == "attack"] == [20]


# Event tolls (events/tolls.py): whose dead an attack's count holds, and whose count stands where tellers disagree.

def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2021_06_01(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_fighters_told_as_on_the_governments_side_are_the_attacks_victims(nlp: Language) -> None:
    assert tolls(nlp, "Three pro-Syrian regime militants were killed in an ambush by Daesh in the Badia desert in "
                      "central Homs province on Sunday, local sources said.") == [(3, None)]
    assert tolls(nlp, "Islamic State militants ambushed a convoy in Homs province on Sunday, killing three "
                      "pro-government militants.") == [(3, None)]


@pytest.mark.model
def test_fighters_told_as_on_the_groups_side_are_still_attackers(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a checkpoint in Homs province on Sunday. Two soldiers and three pro-ISIS "
                      "militants were killed.") == [(2, None)]


@pytest.mark.model
def test_a_ministers_lower_count_is_the_official_toll(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked the village of Tchombangou in Niger on Saturday, killing 100 people. Prime "
                      "Minister Brigi Rafini said on Sunday that 70 people were killed in the attack.") == [(70, None)]


@pytest.mark.model
def test_a_governors_lower_count_is_the_official_toll(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked the village of Tchombangou in Niger on Saturday, killing 40 people. The "
                      "regional governor said on Sunday that 31 people were killed in the attack.") == [(31, None)]


@pytest.mark.model
def test_a_ministers_higher_count_does_not_replace_the_first(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked the village of Tchombangou in Niger on Saturday, killing 40 people. The "
                      "interior minister said on Sunday that 55 people were killed in the attack.") == [(40, None)]


# Event tolls (events/tolls.py, [casualties] official_tellers): the Taliban, Afghanistan's rulers since 2021, tell the
# state's count of an attack, which the conventions take as the lower official figure.

def counts(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2023_01_13(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_talibans_lower_count_is_the_official_toll(nlp: Language) -> None:
    assert counts(nlp, "Gunmen attacked a mosque in Kunduz on Thursday, killing 40 people. The Taliban said on "
                       "Friday that 31 people were killed in the attack.") == [(31, None)]


@pytest.mark.model
def test_the_talibans_higher_count_does_not_replace_the_first(nlp: Language) -> None:
    assert counts(nlp, "Gunmen attacked a mosque in Kunduz on Thursday, killing 40 people. The Taliban said on "
                       "Friday that 55 people were killed in the attack.") == [(40, None)]


# The lower official figure holds for the wounded as for the dead: an official count of the injured that is lower
# and counts the same people replaces the first one, a higher one does not.

@pytest.mark.model
def test_a_lower_official_count_of_the_wounded_replaces_the_first(nlp: Language) -> None:
    assert counts(nlp, "Gunmen attacked a mosque in Kunduz on Thursday, killing 40 people and injuring 60 others. The "
                       "interior ministry said on Friday that 31 people were killed and 20 were injured in the "
                       "attack.") == [(31, 20)]


@pytest.mark.model
def test_a_higher_official_count_of_the_wounded_does_not_replace_the_first(nlp: Language) -> None:
    assert counts(nlp, "Gunmen attacked a mosque in Kunduz on Thursday, killing 40 people and injuring 60 others. The "
                       "interior ministry said on Friday that 31 people were killed and 75 were injured in the "
                       "attack.") == [(31, 60)]


# Event tolls (events/tolls.py): of the several towns one sentence tells, each an event of its own, the town a count
# belongs to.

def _tolls(found: list) -> dict[str, int | None]:
    return {e.place: e.killed for e in found if e.type == "attack" and e.place is not None}


@pytest.mark.model
def test_a_count_in_the_clause_of_a_second_town_is_that_towns_toll(nlp: Language) -> None:
    found = events_on_2024_05_01(
        nlp, "Suspected ADF rebels have killed nine people in Oicha, North Kivu, following deadly assaults in Lubero "
        "that left 45 dead.")
    assert _tolls(found) == {"Oicha": 9, "Lubero": 45}


@pytest.mark.model
def test_a_count_after_the_village_goes_to_the_village_not_the_district_told_first(nlp: Language) -> None:
    found = events_on_2024_02_20(
        nlp, "In Mecufi, insurgents ambushed two vehicles carrying troops near the village of Nahavara on January 30, "
        "killing eight officers.")
    assert _tolls(found).get("Nahavara") == 8
    assert _tolls(found).get("Mecufi") is None


@pytest.mark.model
def test_a_count_told_with_the_attacks_in_a_second_town_is_not_the_first_towns(nlp: Language) -> None:
    found = events_on_2015_11_20(
        nlp, "The resolution condemned the 13 November attacks in Paris and others in the Middle East, including those "
        "in Sousse on 25 June in which 30 Britons were murdered.")
    assert _tolls(found) == {"Paris": None, "Sousse": 30}


@pytest.mark.model
def test_a_combined_toll_after_a_coordinated_list_of_towns_stays_on_the_first(nlp: Language) -> None:
    found = events_on_2024_05_01(
        nlp, "Militants attacked military bases in Konduga, Mainok and Marte on Monday, killing over 40 soldiers.")
    tolls = _tolls(found)
    assert sorted(v for v in tolls.values() if v is not None) == [40]
    assert tolls.get("Konduga") == 40


@pytest.mark.model
def test_a_town_told_only_as_the_point_another_lies_from_takes_no_count(nlp: Language) -> None:
    found = events_dated("2016-11-25")(
        nlp, 'The militant group said it blew up the checkpoint, adding: "A number of caliphate soldiers attacked a '
        "checkpoint belonging to the apostate Egyptian army in the Sabeel village, southwest of Arish city, and the "
        "following clashes using light and medium weapons were able to kill 15 of the checkpoint's elements.\"")
    tolls = _tolls(found)
    assert tolls.get("Sabeel") == 15
    assert not any(v for place, v in tolls.items() if place != "Sabeel")
