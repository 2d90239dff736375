"""Habits of the seventeenth session's pages (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def test_an_event_named_only_to_date_the_sentence_leaves_its_killing_reported(nlp: Language) -> None:
    # "a week before the massacres": another event the sentence dates by, not the one it reports
    found = events(nlp, "On 15 March, a week before the massacres in Tillia, militants killed 66 people in "
                        "Tillaberi.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2021-03-15", 66)]


def test_a_country_name_inside_a_date_still_locates_the_event(nlp: Language) -> None:
    # the tagger read "Niger" in "killed Sunday in Niger" as part of a DATE; "the border with Mali" is not where
    found = events(nlp, "Fourteen civilians were killed Sunday in Niger in an attack on a village in the "
                        "Banibangu community near the border with Mali.")
    assert [(e.type, e.country, e.killed) for e in found] == [("attack", "NE", 14)]


def test_a_month_inside_a_date_is_no_place(nlp: Language) -> None:
    found = events(nlp, "Fourteen civilians were killed in May in an attack in Niamey.")
    assert [(e.type, e.country, e.place) for e in found] == [("attack", "NE", "Niamey")]


def test_tens_and_units_split_by_the_tokenizer_are_one_number(nlp: Language) -> None:
    found = events(nlp, "Twenty-two people were killed and forty five were wounded in an attack in Beni on "
                        "Monday.")
    assert [(e.killed, e.wounded) for e in found] == [(22, 45)]


def test_a_tens_word_alone_stays_itself(nlp: Language) -> None:
    found = events(nlp, "Twenty soldiers died in an ambush in Borno on Monday, and two were wounded.")
    assert [(e.killed, e.wounded) for e in found] == [(20, 2)]


def test_army_words_for_a_firefight_are_an_operation(nlp: Language) -> None:
    found = events(nlp, "On 20th May the joint forces under UPDF’s 11th Bn got in contact with the ADF group "
                        "and one terrorist was put out of action in Beni.")
    assert [(e.type, e.date) for e in found] == [("operation", "2021-05-20")]


def test_contact_with_anyone_else_is_no_firefight(nlp: Language) -> None:
    assert events(nlp, "The minister said he made contact with the families of the victims in Maiduguri.") == []


def test_attackers_burning_homes_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The terrorists also burned down 95 homes in Ancuabe district on Tuesday, Lusa reported.")
    assert [(e.type, e.country) for e in found] == [("attack", "MZ")]


def test_burning_by_anyone_else_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "Protesters burned tyres in Maiduguri on Monday.") == []


@pytest.mark.parametrize(("text", "force"), [
    ("Egypt's army said Thursday it killed 19 presumed militants in the Sinai peninsula during a large-scale "
     "anti-terror operation.", "Egyptian Armed Forces"),
    ("Malaysian counter-terrorism officers arrested seven suspected Islamic State supporters last week in Sabah.",
     "Royal Malaysia Police"),
    ("Nigerien forces killed 12 militants of the Islamic State in the Greater Sahara near Menaka on Monday.",
     "Nigerien Armed Forces"),
])
def test_a_states_force_told_by_its_kind_is_its_national_force(nlp: Language, text: str, force: str) -> None:
    found = events(nlp, text)
    assert [e.actor for e in found] == [force]


def test_attackers_told_as_a_group_of_them_are_attackers(nlp: Language) -> None:
    found = events(nlp, "Last Thursday, a group of about ten terrorists murdered a man in Naliendele village, "
                        "Palma district.")
    assert [(e.type, e.country) for e in found] == [("attack", "MZ")]


def test_an_attack_aimed_at_a_named_target_is_one_attack_without_a_known_place(nlp: Language) -> None:
    # the towns are too small for the gazetteer; what it targeted still makes it one attack
    found = events(nlp, "A third attack targeted an Internal Security Forces checkpoint between the towns of "
                        "al-Shuhail and al-Basira.")
    assert [e.type for e in found] == ["attack"]


def test_a_dateline_closed_by_a_dash_without_a_space_is_still_a_dateline(nlp: Language) -> None:
    found = events(nlp, "DATU HOFFER, MAGUINDANAO DEL SUR—Militants ambushed and killed four soldiers — three "
                        "Army troopers and a militiaman — on Saturday.")
    assert [(e.type, e.killed, e.date) for e in found] == [("attack", 4, "2021-05-29")]


@pytest.mark.parametrize("text", [
    "The Islamic State Pakistan Province took credit for killing a Pakistani police officer in Quetta on Monday.",
    "The Islamic State group has claimed responsibility for killing a police officer in Peshawar on Monday.",
])
def test_a_killing_a_group_claims_is_its_attack(nlp: Language, text: str) -> None:
    found = events(nlp, text)
    assert [(e.type, e.country, e.claimed) for e in found] == [("attack", "PK", True)]


def test_towns_that_say_where_one_village_lies_are_no_list(nlp: Language) -> None:
    found = events(nlp, "On Sunday, ISWAP terrorists attacked some farmers and fishermen at Dumba community, near "
                        "Baga in Kukawa Local Government Area.")
    # (the village itself, as the gold places such an attack, now that "Dumba community" is read as one)
    assert [(e.type, e.place) for e in found] == [("attack", "Dumba")]


def test_towns_an_attack_verb_takes_as_object_are_where_it_happened(nlp: Language) -> None:
    found = events(nlp, "Insurgents attacked Baga, Monguno and Marte on Monday.")
    assert sorted(e.place for e in found) == ["Baga", "Marte", "Monguno"]


def test_a_person_killed_is_no_town_however_the_gazetteer_reads_the_name(nlp: Language) -> None:
    found = events(nlp, "On Monday the security forces spotted and killed Zubair, the operational commander of "
                        "Daesh for Pakistan, in the Tangi area of Bajaur.")
    assert all(e.country in (None, "PK") for e in found)


def test_a_killing_counted_since_a_clause_opens_the_span_is_no_attack(nlp: Language) -> None:
    assert events(nlp, "ISIS has killed around 180 Libyan militia fighters since the siege began in May.") == []

def test_an_undated_event_takes_the_article_s_first_day(nlp: Language) -> None:
    # the story's day told first in a sentence naming no event ("were questioned on Monday"), then the
    # raid without it: the raid is that day's, not only the month's
    found = events(nlp, "Eleven militants were questioned on Monday in Karachi, officials said. Police "
                        "conducted a raid on a compound in Karachi and arrested five ISIS terrorists.", "2021-06-23")
    assert [(e.type, e.date) for e in found] == [("operation", "2021-06-21")]


def test_a_day_of_an_earlier_month_leaves_the_undated_event_the_article_s_month(nlp: Language) -> None:
    found = events(nlp, "Eleven militants were questioned on May 28 in Karachi, officials said. Police "
                        "conducted a raid on a compound in Karachi and arrested five ISIS terrorists.", "2021-06-23")
    assert [(e.type, e.date) for e in found] == [("operation", "2021-06")]


def test_an_undated_event_takes_the_story_s_day_before_the_report_s(nlp: Language) -> None:
    # "said on Friday" is the report's day; the residents' Thursday is the story's
    found = events(nlp, "A police spokesman said on Friday that residents fled Kalemie on Thursday. Gunmen attacked a "
                        "church in Kalemie and killed five people.", "2021-06-25")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-06-24")]


def test_a_report_s_day_alone_leaves_the_undated_event_the_month(nlp: Language) -> None:
    found = events(nlp, "A police spokesman said on Friday that residents fled Kalemie. Gunmen attacked a church in "
                        "Kalemie and killed five people.", "2021-06-25")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-06")]



def test_an_undated_report_of_an_event_the_text_dates_takes_no_other_day(nlp: Language) -> None:
    # the story's first day must not make the dated operation, told again without its day, a second one
    found = events_dated("2021-06-12")(
        nlp, "U.S. forces in Iraq, with Iraqi Security Forces, killed 15 Islamic State operatives during a joint "
             "operation, Centcom wrote on X on Friday.\nCentcom said that during an operation conducted in western "
             "Iraq early Thursday, IS members confronted American and Iraqi troops.\n— U.S. Central Command "
             "(@CENTCOM) June 12, 2021")
    # (the report told without the day is dated by the day it was written on X, nineteenth session)
    days = {e.date for e in found if e.type == "operation" and e.date and len(e.date) == 10}
    assert "2021-06-10" in days and "2021-06-12" not in days


def test_a_toll_that_rose_is_not_counted_from_a_clause_below_it(nlp: Language) -> None:
    found = events(nlp, "Islamic State claimed a suicide bombing that killed 32 people at a Baghdad market on "
                        "Thursday. The death toll rose overnight as several of the 70 wounded died in hospital.")
    assert [e.killed for e in found] == [32]
