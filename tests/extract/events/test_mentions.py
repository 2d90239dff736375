"""Event mentions (events/mentions.py): trigger words found in a sentence and the event's attributes read off the
parse."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.mentions import _after_as_of, _described_before
from sitroom.models import Event

# the reference days the tests' sentences are written around
events_on_2022_03_14 = events_dated("2022-03-14")
events_on_2022_11_08 = events_dated("2022-11-08")
events_on_2023_05_10 = events_dated("2023-05-10")
events_on_2024_05_10 = events_dated("2024-05-10")
events_on_2014_10_08 = events_dated("2014-10-08")
events_on_2022_07_01 = events_dated("2022-07-01")
events_on_2014 = events_dated("2014")
events_on_2023_12_03 = events_dated("2023-12-03")
events_on_2023_06_20 = events_dated("2023-06-20")
events_on_2021_03_22 = events_dated("2021-03-22")


# Event mentions: what aircraft struck is the strike's target ("fighter jets bombarded ISWAP locations"), which makes
# it one strike of the story even where its sentence names no place or date (with a case where the rule must not
# fire).

@pytest.mark.model
def test_what_aircraft_struck_makes_an_unplaced_strike(nlp: Language) -> None:
    found = events_on_2022_11_08(nlp, "Fighter jets bombarded ISWAP hideouts.")
    assert [e.type for e in found] == ["strike"]
    # aircraft named with no deed on anything are no strike
    assert events_on_2022_11_08(nlp, "The jets were seen over the town.") == []


# Event mentions: a time before ("a day earlier") told inside what a report says counts back from the report, not from
# the event told before, so the clause retells that event rather than telling a new one.

@pytest.mark.model
def test_a_day_earlier_than_the_statement_retells_the_bombing(nlp: Language) -> None:
    found = events_on_2022_03_14(
        nlp, "The Islamic State group claimed responsibility for the weekend bombing that killed two "
             "police officials in southwestern Pakistan, officials said Monday. The Islamic State group "
             "said in a statement on Sunday that it detonated an explosive device a day earlier targeting "
             "a police vehicle in Kuchlak town near Quetta.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].killed == 2


@pytest.mark.model
def test_days_earlier_in_the_storys_own_voice_is_another_attack(nlp: Language) -> None:
    found = events_on_2022_03_14(
        nlp, "Militants attacked a police post in Kuchlak in Pakistan on Saturday, killing two officers. "
             "Just days earlier, militants bombed a market in Quetta, killing nine people.")
    assert len([e for e in found if e.type == "attack"]) == 2


# Event mentions: two events told in one sentence, each with its own town and its own day, come out as two events,
# each dated by its own stretch of text; a sentence that says "respectively" pairs its dates with its towns.

@pytest.mark.model
def test_each_town_of_a_list_takes_the_day_told_beside_it(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Militants attacked Konduga on Monday and Bama on Tuesday.")
    assert sorted((e.type, e.place, e.date) for e in found) == [
        ("attack", "Bama", "2024-05-07"), ("attack", "Konduga", "2024-05-06")]


@pytest.mark.model
def test_one_day_told_for_the_whole_list_dates_every_town(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Militants attacked Konduga and Bama on Monday, the army said on Wednesday.")
    assert sorted((e.type, e.place, e.date) for e in found) == [
        ("attack", "Bama", "2024-05-06"), ("attack", "Konduga", "2024-05-06")]


@pytest.mark.model
def test_respectively_pairs_the_days_with_the_towns(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Militants attacked Konduga and Bama on Monday and Tuesday respectively.")
    assert sorted((e.type, e.place, e.date) for e in found) == [
        ("attack", "Bama", "2024-05-07"), ("attack", "Konduga", "2024-05-06")]


# Sentence-level event reading through the whole pipeline: casualty counts, perpetrators, raids.

def only(found: list[Event], etype: str) -> Event:
    typed = [e for e in found if e.type == etype]
    assert len(typed) == 1, [(e.type, e.trigger) for e in found]
    return typed[0]


@pytest.mark.model
def test_events_mentions_reduced_passive_counts_wounded(nlp: Language) -> None:
    found = events_on_2023_05_10(
        nlp, "Five police officers were killed and seven others wounded on Tuesday when gunmen "
             "attacked a checkpoint near Kirkuk.")
    attack = only(found, "attack")
    assert (attack.killed, attack.wounded, attack.country) == (5, 7, "IQ")


@pytest.mark.model
def test_events_mentions_victims_are_not_the_perpetrator(nlp: Language) -> None:
    found = events_on_2023_05_10(
        nlp, "Four Peshmerga fighters were killed on Tuesday when gunmen attacked an outpost near Kirkuk.")
    assert only(found, "attack").actor is None


@pytest.mark.model
def test_events_mentions_blamed_on_as_object_gives_the_actor(nlp: Language) -> None:
    found = events_on_2023_05_10(
        nlp, "Three soldiers were killed on Tuesday when gunmen attacked a checkpoint near Mosul. "
             "The army blamed the attack on Islamic State cells.")
    attack = only(found, "attack")
    assert (attack.actor, attack.claimed, attack.killed) == ("Islamic State", False, 3)


@pytest.mark.model
def test_events_mentions_casualties_in_next_sentence(nlp: Language) -> None:
    found = events_on_2023_05_10(
        nlp, "A car bomb exploded at a bus station in Kirkuk on Tuesday. More than 30 people were wounded.")
    assert only(found, "attack").wounded == 30


@pytest.mark.model
def test_events_mentions_rockets_striking_a_base_are_an_attack(nlp: Language) -> None:
    found = events_on_2023_05_10(
        nlp, "Three rockets struck an air base in Anbar province on Tuesday, wounding two contractors.")
    attack = only(found, "attack")
    assert attack.wounded == 2 and not [e for e in found if e.type == "strike"]


@pytest.mark.model
def test_events_mentions_killing_in_a_raid_is_an_operation_by_the_killer(nlp: Language) -> None:
    # a helicopter raid is a ground raid: an operation, not an air strike (gold/real conventions)
    found = events_on_2023_05_10(
        nlp, "US forces killed a senior Islamic State leader in a helicopter raid in Syria on Tuesday.")
    raid = only(found, "operation")
    assert (raid.actor, raid.country) == ("United States", "SY")


@pytest.mark.model
def test_events_mentions_raiding_homes_is_an_operation(nlp: Language) -> None:
    found = events_on_2023_05_10(nlp,
                                 "Iraqi forces raided several homes in Mosul on Tuesday and detained four suspects.")
    assert only(found, "operation").country == "IQ" and not [e for e in found if e.type == "attack"]


@pytest.mark.model
def test_events_mentions_declared_defeated_is_territorial_defeat(nlp: Language) -> None:
    found = events_on_2023_05_10(nlp, "The group was declared defeated in Iraq in December 2017.")
    defeat = only(found, "territorial_defeat")
    assert (defeat.country, defeat.date) == ("IQ", "2017-12")


@pytest.mark.model
def test_events_mentions_subject_not_its_supporter_is_the_actor(nlp: Language) -> None:
    found = events_on_2023_05_10(
        nlp, "On Tuesday, the SDF, with air support from the US-led coalition, launched a security "
             "operation in Raqqa.")
    assert only(found, "operation").actor == "Syrian Democratic Forces"


@pytest.mark.model
def test_events_mentions_dateline_gives_the_country_of_an_unknown_place(nlp: Language) -> None:
    found = events_on_2023_05_10(
        nlp, "MOSUL, Iraq - Two soldiers were killed in an attack on their post in the Wadi Zghaytun "
             "area late on Monday.")
    assert only(found, "attack").country == "IQ"


@pytest.mark.model
def test_events_mentions_dateline_of_a_regional_bureau_does_not_place_the_story(nlp: Language) -> None:
    # a lead that names another country (a nationality, a place the rules do not let locate the event) and not
    # the dateline's: the story was filed from a regional bureau, the article's country places the event
    found = events_on_2023_05_10(
        nlp, "DAKAR — The Islamic State claimed responsibility on Sunday for an ambush last week that "
             "killed 33 Malian soldiers.\nFourteen soldiers were also wounded in the attack near the "
             "northern town of Menaka, the Malian army said.")
    assert [(e.type, e.country, e.killed) for e in found] == [("attack", "ML", 33)]
    found = events_on_2023_05_10(
        nlp, "ISLAMABAD (AP) — The Islamic State group claimed responsibility for a shooting this week "
             "targeting members of the Shiite community inside a mosque in western Afghanistan that "
             "killed six people.\nThe Taliban said an investigation into the attack in Herat was underway.")
    assert {e.country for e in found} == {"AF"}


@pytest.mark.model
def test_events_mentions_dateline_the_lead_agrees_with_still_places_it(nlp: Language) -> None:
    # the lead names the dateline's own country too (the acting state): a neighbour named in passing changes nothing
    found = events_on_2023_05_10(
        nlp, "KUALA LUMPUR: Malaysia has arrested 15 people, mostly foreigners from neighbouring "
             "Indonesia, on suspicion of having links with the Islamic State, police said on Thursday.")
    assert only(found, "operation").country == "MY"


@pytest.mark.model
def test_events_mentions_an_attack_told_as_a_plans_aim_is_no_event(nlp: Language) -> None:
    # a gerund of planning on the noun, a plan in the progressive passive, an adjective of resolve: all aims
    assert not [e for e in events_on_2023_05_10(nlp, "Police in Mosul arrested three men suspected of planning attack.")
                if e.type == "attack"]
    assert not [e for e in events_on_2023_05_10(
        nlp, "The match was cancelled after police learnt that a bomb attack targeting "
             "the stadium in Kirkuk was being planned.") if e.type == "attack"]
    assert not [e for e in events_on_2023_05_10(
        nlp, "Police said the teenager was determined to carry out his attack in Erbil.")
                if e.type == "attack"]


@pytest.mark.model
def test_events_mentions_an_attack_planned_in_the_simple_past_was_made(nlp: Language) -> None:
    found = events_on_2023_05_10(nlp,
                                 "The attack was planned by a cell in Raqqa and killed 12 people in Kirkuk on Tuesday.")
    assert only(found, "attack").killed == 12


@pytest.mark.model
def test_events_mentions_a_record_and_its_example_are_no_event(nlp: Language) -> None:
    # "numerous bombings" sums up what a group has done; "including a ... bombing" only illustrates it
    found = events_on_2023_05_10(
        nlp, "Gunmen attacked a police checkpoint in Kirkuk on Tuesday, killing three officers. The group "
             "was behind numerous bombings in Diyala, including a market bombing in Baqubah in "
             "September 2016, killing 15 people.")
    assert [(e.type, e.date) for e in found] == [("attack", "2023-05-09")]
    found = events_on_2023_05_10(nlp, "Several attacks on army posts in Borno on Tuesday killed 20 soldiers.")
    assert only(found, "attack").killed == 20


@pytest.mark.model
def test_events_mentions_a_deed_a_group_is_known_for_is_no_event(nlp: Language) -> None:
    # what a group won infamy for, or is best known for, says who it is
    assert not events_on_2023_05_10(
        nlp, "Boko Haram, which won global infamy for its 2014 kidnapping of 276 school girls in "
             "Borno State, has split.")
    assert not events_on_2023_05_10(nlp, "The group, notorious for the 2016 bombing of a market in Davao, has split.")


# What a group was doing when another event hit it (short sentences written for the tests, after dev pages): a
# relative clause in the past progressive describes the fighters a strike hit, it tells no attack of its own.

@pytest.mark.model
def test_fighters_that_were_attacking_when_bombed_make_no_attack(nlp: Language) -> None:
    found = events_on_2014_10_08(
        nlp, "The Belgian Defence Ministry reports that the F-16s bombed IS fighters that were attacking "
             "Iraqi troops west of Baghdad.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_fighters_that_attacked_a_base_still_attacked(nlp: Language) -> None:
    # a relative clause in the simple past tells the deed itself
    found = events_on_2014_10_08(nlp, "Troops killed ten IS fighters who attacked an army base in Anbar on Tuesday.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]


# mentions.py: a withdrawal told with "would" under a verb of announcing is the decision made known, which the
# conventions count (short texts written for the tests, with cases where the rule must not fire).

@pytest.mark.model
def test_an_announced_withdrawal_is_the_decision(nlp: Language) -> None:
    found = events_on_2022_07_01(
        nlp, "Macron announced in June that France would withdraw its Barkhane force from Mali.")
    assert [(e.type, e.actor) for e in found] == [("withdrawal", "France")]


@pytest.mark.model
def test_a_withdrawal_that_could_happen_stays_a_hypothesis(nlp: Language) -> None:
    found = events_on_2022_07_01(nlp, "Macron said in June that France could withdraw its Barkhane force from Mali.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_withdrawal_that_would_not_happen_stays_none(nlp: Language) -> None:
    found = events_on_2022_07_01(
        nlp, "Macron said in June that France would not withdraw its Barkhane force from Mali.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_an_attack_that_would_happen_stays_a_hypothesis(nlp: Language) -> None:
    # only the types that name verbs of announcing ([types.withdrawal] announce_verbs) read "would" as a decision
    found = events_on_2022_07_01(nlp, "The group said in June that it would attack Western embassies in Bamako.")
    assert [e.type for e in found] == []


# ``_described_before``, walked on the per-document lists.

@pytest.mark.model
def test_a_pluperfect_relative_clause_describes_an_event_told_before(nlp: Language) -> None:
    doc = nlp("Troops were sent to reinforce the unit that had come under attack.")
    attack = next(t for t in doc if t.text == "attack")
    assert _described_before(attack)


@pytest.mark.model
def test_a_main_clause_attack_is_no_description(nlp: Language) -> None:
    doc = nlp("Militants attacked the unit near Mosul on Friday.")
    attacked = next(t for t in doc if t.text == "attacked")
    assert not _described_before(attacked)


# A recapture no word dates (mentions): kept at a named town it took, also one a place is rid of the group.

@pytest.mark.model
def test_a_village_cleared_of_the_group_is_its_recapture_undated(nlp: Language) -> None:
    text = ("Iraqi tribal fighters managed to clear the village of Shiala, which lies south of Mosul, from Daesh "
            "terrorists on Friday.")
    assert [(e.type, e.place) for e in events_on_2014(nlp, text)] == [("territorial_defeat", "Shiala")]


@pytest.mark.model
def test_fighters_cleared_from_a_village_still_take_the_village(nlp: Language) -> None:
    text = "Iraqi tribal fighters cleared Daesh terrorists from the village of Shiala, south of Mosul, on Friday."
    assert [(e.type, e.place) for e in events_on_2014(nlp, text)] == [("territorial_defeat", "Shiala")]


# Event mentions (events/mentions.py): words that tell an operation apart from the one told before.

def operations(found: list) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.place) for e in found if e.type == "operation"]


# An operation in an "after" clause set a count of days or weeks before the sentence's event ("The arrests came two
# days after police arrested ten suspects", "It came a week after ...") is an earlier operation of its own; a bare
# "after" may tell the raid the arrests were made in.

@pytest.mark.model
def test_an_arrest_days_before_the_arrests_told_is_another_operation(nlp: Language) -> None:
    lede = "Police arrested 11 ISIS suspects in Kano on Monday. "
    for told in ("The arrests came two days after", "It came a week after"):
        found = events_on_2023_12_03(nlp, lede + f"{told} police arrested ten suspects in Kano.")
        assert len(operations(found)) == 2, told
    found = events_on_2023_12_03(nlp, lede + "The arrests came after police raided a house in Kano.")
    assert len(operations(found)) == 1


# Event mentions (events/mentions.py): killings told only in a clause set days or weeks before another event.

@pytest.mark.model
def test_killings_days_and_weeks_before_are_attacks_of_their_own(nlp: Language) -> None:
    found = events_on_2023_06_20(
        nlp,
        "This week's violence comes days after at least 18 people were killed by the group in neighboring Ituri "
        "province and weeks after 17 people were killed, also in North Kivu.",
    )
    assert sorted((e.type, e.place, e.killed) for e in found) == [
        ("attack", "Ituri", 18), ("attack", "North Kivu", 17)]


@pytest.mark.model
def test_a_killing_a_day_before_the_claimed_attack_is_not_its_toll(nlp: Language) -> None:
    found = events_on_2023_06_20(
        nlp,
        "ISIS has claimed an attack in Mali's volatile east near the border with Niger that killed a French soldier "
        "on Saturday, a day after 53 Malian troops were massacred in the same area.",
    )
    assert sorted(e.killed for e in found if e.type == "attack") == [1, 53]


@pytest.mark.model
def test_the_earlier_killing_does_not_take_the_sentence_s_own_toll(nlp: Language) -> None:
    found = events_on_2023_06_20(
        nlp,
        "Fifteen people were killed on Monday in an attack in western Niger, less than two weeks after 33 people "
        "were killed by suspected jihadists in the same area.",
    )
    assert sorted(e.killed for e in found) == [15, 33]


@pytest.mark.model
def test_no_earlier_attack_from_the_group_s_dead_or_a_bare_after(nlp: Language) -> None:
    # the group's own dead are no attack on them
    assert events_on_2023_06_20(nlp, "The raid comes days after 32 Islamic State militants were killed in Achin.") == []
    # with no count of days between, the killing may be the sentence's own event
    found = events_on_2023_06_20(nlp, "Gunmen attacked a checkpoint in Mafa, after two soldiers were killed nearby.")
    assert [(e.type, e.killed) for e in found] == [("attack", 2)]


# Event mentions (events/mentions.py): an attack a claim counts back from ("claimed responsibility for an attack a
# week earlier") is the attack the story tells, not another one.

pytestmark = pytest.mark.model


def test_an_attack_claimed_a_week_earlier_retells_the_headlines_attack(nlp: Language) -> None:
    found = events_on_2021_03_22(
        nlp, "IS Claims Attack Against Mali Army That Killed 33 Soldiers Last Monday\n\n"
             "The Islamic State group on Sunday claimed responsibility for a deadly attack against the Malian army "
             "almost a week earlier that killed 33 soldiers.\n\n"
             "Dozens of assailants on motorbikes and in pickup trucks on March 15 stormed a military post southwest "
             "of the town of Ansongo, the Malian army said at the time.\n")
    attacks = [e for e in found if e.type == "attack"]
    assert [(e.date, e.killed) for e in attacks] == [("2021-03-15", 33)]


def test_days_earlier_in_the_storys_own_voice_is_still_another_attack(nlp: Language) -> None:
    # (no claim counts back: the story's own "days earlier" tells a new attack)
    found = events_on_2021_03_22(
        nlp, "Militants attacked a police post in Kuchlak in Pakistan on Saturday, killing two officers. "
             "Just days earlier, militants bombed a market in Quetta, killing nine people.")
    assert len([e for e in found if e.type == "attack"]) == 2


# The "as of" test of an unresolved time (events/mentions.py ``_open_time``) reads only the words before the date.

@pytest.mark.parametrize(("text", "date"), [
    ("234 have been detained as of Feb 22.", "Feb 22"),
    ("234 have been detained As Of\n  Feb 22.", "Feb 22"),
    ("The attack took place on Feb 22.", "Feb 22"),
    ("as of", None),
    ("Feb 22", "Feb 22"),
    ("was of Feb 22", "Feb 22"),
    ("\u0130as of Feb 22", "Feb 22"),
])
def test_a_date_after_as_of_is_told_as_the_long_way_does(text: str, date: str | None) -> None:
    start = text.index(date) if date else len(text)
    assert _after_as_of(text, start) == text[:start].rstrip().lower().endswith("as of")


def test_a_tally_day_after_as_of_is_found() -> None:
    assert _after_as_of("detained as of Feb 22", len("detained as of "))
    assert not _after_as_of("detained on Feb 22", len("detained on "))
