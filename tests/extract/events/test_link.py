"""Same-event linking (events/link.py): the mentions of one real-world event become one event; mentions told apart
(another place, day, toll or frame of their own) stay apart; titles and ledes joined to the story."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import (
    _names_a_thing,
    _on_headline_list,
    _perpetrated_nouns,
    absorb_into_main,
    air_arm_operations,
    compatible,
    fights_in_attacks,
    headlines_into_story,
    late_anchored,
    link,
    merge,
    on_loan,
    restated,
    summed_up,
)
from sitroom.extract.events.records import Actor, EventMention
from sitroom.extract.events.vocab import vocab
from sitroom.models import Event, Place

# the reference days the tests' sentences are written around
# a page of the 2nd of April 2015
events_on_2015_04_02 = events_dated("2015-04-02")
events_on_2016_02_10 = events_dated("2016-02-10")
# a page of the 2nd of September 2017
events_on_2017_09_02 = events_dated("2017-09-02")
events_on_2017_11_11 = events_dated("2017-11-11")
events_on_2019_06_18 = events_dated("2019-06-18")
events_on_2020_01_15 = events_dated("2020-01-15")
events_on_2021_06_01 = events_dated("2021-06-01")
events_on_2021_11_17 = events_dated("2021-11-17")
events_on_2021_12_08 = events_dated("2021-12-08")
events_on_2021_12_09 = events_dated("2021-12-09")
events_on_2022_09_08 = events_dated("2022-09-08")
events_on_2023_03_02 = events_dated("2023-03-02")
events_on_2023_08_02 = events_dated("2023-08-02")
events_on_2023_08_15 = events_dated("2023-08-15")
events_on_2023_09_30 = events_dated("2023-09-30")
events_on_2024_03_10 = events_dated("2024-03-10")
events_on_2024_03_15 = events_dated("2024-03-15")
events_on_2024_06_20 = events_dated("2024-06-20")
events_on_2024_09_05 = events_dated("2024-09-05")
events_on_2024_09_20 = events_dated("2024-09-20")
events_on_2025_01_14 = events_dated("2025-01-14")
events_on_2025_03_05 = events_dated("2025-03-05")
events_on_2025_03_27 = events_dated("2025-03-27")
events_on_2025_05_10 = events_dated("2025-05-10")
events_on_2025_07_28 = events_dated("2025-07-28")
events_on_2025_08_20 = events_dated("2025-08-20")
events_on_2025_08_23 = events_dated("2025-08-23")
events_on_2025_09_04 = events_dated("2025-09-04")
events_on_2025_09_20 = events_dated("2025-09-20")
events_undated = events_dated(None)
events_on_2024_01_05 = events_dated("2024-01-05")
events_on_2018_04_28 = events_dated("2018-04-28")
events_on_2017_12_02 = events_dated("2017-12-02")
events_on_2023_01_13 = events_dated("2023-01-13")
events_on_2025_11_04 = events_dated("2025-11-04")
events_on_2024_11_09 = events_dated("2024-11-09")
events_on_2025_11_24 = events_dated("2025-11-24")
events_on_2023_12_10 = events_dated("2023-12-10")
events_on_2025_09_10 = events_dated("2025-09-10")


# Linking: an incident told once with its town and once without, with a second source's toll, is one event
# (link.placeless_twins), one the text tells apart as another stays two; "the attackers opened fire" tells how the
# attack told before unfolded.

@pytest.mark.model
def test_a_church_attack_retold_without_its_town_and_with_a_witness_toll_is_one_event(nlp: Language) -> None:
    found = events_on_2025_07_28(
        nlp, "Suspected ADF rebels killed at least 38 people in an attack on a church in Komanda on Sunday. "
             "The attack began at about 1 a.m. Witnesses said heavily armed militants stormed the church on "
             "Sunday, killing over 20 worshippers who had gathered for a vigil.")
    assert [(e.type, e.date, e.place, e.killed) for e in found] == [("attack", "2025-07-27", "Komanda", 38)]


@pytest.mark.model
def test_a_lede_without_a_town_takes_the_village_the_story_names(nlp: Language) -> None:
    found = events_on_2025_07_28(
        nlp, "At least 15 people, including farmers, were killed on Thursday in an attack by ISWAP "
             "fighters in northeastern Nigeria, residents said. According to witnesses, the ISWAP militants "
             "opened fire on a group of farmers near Gurnowa village on Thursday, killing four of them.",
        reference="2025-08-01")
    assert [(e.type, e.date, e.place, e.killed) for e in found] == [("attack", "2025-07-31", "Gurnowa", 15)]


@pytest.mark.model
def test_the_second_attack_of_the_day_stays_its_own(nlp: Language) -> None:
    found = events_on_2025_07_28(
        nlp, "At least 35 people were killed on Saturday in an Islamic State suicide attack in Baghdad. "
             "Islamic State militants also attacked a village north of the capital on Saturday. In the "
             "second attack, gunmen stormed a house on Saturday and killed four people.",
        reference="2016-10-16")
    assert [(e.place, e.killed) for e in found] == [("Baghdad", 35), (None, 4)]


@pytest.mark.model
def test_the_attackers_opening_fire_tell_how_the_attack_unfolded(nlp: Language) -> None:
    found = events_on_2025_07_28(
        nlp, "Islamic State fighters killed 22 villagers in western Niger on Sunday. According to "
             "witnesses, the attackers first opened fire on villagers gathered for a baptism, killing 15 "
             "people.",
        reference="2024-03-20")
    assert [(e.type, e.killed) for e in found] == [("attack", 22)]


@pytest.mark.model
def test_gunmen_opening_fire_are_an_attack_of_their_own(nlp: Language) -> None:
    found = events_on_2025_07_28(
        nlp, "Two gunmen opened fire on worshippers at a church in Istanbul on Sunday, killing one man.",
        reference="2024-06-30")
    assert [(e.type, e.place, e.killed) for e in found] == [("attack", "Istanbul", 1)]


# Linking: an event noun named by its doer's possessive ("ISM's attack... is the second such incursion") is restated
# by what it is said to be, one event.

@pytest.mark.model
def test_a_possessed_attack_said_to_be_the_second_such_incursion_is_one_event(nlp: Language) -> None:
    found = events_on_2025_09_20(
        nlp, "ISM in September led attacks across six districts, from Balama in the southwest of Cabo "
             "Delgado to Mocimboa da Praia in the north. \u201cISM\u2019s attack on civilians in Mocimboa "
             "da Praia town on September 7 is just the second such incursion since September 2021,\u201d "
             "ACLED said in an update.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-09-07")]


# Events: an event dated before the campaign began ([link] campaign_start_year in data/events.toml) is another
# conflict's background, not the picture's.

@pytest.mark.model
def test_attacks_years_before_the_campaign_are_background(nlp: Language) -> None:
    found = events_on_2024_09_05(
        nlp, "Indonesia's fight against terrorism has lasted decades, marked by attacks including the "
             "2002 Bali bombing and the 2009 attacks on Jakarta hotels. Police arrested seven suspected "
             "Islamic State militants in Jakarta on Tuesday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-09-03")]


@pytest.mark.model
def test_an_attack_of_the_campaign_s_first_years_stays(nlp: Language) -> None:
    found = events_on_2024_09_05(
        nlp, "Islamic State militants attacked the town of Sinjar in August 2014, killing hundreds.")
    assert [(e.type, (e.date or "")[:7]) for e in found] == [("attack", "2014-08")]


@pytest.mark.model
def test_a_year_counted_from_an_undated_page_drops_nothing(nlp: Language) -> None:
    # a page with no date is read on the latest year its text names, which may be years too early: an event whose
    # own sentence writes no year is kept
    found = events_on_2024_09_05(
        nlp, "Police arrested three suspected Islamic State militants in Malacca on December 16.",
        reference="2010")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_recapture_of_two_towns_is_two_recaptures(nlp: Language) -> None:
    # "some 80 km south of Erbil" says where the two towns lie: Erbil is no third recapture
    found = events_on_2016_02_10(
        nlp, "Kurdish Peshmerga forces on Monday freed the strategic towns of Makhmur and Gwer, some 80 km "
             "south of Erbil.")
    assert sorted((e.type, e.place) for e in found) == [("territorial_defeat", "Gwer"),
                                                        ("territorial_defeat", "Makhmour")]


@pytest.mark.model
def test_a_list_of_districts_is_one_area_not_one_recapture_per_town(nlp: Language) -> None:
    # the gazetteer reads each district's name as its town: the list still names areas
    # (out of "their main bases in the districts" is a raid on the group's bases, an operation: see the lair rule)
    found = events_on_2016_02_10(nlp, "On Monday the insurgents were driven out of the districts of Palma, "
                                      "Mocimboa da Praia and Muidumbe.")
    assert [e.type for e in found] == ["territorial_defeat"]


@pytest.mark.model
def test_a_list_that_modifies_a_plural_area_noun_is_one_area(nlp: Language) -> None:
    found = events_on_2016_02_10(
        nlp, "Iraq declared victory over the group in 2017, but its cells are still present in some areas "
             "of Diyala, Kirkuk, Salahuddin, Anbar and Baghdad provinces.")
    assert [e.type for e in found] == ["territorial_defeat"]


@pytest.mark.model
def test_two_recaptured_cities_are_two_recaptures(nlp: Language) -> None:
    found = events_on_2016_02_10(nlp, "Iraqi forces retook Ramadi and Tikrit from the Islamic State on Monday.")
    assert sorted((e.type, e.place) for e in found) == [("territorial_defeat", "Ramadi"),
                                                        ("territorial_defeat", "Tikrit")]


@pytest.mark.model
def test_a_recapture_near_a_town_of_a_district_is_one_recapture(nlp: Language) -> None:
    # two places the sentence links apart, not a list: the village and the district it lies in
    found = events_on_2016_02_10(
        nlp, "On Monday soldiers drove the insurgents out of areas they controlled near Mucojo on the coast "
             "of Macomia district.")
    assert len(found) == 1 and found[0].type == "territorial_defeat"


# Headlines: a title line with no day of its own that the article lends one after linking (the page's or a report's
# day: "Densus 88 arrests 12 terrorist suspects in four cities" on 17 March) is the story's event told on a day of the
# week before ("arrested on Tuesday"), not a second event; a title with a day of its own, a story day after the lent
# one or more than a week before it stays apart.

def mention(date: str | None, title: bool, killed: int | None = None, start: int = 0) -> EventMention:
    return EventMention(
        type="operation", trigger="arrests", start=start, end=start + 7, sent_start=start, sent_end=start + 40,
        sent_text="x", date=date, country="ID", killed=killed, title=title,
    )


def test_a_title_with_a_lent_day_joins_the_story_day_before() -> None:
    title, story = mention("2022-03-16", True), mention("2022-03-15", False, start=100)
    assert headlines_into_story([title, story], "2022-03-17", frozenset({id(title)})) == [story]
    assert story.date == "2022-03-15"  # the story's own day stands
    assert story.extra_evidence  # the title is kept as its evidence


def test_a_title_with_a_day_of_its_own_stays() -> None:
    title, story = mention("2022-03-16", True), mention("2022-03-15", False, start=100)
    assert headlines_into_story([title, story], "2022-03-17") == [title, story]


def test_a_lent_day_covers_no_later_day_nor_one_weeks_before() -> None:
    title, story = mention("2022-03-16", True), mention("2022-03-18", False, start=100)
    assert headlines_into_story([title, story], "2022-03-17", frozenset({id(title)})) == [title, story]
    title, story = mention("2022-03-16", True), mention("2022-03-01", False, start=100)
    assert headlines_into_story([title, story], "2022-03-17", frozenset({id(title)})) == [title, story]


def test_a_lent_day_with_another_toll_stays_apart() -> None:
    title, story = mention("2022-03-16", True, killed=10), mention("2022-03-15", False, killed=3, start=100)
    assert headlines_into_story([title, story], "2022-03-17", frozenset({id(title)})) == [title, story]


def test_a_title_the_lede_joined_since_keeps_its_day() -> None:
    # "Turkey detains more than 100 foreign suspects", joined by the lede's "detained ... early on Friday
    # morning" once countries were settled: its day is the lede's, not "On Thursday, police detained 101"
    title, story = mention("2017-11-10", True), mention("2017-11-09", False, start=100)
    title.extra_evidence.append((50, 60, "Turkish police detained more than 100 foreign nationals on Friday."))
    assert headlines_into_story([title, story], "2017-11-10", frozenset({id(title)})) == [title, story]


# Headlines: a title line's event, dated only by the article's month, is the story's event told again with its day
# ("Morocco dismantles terror cell, arrests 5 IS suspects", then the lede's "dismantled on Tuesday a terrorist cell...
# in Tetouan"); a title with a toll of its own that the story contradicts, or a story event of another month, stays
# apart.

def attack_mention(date: str | None, title: bool, killed: int | None = None, start: int = 0) -> EventMention:
    return EventMention(
        type="attack", trigger="attack", start=start, end=start + 6, sent_start=start, sent_end=start + 40,
        sent_text="x", date=date, country="NG", killed=killed, title=title,
    )


@pytest.mark.model
def test_a_title_told_by_the_state_joins_the_lede_told_by_its_force(nlp: Language) -> None:
    found = events_on_2019_06_18(
        nlp, "Morocco dismantles terror cell, arrests 5 IS suspects\n\nRABAT, June 18 -- The Moroccan "
             "security services dismantled on Tuesday a terrorist cell linked to the Islamic State "
             "militant group in the northern city of Tetouan, and arrested five suspects.\n")
    assert [(e.type, e.date) for e in found] == [("operation", "2019-06-18")]


def test_a_title_of_the_month_joins_the_story_day() -> None:
    title, story = attack_mention("2019-06", True), attack_mention("2019-06-15", False, start=100)
    assert headlines_into_story([title, story]) == [story]
    assert story.extra_evidence  # the title is kept as evidence of the story's event


def test_a_title_with_another_toll_or_month_stays_apart() -> None:
    title, story = attack_mention("2019-06", True, killed=10), attack_mention("2019-06-15", False, killed=3, start=100)
    assert headlines_into_story([title, story]) == [title, story]
    title, story = attack_mention("2019-06", True), attack_mention("2019-05-15", False, start=100)
    assert headlines_into_story([title, story]) == [title, story]


def test_a_title_with_a_day_of_its_own_stays_without_a_reference_day() -> None:
    title, story = attack_mention("2019-06-16", True), attack_mention("2019-06-15", False, start=100)
    assert headlines_into_story([title, story]) == [title, story]


def test_another_event_of_the_story_is_not_the_titles() -> None:
    title, story = attack_mention("2019-06", True), attack_mention("2019-06-15", False, start=100)
    story.distinct = True  # "In another operation in Kirkuk on Sunday, ..."
    assert headlines_into_story([title, story]) == [title, story]


# Event linking: an attack told as coming after, beside or before the one told before it ("Shortly after,...", "Later
# that night,...", "Similarly,...", "That same Sunday,...", "Just days earlier,...") is an attack of its own, not the
# one told again, even with no place the gazetteer knows (after real pages).

def _attacks_on_2024_09_20(nlp: Language, text: str) -> int:
    return sum(e.type == "attack" for e in events_on_2024_09_20(nlp, text))


@pytest.mark.model
def test_shortly_after_tells_another_attack(nlp: Language) -> None:
    assert _attacks_on_2024_09_20(
        nlp, "On Sunday, ISWAP fighters ambushed a patrol near Baroua, killing five soldiers. Shortly "
             "after, terrorists attacked a civilian transport vehicle on a rural road, killing all "
             "passengers.") == 2


@pytest.mark.model
def test_later_that_night_tells_another_attack(nlp: Language) -> None:
    assert _attacks_on_2024_09_20(
        nlp, "On Sunday, ISWAP fighters ambushed a patrol near Baroua, killing five soldiers. Later "
             "that night, unidentified armed assailants attacked a police station.") == 2


@pytest.mark.model
def test_similarly_tells_another_attack(nlp: Language) -> None:
    assert _attacks_on_2024_09_20(
        nlp, "Suspected ISWAP fighters attacked a police base in Damboa on Thursday, killing four "
             "policemen. Similarly, suspected ISWAP fighters attacked a local government area on "
             "Thursday night.") == 2


@pytest.mark.model
def test_that_same_day_tells_another_attack(nlp: Language) -> None:
    assert _attacks_on_2024_09_20(
        nlp, "On Sunday, militants attacked the village of Diberi again. That same Sunday, an army "
             "convoy near Sebba was ambushed and partially destroyed.") == 2


@pytest.mark.model
def test_days_earlier_tells_another_attack(nlp: Language) -> None:
    assert _attacks_on_2024_09_20(
        nlp, "ISKP gunmen killed five Shias in Mardan last week. Just days earlier, ISKP terrorists "
             "massacred pilgrims in central Afghanistan.") == 2


@pytest.mark.model
def test_the_attack_told_again_later_is_still_one(nlp: Language) -> None:
    # a definite mention names the attack told before, whatever frames it
    assert _attacks_on_2024_09_20(
        nlp, "On Sunday, ISWAP fighters ambushed a patrol near Baroua, killing five soldiers. Later, "
             "the army said the attack had been repelled.") == 1


@pytest.mark.model
def test_an_attack_dated_years_before_the_page_is_background(nlp: Language) -> None:
    # an undated event of a news page is one of its own time: a day years before is another attack's, told as
    # background, and never the event's date
    found = events_on_2024_09_20(
        nlp, "The Islamic State claimed an attack on the village of Novo Cabo in Cabo Delgado. The "
             "Mocimboa da Praia district was the first militant target in Cabo Delgado, with an attack "
             "there on 5 October 2017.", reference="2023-11-20")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert attacks[0].date != "2017-10-05"


# Linking: a later sentence that says when the event told just before happened, in another word for it ("U.S. forces
# launched airstrikes this week", then "The Tuesday attacks occurred near the mountains"), gives that event its day,
# where the page's week or month had dated it.

@pytest.mark.model
def test_an_attack_told_as_occurring_on_a_day_dates_the_strikes_told_before(nlp: Language) -> None:
    found = events_on_2025_03_27(
        nlp, "U.S. forces launched airstrikes that killed Islamic State militants in Somalia this week, "
             "U.S. Africa Command said. The Tuesday attacks occurred in the vicinity of the Golis "
             "Mountains.")
    assert [(e.type, e.date) for e in found] == [("strike", "2025-03-25")]


@pytest.mark.model
def test_a_day_of_another_month_is_not_the_strikes_day(nlp: Language) -> None:
    found = events_on_2025_03_27(
        nlp, "U.S. forces launched airstrikes that killed Islamic State militants in Somalia this week, "
             "U.S. Africa Command said. The attacks occurred on February 20 in the Golis Mountains.")
    assert ("strike", "2025-03") in [(e.type, e.date) for e in found]


# Event linking: on a page with no date, one actor's operation told once with a place and again without one, neither
# mention dated by its text, is one operation; a count of people held of its own, or a word telling another, still
# sets the second apart (after real pages).

def _operations_undated(nlp: Language, text: str) -> int:
    return sum(e.type == "operation" for e in events_undated(nlp, text))


@pytest.mark.model
def test_undated_placeless_restatement_is_one_operation(nlp: Language) -> None:
    assert _operations_undated(
        nlp, "Pakistan said its security forces had killed four Islamic State operatives in a "
             "remote mountain area of Bajaur. Pakistani security forces conducted a search operation "
             "and an ensuing gunfight killed the intruders, according to the statement.") == 1


@pytest.mark.model
def test_another_undated_operation_stays_apart(nlp: Language) -> None:
    assert _operations_undated(nlp, "Pakistan said its security forces had killed four Islamic State operatives in a "
                                    "remote mountain area of Bajaur. In another operation, Pakistani security forces "
                                    "conducted a search operation and killed two militants.") == 2


# Which mentions are one event: duplicate events.

LEDE = "Nigerian troops killed 25 ISWAP fighters in operations in Borno State, the army said. "


@pytest.mark.model
def test_a_village_of_the_province_is_where_the_provinces_operation_happened(nlp: Language) -> None:
    # the village is in no gazetteer (no coordinates): the province its sentence names puts it in the lede's
    found = events_on_2024_03_15(
        nlp, LEDE + "On Sunday troops carried out operations in Limankara village in Borno State, the "
                    "army said.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


@pytest.mark.model
def test_a_village_near_a_town_of_the_province_takes_the_provinces_code(nlp: Language) -> None:
    # Maiduguri's GeoNames code and Borno's ISO code are two codes of one province
    found = events_on_2024_03_15(
        nlp, LEDE + "On Sunday troops carried out operations in Limankara village near Maiduguri, Borno "
                    "State, the army said.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


@pytest.mark.model
def test_a_village_of_another_province_is_another_operation(nlp: Language) -> None:
    found = events_on_2024_03_15(
        nlp, LEDE + "On Sunday troops carried out operations in Limankara village in Yobe State, the "
                    "army said.")
    assert [e.place for e in found] == ["Borno State", "Limankara"]


VICTORY = ("The area has been a hotbed of activity for militant cells years after Iraq declared victory over ISIS "
           "in 2017. ")


@pytest.mark.model
def test_one_years_recapture_told_twice_is_one_event(nlp: Language) -> None:
    found = events_on_2024_03_15(
        nlp, VICTORY + "Iraqi forces, backed by a US-led international coalition, reclaimed all ISIS-held "
                       "territory in Iraq in late 2017, after three years of fighting.")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2017")]


@pytest.mark.model
def test_recaptures_of_two_years_stay_two(nlp: Language) -> None:
    found = events_on_2024_03_15(
        nlp, VICTORY + "Iraqi forces, backed by a US-led international coalition, reclaimed all ISIS-held "
                       "territory in Iraq in late 2019, after three years of fighting.")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2017"), ("territorial_defeat", "2019")]


@pytest.mark.model
def test_a_meeting_on_a_country_was_not_held_there(nlp: Language) -> None:
    # what it focused on is no second meeting in Iraq: the one the Secretary led, in Washington
    found = events_on_2024_03_15(
        nlp, "WASHINGTON - The Secretary led a ministerial meeting of the coalition on Monday. The meeting "
             "focused on Iraq and how we work together to shape the peace there.")
    assert [(e.type, e.country) for e in found] == [("meeting", "US")]


@pytest.mark.model
def test_a_meeting_in_a_country_was_held_there(nlp: Language) -> None:
    found = events_on_2024_03_15(
        nlp, "The coalition ministers held a meeting on Monday in Baghdad on the campaign against ISIS.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IQ")]


# Event linking: a later sentence's plain definite mention ("The attack targeted a checkpoint in Mayadin city"),
# undated, when the article has told one event of its type so far, names that event with a place of its own, told
# finer or coarser; its country, where only a guess from a village no gazetteer knows or a region several countries
# share, does not override the event's (after real pages).

def _attacks_on_2025_08_23(nlp: Language, text: str) -> list[Event]:
    return [e for e in events_on_2025_08_23(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_attack_in_a_nearby_town_is_the_one_told(nlp: Language) -> None:
    found = _attacks_on_2025_08_23(
        nlp, "ISIS killed a Syrian security force member in a suicide attack in Deir ez-Zor on "
             "Friday. The attack targeted a checkpoint in Mayadin city, according to SANA.")
    assert len(found) == 1
    assert found[0].date == "2025-08-22"


@pytest.mark.model
def test_the_ambush_in_a_shared_region_keeps_the_events_country(nlp: Language) -> None:
    found = _attacks_on_2025_08_23(
        nlp, "At least 12 Cameroonian soldiers were killed Monday night in an attack by Islamic "
             "militants on a military base. The ambush took place in the Lake Chad region.")
    assert len(found) == 1
    assert found[0].country == "CM"


@pytest.mark.model
def test_the_attack_far_away_is_another(nlp: Language) -> None:
    # a definite mention in a town far from the event's is another scene (a known attack named in passing)
    found = _attacks_on_2025_08_23(
        nlp, "ISWAP fighters attacked a military base in Monguno on Friday, killing five soldiers. "
             "The attack in Lagos shocked the country.")
    assert len(found) != 1 or found[0].place != "Lagos"


@pytest.mark.model
def test_another_attack_stays_apart(nlp: Language) -> None:
    found = _attacks_on_2025_08_23(
        nlp, "ISIS killed a Syrian security force member in a suicide attack in Deir ez-Zor on "
             "Friday. Another attack targeted a checkpoint in Mayadin city.")
    assert len(found) == 2


@pytest.mark.model
def test_the_attack_with_its_own_day_in_a_nearby_village_is_the_one_told(nlp: Language) -> None:
    found = _attacks_on_2025_08_23(
        nlp, "At least 17 civilians were killed in a brutal ambush by ADF rebels near the town of Beni. "
             "The attack, which occurred late Sunday evening near the village of Masambo, targeted "
             "local traders.")
    assert len(found) == 1
    assert found[0].date == "2025-08-17"


# Attacks at towns of their own merged into another: a raid told afresh at another town, in a sentence of its own
# after the article's main attack, is one more attack, not the main one with a stray place.

@pytest.mark.model
def test_raid_at_another_town_after_the_main_attack(nlp: Language) -> None:
    text = ("ISWAP fighters attacked a military base in Marte on Monday, killing five soldiers. The attack on Marte "
            "lasted three hours. Troops said the assault on the base was repelled after heavy fighting. Later, the "
            "insurgents attacked Dikwa.")
    assert sorted(e.place or "" for e in events_on_2025_05_10(nlp, text) if e.type == "attack") == ["Dikwa", "Marte"]


@pytest.mark.model
def test_clash_at_another_town_after_the_main_attack(nlp: Language) -> None:
    text = ("Insurgents attacked the town of Macomia on Sunday. The attack on Macomia left the town burning. Residents "
            "fled the attack. The insurgents also clashed with the Local Force in Quissanga.")
    assert sorted(e.place or "" for e in events_on_2025_05_10(nlp, text) if e.type == "attack") == ["Macomia",
                                                                                                    "Quissanga"]


@pytest.mark.model
def test_main_attack_told_again_at_a_namesake_abroad_stays_one(nlp: Language) -> None:
    # "al-Zarka" in Iraq read as Jordan's Zarqa: a town abroad is a stray place, not a second attack
    text = ("ISIS attacked a police post in Kirkuk on Monday, killing two policemen. The attack on the post was "
            "claimed by ISIS. The attack came amid a rise in violence. The militants attacked the post in the area of "
            "Zarqa, a source said.")
    assert [e.place for e in events_on_2025_05_10(nlp, text, "2025-05-10") if e.type == "attack"] == ["Kirkuk"]


# Event linking: a part of a coordinated attack picked out by an ordinal ("The second attack, involving two suicide
# bombers on motorbikes, killed one person", "The first camp, outside the town, was attacked..., killing at least 20")
# belongs to the attack told before it, whoever a sentence between blames and whatever part of the dead it counts; a
# part with a town of its own, or "another attack", is one of several (after real pages).

def _attacks_on_2021_11_17(nlp: Language, text: str) -> list[Event]:
    return [e for e in events_on_2021_11_17(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_second_attack_is_a_part_of_the_one_told(nlp: Language) -> None:
    found = _attacks_on_2021_11_17(
        nlp, "Three suicide bombers killed three people in Kampala on Tuesday. Police said the Allied "
             "Democratic Forces were responsible. The second attack, involving two suicide bombers on "
             "motorbikes, killed one person.")
    assert len(found) == 1
    assert found[0].killed == 3  # the whole's toll, not the part's


@pytest.mark.model
def test_the_first_and_second_camp_are_parts_of_the_one_assault(nlp: Language) -> None:
    found = _attacks_on_2021_11_17(
        nlp, "ISWAP fighters attacked two military bases in Malam Fatori on Saturday, killing over 30 "
             "soldiers. The first camp, outside the town, was attacked with different types of weapon, "
             "killing at least 20. The second camp inside the town was then stormed, killing at least "
             "10.")
    assert len(found) == 1
    assert found[0].killed == 30


@pytest.mark.model
def test_the_first_bomber_is_a_part_of_the_twin_blasts(nlp: Language) -> None:
    found = _attacks_on_2021_11_17(
        nlp, "The death toll in Friday's twin blasts inside a military camp in Sulu province has "
             "reached eight. The first bomber attempted to detonate the explosives near the gate, "
             "killing three soldiers.")
    assert len(found) == 1
    assert found[0].killed == 8


@pytest.mark.model
def test_a_first_assault_in_a_town_of_its_own_is_one_of_several(nlp: Language) -> None:
    found = _attacks_on_2021_11_17(
        nlp, "ISIS cells launched a string of attacks in Deir ez-Zor on Friday. The first assault "
             "occurred in the village of Dhiban, where ISIS operatives targeted a military post.")
    assert len(found) == 2


@pytest.mark.model
def test_another_attack_is_not_a_part(nlp: Language) -> None:
    found = _attacks_on_2021_11_17(
        nlp, "Three suicide bombers killed three people in Kampala on Tuesday. Another attack, "
             "involving two gunmen, killed one person in Arua on Thursday.")
    assert len(found) == 2


@pytest.mark.model
def test_the_first_attack_after_one_attack_told_is_another(nlp: Language) -> None:
    # "a suicide attack" tells one attack: "the first attack" of the day is another, not a part of it
    found = _attacks_on_2021_11_17(
        nlp, "At least 35 people were killed in a suicide attack in Baghdad on Sunday. Eight policemen "
             "were killed in the first attack, south of the city.")
    assert sorted(e.killed or 0 for e in found) == [8, 35]


# Attacks merged on African pages: an attack told in an "after" or "before" clause of a verb whose subject is the
# story's event ("This incident occurred hours after the group launched an attack on a base in X") is another attack,
# never merged into that one.

BASE_ATTACK_LEDE = "ISWAP fighters attacked a military base in Borno State on Saturday, killing seven soldiers. "


@pytest.mark.model
def test_an_attack_the_incident_came_after_is_another(nlp: Language) -> None:
    after = "This incident occurred just hours after the group launched an attack on a base in Damboa."
    found = events_on_2024_06_20(nlp, BASE_ATTACK_LEDE + after)
    assert sorted(e.place for e in found if e.type == "attack") == ["Borno State", "Damboa"]


@pytest.mark.model
def test_a_clause_with_no_event_word_adds_none(nlp: Language) -> None:
    found = events_on_2024_06_20(nlp, BASE_ATTACK_LEDE + "The attack came after the soldiers arrived in the town.")
    assert [e.place for e in found if e.type == "attack"] == ["Borno State"]


# Event linking: in an article about one attack, an attack at a place of the same country a province's reach away or
# more is another scene, not the main attack read with a stray place (after real pages).

PESHAWAR = Place("gn:1", "Peshawar", "PK", 34.01, 71.58, admin1="PK.03", precision="point", feature="city")


QUETTA = Place("gn:2", "Quetta", "PK", 30.19, 67.01, admin1="PK.02", precision="point", feature="city")


NOWSHERA = Place("gn:3", "Nowshera", "PK", 34.02, 71.98, admin1="PK.03", precision="point", feature="city")


ARIANA = Place("gn:4", "Ariana", "TN", 36.86, 10.19, admin1="TN.22", precision="point", feature="city")


def _attack(start: int, place: Place, text: str, country: str = "PK") -> EventMention:
    return EventMention("attack", "attack", start, start + 6, start, start + len(text), text, country=country,
                        place=place)


def _main() -> EventMention:
    lede = "A suicide bomber attacked a mosque in Peshawar."
    main = _attack(0, PESHAWAR, lede)
    main.extra_evidence = [(60, 90, "The attack in Peshawar was claimed by ISIS-K."),
                           (100, 130, "The attack destroyed the main hall.")]
    return main


def test_an_attack_far_off_in_the_same_country_is_another() -> None:
    # "... a suicide bombing in Peshawar", then an attack told at Quetta: two scenes of one country, however told
    other = replace(_attack(200, QUETTA, "The attack shocked residents of Quetta."), definite=True)
    assert len(absorb_into_main([_main(), other], frozenset())) == 2


def test_a_town_near_the_main_scene_is_still_the_main_attack() -> None:
    near = replace(_attack(200, NOWSHERA, "The attack shocked residents of Nowshera."), definite=True)
    assert len(absorb_into_main([_main(), near], frozenset())) == 1


def test_a_stray_place_abroad_is_still_the_main_attack() -> None:
    # "ISIS Claims Manchester Bombing" read at Ariana, Tunisia: a stray reading abroad, absorbed as before
    stray = replace(_attack(200, ARIANA, "Ariana fans fled the attack.", country="TN"), definite=True)
    assert len(absorb_into_main([_main(), stray], frozenset())) == 1


def test_an_attack_told_at_another_town_is_another_raid() -> None:
    # "ISPP took credit for killing a policeman in Nowshera", told with no "the" pointing back at the Peshawar bombing
    raid = _attack(200, NOWSHERA, "Gunmen attacked a checkpoint in Nowshera.")
    assert len(absorb_into_main([_main(), raid], frozenset())) == 2
    # ... told before the main attack's first mention too (the lede's claim, then the story of the bombing)
    main = _main()
    main.start, main.end = 300, 306
    assert len(absorb_into_main([_attack(0, NOWSHERA, "Gunmen attacked a checkpoint in Nowshera."), main],
                                frozenset())) == 2


BALOCHISTAN = Place("p:bal", "Balochistan", "PK", 28.49, 65.10, admin1="PK-BA", precision="province",
                    feature="province")


SINDH_REGION = Place("p:lower", "Lower Sindh", "PK", 25.40, 68.37, precision="province", feature="region")


def test_a_province_beside_the_main_town_needs_a_count_of_its_own() -> None:
    # "an army base in northeastern Borno state", beside the main attack at a town a namesake put far off: the same
    # attack told coarser; "52 people were killed in a blast at a shrine in Balochistan" beside the 60 dead of the
    # main attack: another
    main = _main()
    main.killed = 60
    coarser = replace(_attack(200, BALOCHISTAN, "The assault on an army base in Balochistan."), definite=True)
    assert len(absorb_into_main([main, coarser], frozenset())) == 1
    main = _main()
    main.killed = 60
    assert len(absorb_into_main([main, replace(coarser, killed=52)], frozenset())) == 2


def test_a_region_of_several_provinces_reaches_twice_as_far() -> None:
    # "A series of attacks in Egypt's restive Sinai peninsula ... killed at least four", beside three killed in an
    # attack in one of its towns: the region's centre lies far from its towns, some 200 km here
    region = replace(SINDH_REGION, lat=32.3, lon=71.0)
    main = _main()
    main.killed = 3
    told = replace(_attack(200, region, "The attacks in the region."), definite=True, killed=4)
    assert len(absorb_into_main([main, told], frozenset())) == 1
    # a province as far is another scene, told with its own count
    main = _main()
    main.killed = 3
    province = replace(region, feature="province")
    assert len(absorb_into_main([main, replace(told, place=province)], frozenset())) == 2


# Event linking: a unit the actor knowledge base does not know ("the group's Special Forces"), told after an event of
# an actor it knows, does not set its mention apart from that event; an event told at a province takes the town a
# later mention tells it at (a second town is then a second event), and a village no gazetteer places may lie in the
# province (after real pages).

def _operations_on_2023_03_02(nlp: Language, text: str) -> list[Event]:
    return [e for e in events_on_2023_03_02(nlp, text) if e.type == "operation"]


@pytest.mark.model
def test_an_unknown_unit_told_after_a_known_force_is_its_operation(nlp: Language) -> None:
    found = _operations_on_2023_03_02(
        nlp, "Taliban fighters raided an ISKP hideout in Herat city, a spokesman said. The group's "
             "Special Forces conducted an operation in Herat last night, killing six militants, the "
             "agency reported.")
    assert len(found) == 1
    assert found[0].actor == "Taliban"  # the known actor stands


def _mention(start: int, place: Place, text: str = "Fighters attacked the town.") -> EventMention:
    return EventMention("attack", "attacked", start, start + 8, start, start + len(text), text, country="NG",
                        place=place)


KHAR = Place("gn:3", "Khar", "PK", 34.73, 71.52, admin1="PK.03", precision="point", feature="city")


def test_a_later_definite_mention_places_the_event_of_its_country() -> None:
    # "Police have confirmed that Daesh was responsible for the suicide bombing in Pakistan", then "The explosion took
    # place at 4 p.m. at a political rally in Khar"
    lede = "Police have confirmed that Daesh was responsible for the suicide bombing in Pakistan."
    event = replace(_mention(0, KHAR, lede), place=None, country="PK", definite=True)
    later = replace(_mention(90, KHAR, "The explosion took place at 4 p.m. at a political rally in Khar."),
                    country="PK", definite=True)
    assert compatible(event, later)
    # not one picked out of several ("the first explosion took place ... in Khar")
    assert not compatible(event, replace(later, ranked=True))


BORNO = Place("p:borno", "Borno State", "NG", 11.5, 13.0, admin1="NG-BO", precision="province", feature="province")


MONGUNO = Place("gn:1", "Monguno", "NG", 12.67, 13.61, admin1="NG.02", precision="point", feature="city")


GUBIO = Place("gn:2", "Gubio", "NG", 12.5, 12.78, admin1="NG.02", precision="point", feature="city")


VILLAGE = Place("p:v", "Kwatandashi", "NG", None, None, precision="point", feature="village")


def test_a_province_event_takes_the_town_it_is_told_at() -> None:
    # "ISWAP fighters attacked bases in Borno State", then "the insurgents stormed Monguno": the attack is at the
    # town, and a second town told after it ("militants attacked Gubio") is a second attack
    event = _mention(0, BORNO)
    merge(event, _mention(40, MONGUNO))
    assert event.place == MONGUNO
    assert not compatible(event, _mention(80, GUBIO))


def test_a_village_no_gazetteer_places_may_lie_in_the_province() -> None:
    assert compatible(_mention(0, BORNO), _mention(40, VILLAGE))
    assert not compatible(_mention(0, replace(BORNO, country="CM")), _mention(40, VILLAGE))


# Attacks summed up on pages: a count of attacks told before the article tells each of them ("Fourteen people were
# killed in two attacks near X", then one attack in one village and another in a second) sums them up and is no attack
# of its own; told alone, the count is still reported.

SUM = "Fourteen people were killed in two attacks near Beni that were blamed on the ADF, officials said on Sunday. "


PARTS = (
    "On Saturday night, eight people were killed in an attack on the village of Kisima. "
    "Six more people died in an attack on Oicha early on Sunday."
)


@pytest.mark.model
def test_a_count_of_attacks_told_one_by_one_is_no_attack_of_its_own(nlp: Language) -> None:
    found = [e for e in events_on_2024_06_20(nlp, SUM + PARTS) if e.type == "attack"]
    assert sorted(e.place for e in found) == ["Kisima", "Oicha"]


@pytest.mark.model
def test_a_count_of_attacks_told_alone_stays(nlp: Language) -> None:
    found = [e for e in events_on_2024_06_20(nlp, SUM) if e.type == "attack"]
    assert len(found) == 1


@pytest.mark.model
def test_the_attacks_beside_two_told_apart_are_no_attack_of_their_own(nlp: Language) -> None:
    text = ("The attacks, which took place in North Kivu province, were blamed on the ADF, officials said. "
            "The first attack occurred in the village of "
            "Kisima, where fighters killed eight men. The second attack took place in Oicha.")
    found = [e for e in events_on_2024_06_20(nlp, text) if e.type == "attack"]
    assert sorted(e.place for e in found) == ["Kisima", "Oicha"]


@pytest.mark.model
def test_an_event_told_only_on_a_line_of_headlines_is_another_story(nlp: Language) -> None:
    text = ("ISWAP fighters attacked a military base in Borno State on Saturday, killing seven soldiers.\n\n"
            "Floods hit Lagos again • Roadside bomb kills 4 in Kandahar in 2013 • Markets rally in Asia\n\n"
            "Gunmen killed two farmers near Maiduguri on MondayGMT 05:37 2024 Monday ,17 June\n\n"
            "The army said the base had been retaken.")
    found = [e for e in events_on_2024_06_20(nlp, text) if e.type == "attack"]
    assert [e.place for e in found] == ["Borno State"]


# Event linking: a fight dated by its day joins an undated attack told in the sentence next to it (the story's own,
# not background).

FIGHT = ("Troops recorded another success on Monday, September 15, by neutralising eight ISWAP terrorists in an "
         "encounter.")


AMBUSH = "The encounter followed an ambush on the troops near Garin Giwa."


def _day_fight(start: int, text: str) -> EventMention:
    return EventMention("operation", "encounter", start, start + 9, start, start + len(text), text, country="NG",
                        date="2025-09-15", date_precision="day")


def _undated_attack(start: int, text: str) -> EventMention:
    return EventMention("attack", "ambush", start, start + 6, start, start + len(text), text, country="NG")


def test_a_dated_fight_joins_the_undated_attack_of_the_next_sentence() -> None:
    attack = _undated_attack(len(FIGHT) + 1, AMBUSH)
    out = fights_in_attacks([_day_fight(0, FIGHT), attack], frozenset({"encounter"}))
    assert [e.type for e in out] == ["attack"]
    assert any(text == FIGHT for _s, _e, text in attack.extra_evidence)


def test_a_dated_fight_stays_beside_an_undated_attack_told_far_from_it() -> None:
    attack = _undated_attack(len(FIGHT) + 400, "The group is known for an ambush on troops near Garin Giwa.")
    out = fights_in_attacks([_day_fight(0, FIGHT), attack], frozenset({"encounter"}))
    assert [e.type for e in out] == ["operation", "attack"]


# Same-event linking: a village no gazetteer knows and a town of its province on one day are one attack told by the
# town and by the village; two villages, or two known towns, on one day are still two attacks.

@pytest.mark.model
def test_a_village_and_the_town_it_lies_near_on_one_day_are_one_attack(nlp: Language) -> None:
    found = events_on_2025_01_14(
        nlp, "Militants attacked farmers near Damboa in Borno State on Sunday, 12 January 2025. "
             "On Sunday, 12 January 2025, ISWAP fighters attacked the farmers in Kwalori village.")
    assert len([e for e in found if e.type == "attack"]) == 1


@pytest.mark.model
def test_two_known_towns_on_one_day_are_two_attacks(nlp: Language) -> None:
    found = events_on_2025_01_14(nlp, "ISWAP fighters attacked a base in Damboa on Sunday, 12 January 2025. "
                                      "On Sunday, 12 January 2025, ISWAP fighters attacked a checkpoint in Monguno.")
    assert len([e for e in found if e.type == "attack"]) == 2


# Event linking: an attack told at a province and again by a town the text sets in that province, with the same dead,
# is one attack; a town with dead of its own is still another (sentences written for the tests).

@pytest.mark.model
def test_a_town_told_inside_the_province_with_the_same_dead_is_the_same_attack(nlp: Language) -> None:
    found = events_on_2021_12_08(
        nlp, "Two Iraqi soldiers killed in ISIS attack in Kirkuk\nERBIL - Islamic State militants on "
             "Tuesday launched an attack on Iraqi forces in Kirkuk province, killing two soldiers, an "
             "official said.\nA number of ISIS militants attacked Dibis town in Kirkuk, killing two Iraqi "
             "soldiers, a police officer said.")
    assert [(e.type, e.killed) for e in found] == [("attack", 2)]


@pytest.mark.model
def test_a_town_inside_the_province_with_dead_of_its_own_is_another_attack(nlp: Language) -> None:
    found = events_on_2021_12_08(
        nlp, "Two Iraqi soldiers killed in ISIS attack in Kirkuk\nERBIL - Islamic State militants on "
             "Tuesday launched an attack on Iraqi forces in Kirkuk province, killing two soldiers, an "
             "official said.\nA number of ISIS militants attacked Dibis town in Kirkuk, killing nine Iraqi "
             "soldiers, a police officer said.")
    assert sorted(e.killed or 0 for e in found) == [2, 9]


# Event days from the story: a day the story already gave an event stays the day of the events told after it without a
# day of their own ("Police detained 40 suspects in Istanbul on Friday. In Izmir, police detained seven."), not of one
# told before it ("Forces said on Monday that three militants were killed. In another operation on Sunday,..."); an
# event of the same type dated to another day blocks the story's day only when it may be the same event told again,
# not when it happened in another place.

@pytest.mark.model
def test_an_event_told_after_a_dated_one_takes_the_storys_day(nlp: Language) -> None:
    found = events_on_2017_11_11(
        nlp, "Turkish police killed two Islamic State militants in a raid in Istanbul on Friday. "
             "Three soldiers were wounded in a bomb attack on a checkpoint in Mardin.")
    assert sorted((e.type, e.date) for e in found) == [("attack", "2017-11-10"), ("operation", "2017-11-10")]


@pytest.mark.model
def test_a_same_type_event_of_another_place_and_day_does_not_block_the_storys_day(nlp: Language) -> None:
    found = events_on_2017_11_11(
        nlp, "Turkish police detained 40 Islamic State suspects in Istanbul on Friday. On Thursday, police "
             "detained 20 Islamic State suspects in Ankara. In the western province of Izmir, police "
             "detained seven Islamic State suspects.")
    dated = {e.place: e.date for e in found if e.type == "operation"}
    assert dated.get("Ankara") == "2017-11-09"
    assert {d for p, d in dated.items() if p != "Ankara"} == {"2017-11-10"}


@pytest.mark.model
def test_an_event_whose_sentence_names_a_day_does_not_take_anothers(nlp: Language) -> None:
    found = events_on_2017_11_11(
        nlp, "Iraqi forces killed ten Islamic State militants in a raid near Tikrit on Friday. The prime "
             "minister arrived in the city on Thursday to claim the victory, which took place a year after "
             "the city was first attacked by the Islamic State.")
    # (not Friday's day; "a year after" counts it back from the page's year: forty-third session, wb)
    assert [e.date for e in found if e.type == "attack"] == ["2016"]


# Event linking: the retellings of one attack are one event: an armed group and its branch ("the Islamic State", then
# "Islamic State Sahel Province described the ambush") are one doer told twice.

def _attacks_on_2022_09_08(nlp: Language, text: str) -> list[Event]:
    return [e for e in events_on_2022_09_08(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_group_and_its_branch_tell_one_ambush(nlp: Language) -> None:
    found = _attacks_on_2022_09_08(
        nlp, "The Islamic State claimed responsibility for a deadly ambush that killed 23 soldiers in "
             "northern Burkina Faso on Sunday. In a statement released on Tuesday, Islamic State Sahel "
             "Province described the ambush as precise.")
    assert len(found) == 1
    assert found[0].killed == 23


# Event linking: an exchange of fire told with no place of its own, beside several attacks of its country and month,
# is the troops' side of the one attack its own sentence tells; beside several attacks none of which its sentence
# tells, it stays an operation.

GASARWA = Place("gn:2", "Gasarwa", "NG", 12.6, 13.5, admin1="NG.02", precision="point", feature="village")


FIGHTS = frozenset({"gunfight", "clash"})


FIRST = "On July 3, the terrorists attacked Monguno."


SECOND = ("Later, the attackers made another incursion into Gasarwa at about 9pm; a heavy gunfight with troops "
          "ensued which lasted for about one hour before the attack was eventually repelled.")


def _attack_in_july(start: int, text: str, place: Place) -> EventMention:
    return EventMention("attack", "attacked", start, start + 8, start, start + len(text), text, country="NG",
                        date="2023-07", date_precision="month", place=place)


def _fight(start: int, text: str) -> EventMention:
    return EventMention("operation", "gunfight", start, start + 8, start, start + len(text), text, country="NG",
                        date="2023-07", date_precision="month")


def test_a_fight_joins_the_attack_its_own_sentence_tells_among_several() -> None:
    first, second = _attack_in_july(0, FIRST, MONGUNO), _attack_in_july(50, SECOND, GASARWA)
    fight = _fight(50, SECOND)
    out = fights_in_attacks([first, second, fight], FIGHTS)
    assert [e.type for e in out] == ["attack", "attack"]
    assert any(text == SECOND for _s, _e, text in second.extra_evidence)
    assert not first.extra_evidence


def test_a_fight_its_sentence_tells_with_no_attack_stays_among_several() -> None:
    first, second = _attack_in_july(0, FIRST, MONGUNO), _attack_in_july(50, "On July 18, ISWAP attacked Gasarwa.",
                                                                        GASARWA)
    fight = _fight(120, "A heavy gunfight with troops ensued in the area later that month.")
    out = fights_in_attacks([first, second, replace(fight)], FIGHTS)
    assert [e.type for e in out] == ["attack", "attack", "operation"]


# Which mentions are one event: events lost in linking.

MAIN = ("Islamic State militants attacked a village near Diffa in Niger on Tuesday, killing 12 soldiers. The attack "
        "was the deadliest this year. Residents said the attack lasted hours. ")


@pytest.mark.model
def test_an_attack_with_a_town_and_a_toll_of_its_own_is_not_the_main_one(nlp: Language) -> None:
    # another town far away and another count: a second attack, not the main one told with a stray place
    found = events_on_2024_03_10(nlp, MAIN + "Militants killed ten civilians in an attack in the town of Ayorou.")
    assert sorted((e.place, e.killed) for e in found if e.type == "attack") == [("Ayorou", 10), ("Diffa", 12)]


@pytest.mark.model
def test_the_main_attack_counted_again_stays_one(nlp: Language) -> None:
    # the same count without a town of its own is the main attack told again
    found = events_on_2024_03_10(nlp, MAIN + "Militants killed 12 soldiers in the attack.")
    assert [e.type for e in found].count("attack") == 1


# Which mentions are one event: events lost in linking.

MASTUNG_BOMBING = (
    "A suicide bomber killed 12 people outside a mosque in Mastung on Friday, police said. The bombing targeted "
        "people gathering for a religious procession. ")


@pytest.mark.model
def test_an_attack_set_earlier_this_month_is_a_background_one(nlp: Language) -> None:
    # the article has told its own bombing twice: one "earlier this month" at the same town is another
    found = events_on_2023_09_30(nlp, MASTUNG_BOMBING
                                 + "A politician survived a bombing on his car in Mastung earlier this month.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert sorted(e.killed or 0 for e in attacks) == [0, 12]


@pytest.mark.model
def test_an_attack_set_earlier_in_a_month_is_a_background_one(nlp: Language) -> None:
    found = events_on_2023_09_30(nlp, MASTUNG_BOMBING
                                 + "Earlier in September, the group took credit for a bombing in Mastung.")
    assert [e.type for e in found].count("attack") == 2


@pytest.mark.model
def test_earlier_on_the_day_is_the_story_told_again(nlp: Language) -> None:
    # an earlier hour of the day is no earlier event
    found = events_on_2023_09_30(nlp, MASTUNG_BOMBING + "A bomber struck a crowd in Mastung earlier on Friday.")
    assert [e.type for e in found].count("attack") == 1


@pytest.mark.model
def test_a_headline_the_lede_sets_earlier_this_week_stays_one(nlp: Language) -> None:
    # told once only (a headline), the event may be the one the lede dates "earlier this week"
    found = events_on_2023_09_30(
        nlp, "Gunmen kill 30 soldiers in Mali\nGunmen killed 30 soldiers in an attack in Mali earlier this "
             "week, officials said.")
    assert [e.type for e in found].count("attack") == 1


@pytest.mark.model
def test_one_place_struck_on_two_days_apart_is_two_strikes(nlp: Language) -> None:
    # same actor, same place, days far apart: the second strike is no restatement of the first
    found = events_on_2023_09_30(
        nlp, "Iraqi warplanes struck an ISIS hideout in the Hamrin Mountains on Tuesday, killing one "
             "militant. Iraqi warplanes struck ISIS positions in the Hamrin Mountains on Friday.",
        "2025-01-11")
    strikes = sorted(e.date or "" for e in found if e.type == "strike")
    assert strikes == ["2025-01-07", "2025-01-10"]


def _meeting(start: int, day: str, said: bool) -> EventMention:
    rome = Place(id="gn:3169070", name="Rome", country="IT", lat=41.89, lon=12.51)
    coalition = Actor("Global Coalition to Defeat Daesh/ISIS", "e1", "organization")
    return EventMention(type="meeting", trigger="meeting", start=start, end=start + 7, sent_start=start,
                        sent_end=start + 40, sent_text="meeting", date=day, date_precision="day", place=rome,
                        country="IT", actor=coalition, date_said=said)


@pytest.mark.model
def test_a_captions_day_does_not_set_one_places_meeting_apart() -> None:
    # "participates in a meeting in Rome ..., June 27, 2021. (Photo: AFP)" and "meeting in Rome on Monday": the
    # picture's day is no day of a second meeting
    assert len(restated([_meeting(0, "2021-06-27", True), _meeting(100, "2021-06-21", False)])) == 1
    assert len(restated([_meeting(0, "2021-06-27", False), _meeting(100, "2021-06-21", False)])) == 2


# Linking: a sentence that reports a claim and tells no event of its own claims the one attack told just before it.

@pytest.mark.model
def test_a_claim_sentence_claims_the_attack_told_just_before_it(nlp: Language) -> None:
    found = events_on_2025_09_04(
        nlp, "Eleven soldiers were killed when ISWAP fighters attacked a base in Damboa on Sunday. In a "
             "related incident on Monday, 26 people were killed when their vehicle detonated a landmine "
             "outside the town of Rann. ISWAP later claimed responsibility for the blast.")
    assert sorted((e.place, e.claimed) for e in found) == [("Damboa", False), ("Rann", True)]


@pytest.mark.model
def test_a_denied_claim_claims_nothing(nlp: Language) -> None:
    found = events_on_2025_09_04(
        nlp, "Eleven soldiers were killed when ISWAP fighters attacked a base in Damboa on Sunday. In a "
             "related incident on Monday, 26 people were killed when their vehicle detonated a landmine "
             "outside the town of Rann. ISWAP has not claimed responsibility for the blast.")
    assert [e.claimed for e in found] == [False, False]


# Other stories on a page: a list of other stories' headlines, one a line behind a dash or a bullet, tells none of
# this story's events; the article's own points, written as sentences, stay.

LISTED = (
    "Puntland forces killed 40 militants in an operation in the Cal Miskaad mountains on Saturday, officials said.\n"
    "More To Read\n"
    "- Mortar attacks leave several injured across residential neighbourhoods\n"
    "- Gunmen kill 12 villagers in attack near Maiduguri on Monday\n"
    "The offensive has been ongoing for three days."
)


def test_a_line_of_a_dashed_list_of_headlines_is_another_story() -> None:
    assert _on_headline_list(LISTED.index("- Gunmen"), LISTED)
    assert not _on_headline_list(LISTED.index("The offensive"), LISTED)
    points = "Intro.\n- Troops killed five militants in Borno on Monday.\n- Two soldiers were wounded.\nEnd."
    assert not _on_headline_list(points.index("- Troops"), points)  # the story's own points, in sentences
    lone = "Intro of the story.\n- President Aliyu met the prime minister of Canada in Ottawa\nEnd of the story."
    assert not _on_headline_list(lone.index("- President"), lone)  # one dashed line is no list


@pytest.mark.model
def test_an_attack_told_only_in_a_list_of_headlines_is_not_reported(nlp: Language) -> None:
    assert [e.place for e in events_on_2024_06_20(nlp, LISTED)] == ["Cal Miskaad"]


# Event linking: an event told again with "the" is the one told before when the later telling names a day shortly
# before the claim's or report's day the first was dated by ("August 1: IS has claimed the attack", then "carried out
# the attack on Sunday"), across a month's end too (after real pages); and "the attack" as the subject of a verb of
# occurring ("The attack took place near Tongo Tongo") says where the event told before happened.

@pytest.mark.model
def test_claim_day_then_the_attack_on_an_earlier_day_is_one_attack(nlp: Language) -> None:
    found = [e for e in events_on_2023_08_02(
        nlp, "August 1: The Islamic State has claimed responsibility for the suicide attack "
             "on a political rally in Pakistan. The attack killed 54 people. A statement "
             "said that a suicide bomber carried out the attack on Sunday.")
             if e.type == "attack"]
    assert len(found) == 1
    assert found[0].date == "2023-07-30"
    assert found[0].killed == 54


CLAIM = "IS claimed an ambush on an army patrol in Niger on Thursday that killed 28 soldiers."


PLACE = "The attack took place near the village of Tongo Tongo."


TONGO = Place("gn:1", "Tongo Tongo", "NE", 14.6, 1.2, admin1="NE.07", precision="point", feature="village")


def _niger_mention(start: int, text: str, **kw: object) -> EventMention:
    return EventMention("attack", "attack", start, start + 6, start, start + len(text), text, country="NE", **kw)


def test_the_attack_took_place_near_a_village_is_the_attack_told_before() -> None:
    claim = _niger_mention(0, CLAIM, date="2019-05-16", date_precision="day", killed=28)
    there = _niger_mention(100, PLACE, place=TONGO, definite=True, occurred=True)
    assert compatible(claim, there)


def test_a_definite_attack_at_a_place_that_says_nothing_of_happening_is_not_joined_by_it() -> None:
    claim = _niger_mention(0, CLAIM, date="2019-05-16", date_precision="day", killed=28)
    there = _niger_mention(100, "The attack on the village of Tongo Tongo killed two.", place=TONGO, definite=True)
    assert not compatible(claim, there)


# Event linking: a date standing between an article and a noun after the trigger ("the 2021 Abbey Gate bombing", "a
# January 28 attack") dates that thing, told as known; the sentence's own happening is not background for it, and
# takes the page's month.

@pytest.mark.parametrize(("text", "expected"), [
    ("arrested a commander who plotted the 2021 airport bombing", True),
    ("detained a suspect linked to a January 28 attack on a church", True),
    ("the 2000 troops deployed", False),  # a count
    ("in the 2000s", False),
    ("the 2017 and 2018 attacks", False),
])
def test_a_date_heading_a_noun_phrase(text: str, expected: bool) -> None:
    at = next(i for i, c in enumerate(text) if c.isdigit() or c == "J")
    assert _names_a_thing(text, at) is expected


def test_a_date_heading_a_noun_of_the_events_own_kind_dates_it() -> None:
    text = "The 2019 attacks on the town killed 20"
    assert _names_a_thing(text, 4, "operation")
    assert not _names_a_thing(text, 4, "attack")  # the attack told again: its own year


@pytest.mark.model
def test_an_arrest_of_a_plotter_of_a_dated_bombing_is_of_the_page(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Police have arrested a senior Islamic State commander accused of plotting the 2021 "
             "Abbey Gate bombing at the airport.")
    assert [e.date for e in found if e.type == "operation"] == ["2025-03"]


@pytest.mark.model
def test_an_arrest_told_again_with_the_year_of_the_bombing_is_of_the_page(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Police have arrested a senior Islamic State commander in the capital. The commander is "
             "accused of plotting the 2021 airport bombing, police said.")
    assert [e.date for e in found if e.type == "operation"] == ["2025-03"]


@pytest.mark.model
def test_an_event_a_year_before_the_happening_it_is_counted_from_is_of_the_year_before(nlp: Language) -> None:
    found = events_on_2015_04_02(
        nlp, "The prime minister arrived in the city on Wednesday to claim the victory, which took "
             "place a year after the city was first attacked by the Islamic State.")
    assert [e.date for e in found if e.type == "attack"] == ["2014"]


@pytest.mark.model
def test_an_event_months_before_is_of_the_month_counted_back(nlp: Language) -> None:
    found = events_on_2015_04_02(
        nlp, "The operation came two months after Islamic State militants attacked a checkpoint "
             "near the border.")
    assert "2015-02" in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_less_than_a_month_after_counts_nothing_back(nlp: Language) -> None:
    found = events_on_2015_04_02(nlp, "The operation came less than a month after Islamic State militants attacked a "
                                      "checkpoint near the border.")
    assert "2015-03" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_an_event_a_week_before_is_of_the_month_of_the_page_day_a_week_back(nlp: Language) -> None:
    found = events_on_2017_09_02(nlp, "The operation came a week after Islamic State militants attacked a checkpoint "
                                      "near the border.")
    assert [e.date for e in found if e.type == "attack"] == ["2017-08"]


# Same-event linking: in an article that tells one attack at length, an attack it told first, with a toll of its own,
# in another country is an attack of its own, not that main attack read with a stray place.

TEXT = ("Fifteen people were killed in an attack in Banibangou in Niger. "
        "Gunmen attacked the United Nations camp in Aguelhok in Mali. "
        "Peacekeepers repelled the attack on the camp in Aguelhok. "
        "The attack on the camp in Aguelhok was the fifth this year.")


@pytest.mark.model
def test_an_attack_told_first_abroad_with_its_own_toll_stays_apart_from_the_main_one(nlp: Language) -> None:
    found = [e for e in events_undated(nlp, TEXT) if e.type == "attack"]
    assert sorted((e.country, e.killed) for e in found) == [("ML", None), ("NE", 15)]


# Which mentions are one event: a later definite mention at the event's town, or in its country only.

CHINAGODAR_CLAIM = (
    "Islamic State claimed responsibility for the 9 January attack on Chinagodar, in western Niger, in which 89 "
         "soldiers were killed. ")


@pytest.mark.model
def test_the_attack_at_the_towns_name_told_with_a_reports_day_is_the_same_attack(nlp: Language) -> None:
    found = events_on_2020_01_15(
        nlp, CHINAGODAR_CLAIM + "On Sunday, the government of Niger had revised upward the number of soldiers killed "
                     "in the attack in Chinagodar, from 25 to 89.")
    attacks = [e for e in found if e.type == "attack"]
    # (which of the two days is the attack's is left to ``merge``: here it cannot tell the report's day)
    assert [(e.place, e.killed) for e in attacks] == [("Chinagodar", 89)]


@pytest.mark.model
def test_another_attack_at_the_same_town_stays_apart(nlp: Language) -> None:
    found = events_on_2020_01_15(nlp, CHINAGODAR_CLAIM
                                 + "On Sunday, gunmen carried out another attack in Chinagodar, killing 12 civilians.")
    assert len([e for e in found if e.type == "attack"]) == 2


@pytest.mark.model
def test_the_first_attack_at_the_town_is_not_a_reference_back(nlp: Language) -> None:
    found = events_on_2020_01_15(nlp, CHINAGODAR_CLAIM
                                 + "The first attack in Chinagodar, in 2019, killed 12 civilians.")
    assert len([e for e in found if e.type == "attack"]) == 2


@pytest.mark.model
def test_the_assault_in_the_events_country_is_the_event(nlp: Language) -> None:
    found = events_on_2020_01_15(
        nlp, "In a deadly terror attack in Niger's Dosso region, two Indian nationals were killed by "
             "gunmen on January 12. The assault occurred in southwest Niger, about 130 kilometres from "
             "the capital.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2020-01-12", 2)]


@pytest.mark.model
def test_the_repatriation_by_another_state_from_the_same_camp_stays_apart(nlp: Language) -> None:
    found = events_on_2020_01_15(
        nlp, "Tajikistan repatriated 146 women and children from the al-Hol camp in Syria. In December, "
             "Iraq organized the repatriation of 450 families from the al-Hol camp.")
    assert {e.actor for e in found if e.type == "repatriation"} == {"Tajikistan", "Iraq"}


# An attack told as a new one after the attack before it stays apart: set days or weeks later, done again, or with
# another victim (za).

MAFA = "Militants attacked the village of Mafa in Borno State on Monday, killing five farmers. "


def _attacks_on_2021_12_09(nlp: Language, text: str) -> list[tuple[str | None, int | None]]:
    return [(e.place, e.killed) for e in events_on_2021_12_09(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_an_attack_days_later_at_the_same_town_is_another_attack(nlp: Language) -> None:
    found = _attacks_on_2021_12_09(nlp, MAFA + "Days later, militants stormed Mafa, killing three soldiers.")
    assert found == [("Mafa", 5), ("Mafa", 3)]


@pytest.mark.model
def test_an_attack_done_again_at_the_same_town_is_another_attack(nlp: Language) -> None:
    found = _attacks_on_2021_12_09(nlp, MAFA + "The militants attacked Mafa again, killing three soldiers.")
    assert found == [("Mafa", 5), ("Mafa", 3)]


@pytest.mark.model
def test_another_victim_of_an_explosion_is_another_attack(nlp: Language) -> None:
    found = _attacks_on_2021_12_09(
        nlp, "A soldier was killed by militants in a village near Rafah. Another private was killed in "
             "an explosion that targeted a bulldozer.")
    assert len(found) == 2


@pytest.mark.model
def test_the_attack_told_again_later_that_day_is_the_same_attack(nlp: Language) -> None:
    found = _attacks_on_2021_12_09(nlp, MAFA + "Another farmer was killed in the attack, residents said.")
    assert [place for place, _killed in found] == ["Mafa"]


@pytest.mark.model
def test_a_raid_days_after_an_attack_is_not_set_apart_from_the_raid_told_before(nlp: Language) -> None:
    found = events_on_2021_12_09(
        nlp, "Troops raided an ISWAP hideout in the Timbuktu Triangle in Borno State in January. Troops "
             "fended off an ISWAP attack on a base in Damboa on January 13. They responded a few days later "
             "by raiding the camp and driving out the terrorists.")
    assert len([e for e in found if e.type == "operation"]) == 1


# Event linking: a count of attacks is summed up only by attacks of its month; an indefinite mention in a sentence of
# its own, dated only by a year before the article's, introduces another event; it does not join an event told before
# with its month.

@pytest.mark.model
def test_a_bombing_of_last_year_is_not_the_one_of_last_december(nlp: Language) -> None:
    found = events_on_2023_08_15(
        nlp, "A car bombing in Herat last December killed a police chief. Last year, the group "
             "carried out a suicide bombing outside an embassy.")
    assert sorted(e.date or "" for e in found if e.type == "attack") == ["2022", "2022-12"]


@pytest.mark.model
def test_the_bombing_told_again_with_its_year_is_one(nlp: Language) -> None:
    found = events_on_2023_08_15(
        nlp, "A car bombing in Herat last December killed a police chief. The bombing last year "
             "was claimed by the group.")
    assert [e.date for e in found if e.type == "attack"] == ["2022-12"]


def _dated_attack(start: int, date: str | None, several: int = 0) -> EventMention:
    return EventMention(type="attack", trigger="attack", start=start, end=start + 6, sent_start=start,
                        sent_end=start + 50, sent_text="", date=date, country="MZ", several=several)


def test_attacks_of_another_month_do_not_sum_up_a_count_of_attacks() -> None:
    # "two insurgent attacks" this March, then the attacks of February the article recalls
    count = _dated_attack(0, "2022-03", several=2)
    kept = summed_up([count, _dated_attack(100, "2022-02-23"), _dated_attack(200, "2022-02-24")])
    assert count in kept


def test_attacks_of_its_month_sum_up_a_count_of_attacks() -> None:
    count = _dated_attack(0, "2022-03", several=2)
    kept = summed_up([count, _dated_attack(100, "2022-03-07"), _dated_attack(200, None)])
    assert count not in kept


# Event linking: attacks told apart by a frame of their own ("In a separate incident") or a toll of their own, while
# the attack told again or its toll counted again still joins the event before.

@pytest.mark.model
def test_a_separate_incident_is_another_attack(nlp: Language) -> None:
    found = events_on_2021_06_01(
        nlp, "ISWAP fighters attacked a military base in Damboa on Monday, killing seven soldiers. In a "
             "separate incident, officials said gunmen attacked a village near Damboa on Monday, killing "
             "two farmers.")
    assert [(e.type, e.killed) for e in found] == [("attack", 7), ("attack", 2)]


@pytest.mark.model
def test_an_attack_told_again_without_a_separate_frame_is_one(nlp: Language) -> None:
    found = events_on_2021_06_01(
        nlp, "ISWAP fighters attacked a military base in Damboa on Monday, killing seven soldiers. In the "
             "early hours, officials said gunmen attacked the base in Damboa on Monday.")
    assert [(e.type, e.killed) for e in found] == [("attack", 7)]


@pytest.mark.model
def test_a_toll_of_its_own_is_another_attack(nlp: Language) -> None:
    found = events_on_2021_06_01(
        nlp, "A suicide bomber killed six people at a mosque in Kabul on Friday. A suicide bombing had "
             "killed 53 people at an education centre in Kabul.")
    assert sorted(e.killed or 0 for e in found) == [6, 53]


@pytest.mark.model
def test_a_toll_counted_again_is_the_same_attack(nlp: Language) -> None:
    found = events_on_2021_06_01(
        nlp, "Gunmen killed 13 people at a mosque in Kabul on Friday. Gunmen killed 15 worshippers at "
             "the mosque in Kabul, officials said.")
    assert len(found) == 1


# Routes: the two names a route noun carries ("the Sebba–Dori road", "the Maiduguri-Damboa highway") are its ends, one
# scene: an ambush there is one event, not one per town as for a list ("attacked Malam Fatori and Damasak"), which
# still splits.

@pytest.mark.model
def test_an_ambush_on_a_road_named_by_its_ends_is_one_event(nlp: Language) -> None:
    found = events_on_2025_08_20(
        nlp, "Militants ambushed an army convoy on the Sebba–Dori road in Burkina Faso on Sunday, "
             "killing 12 soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-08-17")]
    assert found[0].place in ("Sebba", "Dori")


@pytest.mark.model
def test_a_list_of_towns_still_splits(nlp: Language) -> None:
    found = events_on_2025_08_20(nlp, "ISWAP fighters attacked Malam Fatori and Damasak in Borno State on Sunday.")
    assert sorted(e.place for e in found if e.place) == ["Damasak", "Malam Fatori"]


# Strikes and attacks of other wars than the campaign (short sentences written for the tests, after dev pages): a
# strike on a force of another war is none of the picture's, while that force's own strikes on the group stay; an
# attack credited to Boko Haram in a year before its pledge made the West Africa Province is the JAS insurgency's.

@pytest.mark.model
def test_a_strike_that_killed_an_iranian_commander_is_another_wars(nlp: Language) -> None:
    found = events_on_2024_01_05(
        nlp, "Soleimani, head of the Quds Force, the foreign operations arm of the IRGC, was killed in a "
             "US airstrike near Baghdad International Airport on January 3, 2020.")
    assert [e.type for e in found if e.type == "strike"] == []


@pytest.mark.model
def test_the_revolutionary_guards_own_strike_on_the_group_stays(nlp: Language) -> None:
    found = events_on_2024_01_05(
        nlp, "Iran's Revolutionary Guards launched missile strikes on Islamic State positions in "
             "Deir ez-Zor on Tuesday.")
    assert [(e.type, e.actor) for e in found if e.type == "strike"] == [
        ("strike", "Islamic Revolutionary Guard Corps")]


@pytest.mark.model
def test_a_us_strike_on_the_group_stays(nlp: Language) -> None:
    found = events_on_2024_01_05(nlp, "A US airstrike killed an Islamic State commander near Raqqa on Tuesday.")
    assert [e.type for e in found if e.type == "strike"] == ["strike"]


@pytest.mark.model
def test_a_boko_haram_attack_before_the_pledge_is_no_branch_attack(nlp: Language) -> None:
    found = events_on_2024_01_05(
        nlp, "The town gained global attention in 2014 when Boko Haram militants kidnapped hundreds of "
             "schoolgirls from Chibok in Borno State.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_a_boko_haram_attack_after_the_pledge_stays_the_branchs(nlp: Language) -> None:
    found = events_on_2024_01_05(
        nlp, "In 2019, Boko Haram militants attacked a military base in Borno State, killing 20 soldiers.")
    assert [(e.type, e.date) for e in found if e.type == "attack"] == [("attack", "2019")]


@pytest.mark.model
def test_an_iswap_attack_dated_by_an_old_year_is_not_dropped_for_its_year(nlp: Language) -> None:
    # only the outside group's name dates its attacks to its own war; the branch named as such keeps them
    found = events_on_2024_01_05(
        nlp, "Islamic State West Africa Province fighters attacked a military base in Borno State in "
             "2014, killing 20 soldiers.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]


# Same-event linking (events/link.py) on a page with no date: two mentions whose own words name two times the page's
# day cannot resolve, one of them a month, are two events; a later "the attack" with a day of its own is the one told.

def _attacks(found: list) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.country, e.place, e.killed) for e in found if e.type == "attack"]


@pytest.mark.model
def test_an_attack_told_last_week_and_one_in_september_are_two(nlp: Language) -> None:
    found = events_undated(
        nlp, "Last week, two ISIS-K gunmen opened fire on Pakistan's embassy in Kabul. In September, an ISIS-K "
             "suicide bomber blew himself up at the entrance to the Russian embassy in Kabul, killing six people.")
    assert _attacks(found) == [("AF", "Kabul", None), ("AF", "Kabul", 6)]


@pytest.mark.model
def test_attacks_told_in_two_months_are_two(nlp: Language) -> None:
    found = events_undated(
        nlp, "In September, ISIS-K gunmen attacked a police post in Kabul. In March, ISIS-K gunmen attacked a "
             "police post in Kabul.")
    assert len(_attacks(found)) == 2


@pytest.mark.model
def test_the_attack_told_again_with_its_weekday_is_the_one_told_with_its_month(nlp: Language) -> None:
    found = events_undated(
        nlp, "In September, ISIS-K gunmen attacked a police post in Kabul. The attack on Sunday killed six people.")
    assert _attacks(found) == [("AF", "Kabul", 6)]


@pytest.mark.model
def test_attacks_on_two_days_of_one_month_a_week_apart_are_two(nlp: Language) -> None:
    found = events_undated(
        nlp, "ISCAP operatives attacked a militia position in Mangina on October 24, killing two soldiers. ISCAP "
             "operatives attacked a militia position near Mangina on October 31.")
    assert _attacks(found) == [("CD", "Mangina", 2), ("CD", "Mangina", None)]


@pytest.mark.model
def test_a_span_since_a_month_does_not_set_the_attack_it_counts_apart(nlp: Language) -> None:
    found = events_undated(
        nlp, "In a brutal attack late Sunday night, ISWAP fighters killed at least 15 fishermen near Kukawa. After "
             "rounding them up, the militants arranged the fishermen in a line and opened fire, killing 15 of them on "
             "the spot. This recent attack is the third of its kind targeting fishermen in the area since February.")
    assert _attacks(found) == [("NG", None, 15)]


@pytest.mark.model
def test_a_month_s_tally_of_strikes_is_no_strike_apart_from_the_one_told(nlp: Language) -> None:
    found = events_undated(
        nlp, "A US strike Tuesday killed six ISIS militants in the Golis Mountains, AFRICOM said. In the month of "
             "May alone, AFRICOM conducted six strikes in the Golis Mountains targeting ISIS militants.")
    assert [(e.type, e.place, e.killed) for e in found] == [("strike", "Golis Mountains", 6)]


# Linking: an event dated a week before the page, told after an undated one of its type, is an earlier one.

@pytest.mark.model
def test_an_operation_dated_a_week_before_the_page_is_not_the_undated_one_told_first(nlp: Language) -> None:
    text = ("Russia's Federal Security Service detained four members of an ISIS sleeper cell in Moscow. "
            "On April 21, the FSB killed an ISIS terrorist who had plotted an attack in Stavropol.")
    found = [(e.type, e.date) for e in events_on_2018_04_28(nlp, text) if e.type == "operation"]
    assert sorted(found, key=str) == [("operation", "2018-04"), ("operation", "2018-04-21")]


@pytest.mark.model
def test_an_operation_told_again_with_a_recent_day_is_still_one(nlp: Language) -> None:
    text = ("Russia's Federal Security Service detained four members of an ISIS sleeper cell in Moscow. "
            "On Thursday, the FSB detained the four suspects in a raid on a flat in Moscow.")
    assert [e.type for e in events_on_2018_04_28(nlp, text) if e.type == "operation"] == ["operation"]


# The linking stage's word sets made once per run rather than per claim (extract/events/link).

def test_perpetrated_event_nouns_are_the_nouns_of_the_perpetrated_types_made_once() -> None:
    types = vocab().types.values()
    assert _perpetrated_nouns() == {n for t in types if t.perpetrated for n in t.nouns}
    assert "attack" in _perpetrated_nouns()
    assert _perpetrated_nouns() is _perpetrated_nouns()


# Same-event linking (events/link.py): what tells a page's further attack apart from the one told before it.

@pytest.mark.model
def test_an_attack_on_a_weekday_days_off_the_one_told_before_is_another_attack_on_an_undated_page(
    nlp: Language,
) -> None:
    # (no page date resolves the weekdays: only their distance tells the two attacks apart)
    found = events_undated(
        nlp, "Boko Haram fighters killed six Cameroonian soldiers in an attack in the far north of the country. "
             "The attack took place on Monday night near the border with Nigeria. "
             "Boko Haram fighters killed eight Cameroonian soldiers on Saturday in a village near the border.")
    assert sorted(e.killed for e in found if e.type == "attack") == [6, 8]


@pytest.mark.model
def test_an_attack_at_night_and_its_next_days_report_stay_one_attack_on_an_undated_page(nlp: Language) -> None:
    found = events_undated(
        nlp, "Boko Haram fighters killed six Cameroonian soldiers in an attack on Sunday night in the far north. "
             "The attack on Monday morning left six soldiers dead, the ministry said.")
    assert sum(e.type == "attack" for e in found) == 1


@pytest.mark.model
def test_a_past_attack_told_with_its_year_and_its_own_toll_is_not_folded_into_the_story_attack(nlp: Language) -> None:
    found = events_undated(
        nlp, "Six people were killed in an explosion in the capital Kabul. "
             "In 2023, IS claimed an attack outside the foreign ministry that killed at least five.")
    assert sorted(e.killed for e in found if e.type == "attack") == [5, 6]


@pytest.mark.model
def test_a_story_attack_told_again_with_its_month_and_its_toll_stays_one_attack(nlp: Language) -> None:
    found = events_undated(
        nlp, "Six people were killed in an explosion in the capital Kabul. "
             "The explosion in Kabul in March killed six people.")
    assert sum(e.type == "attack" for e in found) == 1


# An operation and a strike one sentence tells together (link.strikes_framed): one aircraft flew is a strike.

@pytest.mark.model
def test_an_operation_word_framing_strikes_jets_flew_is_the_strike(nlp: Language) -> None:
    # the state's own jets at home: no air arm named and no state abroad, yet the aircraft flew it
    text = (
        "The Security Media Cell said, \u201cFollowing yesterday\u2019s operation on Nov. 29, Iraqi F-16 jets "
        "conducted precise airstrikes in the Hamrin mountain range.\u201d"
    )
    assert [e.type for e in events_on_2017_12_02(nlp, text)] == ["strike"]


@pytest.mark.model
def test_an_operation_that_included_an_airstrike_no_aircraft_flew_stays_the_operation(nlp: Language) -> None:
    text = (
        "In a statement, the CTS said the operations began in the Hamrin Mountains on Monday and included an airstrike "
        "that killed seven ISIS members."
    )
    assert [e.type for e in events_on_2017_12_02(nlp, text)] == ["operation"]


# Linking (events/link.py): a mention that names the event again with a lower official count is that event, whose toll
# the official count replaces, not a second attack told as background.

def attacks(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2023_01_13(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_attack_told_again_with_a_lower_official_count_is_one_attack(nlp: Language) -> None:
    assert attacks(nlp, "A suicide bomber struck a bank in Kandahar on Thursday. According to various sources, the "
                        "explosion killed at least 20 people. The Taliban reported a lower casualty figure, stating "
                        "that three people died in the attack.") == [(3, None)]


@pytest.mark.model
def test_a_lower_count_of_an_earlier_attack_stays_another_attack(nlp: Language) -> None:
    # not told as the attack again ("an attack", its own month): a background attack with its own toll
    found = attacks(nlp, "A suicide bomber struck a bank in Kandahar on Thursday, killing at least 20 people. In "
                         "March, the Taliban said, an attack on a mosque in Kabul killed three people.")
    assert (20, None) in found and (3, None) in found


# Scope of attacks (events/link.py within_campaign): an attack whose sentence tells as its doer a group outside the
# campaign whose name no branch goes by is that group's own war; Boko Haram's and al-Shabaab's names stay the
# branches'.

@pytest.mark.model
def test_an_attack_the_sentence_credits_to_the_pakistani_taliban_is_left_out(nlp: Language) -> None:
    found = events_on_2025_11_04(
        nlp, "Tehreek-e-Taliban Pakistan (TTP) militants opened fire at a police convoy on Miranshah Road in "
             "Bannu district on Monday, police said.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_an_attack_by_the_taliban_told_as_background_is_left_out(nlp: Language) -> None:
    found = events_on_2025_11_04(
        nlp, "The Taliban orchestrated another attack on a military base this month in the Andar District in Ghazni.")
    assert [e.type for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_an_attack_credited_to_boko_haram_stays_an_attack(nlp: Language) -> None:
    found = events_on_2025_11_04(
        nlp, "Boko Haram terrorists attacked a military base in Damboa, Borno State, on Monday, killing five "
             "soldiers.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]


@pytest.mark.model
def test_a_raid_by_al_shabaab_in_cabo_delgado_stays_an_attack(nlp: Language) -> None:
    # the name Cabo Delgado's branch goes by locally, though the knowledge base makes al-Shabaab a part of al-Qaeda
    found = events_on_2025_11_04(
        nlp, "On June 27, 2020, jihadists from al-Shabaab raided the town of Mocimboa da Praia in the Cabo Delgado "
             "province of Mozambique.")
    assert [e.type for e in found if e.type == "attack"] == ["attack"]


# Linking a later sentence's other word for the event told before: "The operation, conducted on November 6", after
# airstrikes told without a day, is the strikes' day (link._tells_its_day); "The operation came one day after Iraqi
# jets struck", after an airstrike-led operation read as a strike, counts from that strike's day
# (link.day_from_other_event).

@pytest.mark.model
def test_the_operation_conducted_on_a_day_dates_the_undated_strikes_told_before(nlp: Language) -> None:
    found = events_on_2024_11_09(
        nlp, "The Nigerian Air Force carried out strategic airstrikes that killed over 70 fighters of the Islamic "
             "State West Africa Province (ISWAP) in Borno State. The strikes focused on locations at Kwallaram and "
             "Arainna Ciki islands near Jibilarram in Marte Local Government Area. The operation, conducted on "
             "November 6, targeted ISWAP camps in the southern Lake Chad region.")
    assert [(e.type, e.date) for e in found] == [("strike", "2024-11-06")]


@pytest.mark.model
def test_the_operation_without_a_participle_of_doing_a_day_stays_apart(nlp: Language) -> None:
    found = events_on_2024_11_09(
        nlp, "The Nigerian Air Force carried out strategic airstrikes that killed over 70 fighters of the Islamic "
             "State West Africa Province (ISWAP) in Borno State. A ground operation on November 6 targeted ISWAP "
             "camps in the southern Lake Chad region.")
    assert ("operation", "2024-11-06") in [(e.type, e.date) for e in found]


@pytest.mark.model
def test_the_operation_a_day_after_strikes_counts_from_the_strike_told_as_an_operation(nlp: Language) -> None:
    found = events_on_2025_11_24(
        nlp, "Iraqi forces killed four ISIS militants on Monday during an airstrike-led operation in the Zghaitun "
             "Valley, south of Kirkuk, a military source told Shafaq News. The operation came one day after Iraqi "
             "jets struck five ISIS positions elsewhere in Kirkuk province.")
    assert sorted(e.date for e in found if e.type == "strike") == ["2025-11-23", "2025-11-24"]


# Same-event linking (events/link.py), false operations: an operation told again as the subject of a verb of happening
# says where the one told before was, not that another one happened.

@pytest.mark.model
def test_the_raids_told_again_where_they_took_place_are_the_raids_told_before(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "The National Investigation Agency conducted simultaneous raids at 44 locations in Maharashtra on "
             "Saturday, arresting 15 ISIS operatives. The raids, carried out in Thane and Pune, took place early "
             "morning on Saturday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_another_operation_that_took_place_elsewhere_stays_apart(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "The National Investigation Agency conducted raids in Maharashtra on Saturday, arresting 15 ISIS "
             "operatives. Another operation took place in Kerala on Friday, where police arrested two suspects.")
    assert [e.type for e in found] == ["operation", "operation"]


@pytest.mark.model
def test_the_operation_said_to_be_carried_out_in_towns_is_the_operation_told_before(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "Puntland forces launched an operation against ISIS militants in the Bari region on Monday. A statement "
             "released by the military said that the operation was carried out in the Gaaca, Guban and Moqorse towns.")
    assert [e.type for e in found] == ["operation"]


# A definite raid (the noun attacks and operations share) told after the group's attack, with no force named doing it
# and no operation told before, is that attack told again; after a force's operation it stays the operation.

@pytest.mark.model
def test_the_raid_told_after_the_militants_raid_is_their_attack(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "On December 4, suspected militants raided the town of Sakoira, looting two money transfer agencies. "
             "Four motorcycles were destroyed during the raid.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_the_raid_told_after_a_force_operation_stays_the_operation(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "On December 4, soldiers raided an ISIS hideout near Sakoira, killing three militants. "
             "Four motorcycles were destroyed during the raid.")
    assert [e.type for e in found] == ["operation"]


# Link lines: a line the page cut off in mid-sentence is the article's own sentence, not a link to another story.

CUT_LEDE = (
    "Islamic State West Africa Province (ISWAP) fighters have freed a UN worker and nine other captives, officials "
    "said on Monday.\nThe captives were released after negotiations, the officials said.\n"
)


@pytest.mark.model
def test_an_attack_on_a_line_cut_off_in_mid_sentence_is_kept(nlp: Language) -> None:
    text = CUT_LEDE + (
        "The insurgents, it would be recalled, had attacked a convoy of travellers close to Matari village along the "
        "Maiduguri-Damaturu highway, during which the UN worker was kidnapped at"
    )
    assert [(e.type, e.country) for e in events_on_2024_06_20(nlp, text)] == [("attack", "NG")]


@pytest.mark.model
def test_an_attack_on_a_headline_line_without_a_full_stop_is_another_story(nlp: Language) -> None:
    text = CUT_LEDE + (
        "Gunmen kill 10 travellers in convoy attack near Damaturu\nThe captives are now with the military."
    )
    assert [e.type for e in events_on_2024_06_20(nlp, text)] == []


# An operation an air arm is credited with is a strike (events/link.py air_arm_operations).

def _operation(actor: Actor) -> EventMention:
    text = "Air Force spokesman said the operation was conducted on 8 March 2019 following intelligence reports."
    return EventMention("operation", "operation", 29, 38, 0, len(text), text, country="NG", actor=actor)


def test_an_operation_credited_to_an_air_force_is_a_strike() -> None:
    events = [_operation(Actor("Nigerian Air Force", "e1", "armed_group"))]
    air_arm_operations(events)
    assert [e.type for e in events] == ["strike"]


def test_an_operation_credited_to_an_army_stays_an_operation() -> None:
    events = [_operation(Actor("Nigerian Army", "e2", "armed_group"))]
    air_arm_operations(events)
    assert [e.type for e in events] == ["operation"]


def test_a_ground_assault_the_air_arm_supported_stays_an_operation() -> None:
    text = "He explained that the ground assault was supported by the Air Component throughout the operation."
    events = [EventMention("operation", "operation", 86, 95, 0, len(text), text, country="NG",
                           actor=Actor("Air Component of Operation Hadin Kai", "e3", "armed_group"))]
    air_arm_operations(events)
    assert [e.type for e in events] == ["operation"]


# Mentions with no anchor of their own (events/link.py ``on_loan``, ``late_anchored``): on a page that tells no
# anchored event, the first bare mention of each type a force makes waits for the anchors the page lends after linking
# (its force credit, its one country) and is kept only if both were lent.

ARMY = Actor("Somali National Army", "entity:army", "armed_group", kb_id="somali_national_army")

events_on_2025_09_10 = events_dated("2025-09-10")


def bare(type_: str = "operation", start: int = 0) -> EventMention:
    """ "Security forces arrested two suspects": no day, place, named doer or firm country."""
    return EventMention(type=type_, trigger="arrested", start=start, end=start + 8, sent_start=start,
                        sent_end=start + 40, sent_text="Security forces arrested two suspects.")


def test_link_hands_back_the_mentions_it_could_not_anchor() -> None:
    unanchored: list[EventMention] = []
    m = bare()
    assert link([m], "2020-07-15", None, unanchored) == []
    assert unanchored == [m]


def test_the_first_bare_mention_of_each_force_s_type_is_lent_the_page_s_anchors() -> None:
    first, second, strike = bare(start=0), bare(start=100), bare("strike", 200)
    assert on_loan([], [first, second, strike]) == [first, strike]
    assert first.on_loan and strike.on_loan and not second.on_loan


def test_a_bare_attack_is_not_lent_the_page_s_group() -> None:
    assert on_loan([], [bare("attack")]) == []


def test_a_page_with_an_anchored_event_lends_nothing() -> None:
    told = bare("strike", start=50)
    told.country = "SO"
    assert on_loan([told], [bare(start=0)]) == [told]


def test_a_mention_not_told_as_happened_is_not_lent() -> None:
    m = bare()
    m.modality = "denied"
    assert on_loan([], [m]) == []


def test_a_lent_mention_stays_only_with_a_doer_and_a_country() -> None:
    credited, placeless, doerless = bare(start=0), bare("strike", 10), bare("withdrawal", 20)
    for m in (credited, placeless, doerless):
        m.on_loan = True
    credited.actor, credited.country = ARMY, "SO"
    placeless.actor = ARMY
    doerless.country = "SO"
    firm = bare("meeting", 30)  # not lent: judged by nothing here
    assert late_anchored([credited, placeless, doerless, firm]) == [credited, firm]


@pytest.mark.model
def test_a_bare_arrest_by_security_forces_takes_the_page_s_force_and_country(nlp: Language) -> None:
    found = events_on_2025_09_10(
        nlp, "Puntland authorities announced on Tuesday that security forces arrested two suspected members of "
             "the Islamic State group.")
    assert [(e.type, e.country) for e in found] == [("operation", "SO")]
    assert found[0].actor is not None
