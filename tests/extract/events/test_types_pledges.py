"""Pledges of allegiance end to end: who pledged, to whom, where and when."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# the reference days the tests' sentences are written around
events_on_2015_01_30 = events_dated("2015-01-30")
events_on_2018_09_03 = events_dated("2018-09-03")
events_on_2024_05_10 = events_dated("2024-05-10")


# Pledge events: "swore allegiance" with the irregular past the parser takes for a noun or an adjective, a group's
# name the parser split into several subjects, and a group's pledge sworn where it is based.

def _pledges_on_2024_05_10(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in events_on_2024_05_10(nlp, text) if e.type == "pledge"]


@pytest.mark.model
def test_swore_allegiance_is_an_oath_however_the_parser_tags_swore(nlp: Language) -> None:
    # "swore" parsed as a compound noun of "allegiance" after "after its leader"
    found = _pledges_on_2024_05_10(
        nlp, "The ADF suffered a split in 2019 after its leader swore allegiance to the Islamic State.")
    assert [(country, actor) for _date, country, actor in found] == [("CD", "Allied Democratic Forces")]
    # ... and as an adjective in a relative clause's second verb
    relative = "Police hunted Santoso, who leads a militant group and swore allegiance to ISIS in July."
    assert _pledges_on_2024_05_10(nlp, relative) != []
    # swearing anything else is no oath
    assert _pledges_on_2024_05_10(nlp, "The ADF commander swore revenge on the army in 2019.") == []


@pytest.mark.model
def test_a_name_split_into_several_subjects_is_the_pledger(nlp: Language) -> None:
    assert _pledges_on_2024_05_10(nlp, "Jund al-Khilafa pledged allegiance to IS in 2014.") == [("2014", "DZ",
                                                                                                 "Jund al-Khilafa")]
    assert _pledges_on_2024_05_10(nlp,
                                  "Jund al-Khilafa (Soldiers of the Caliphate) declared allegiance to IS in 2014.") == [
        ("2014", "DZ", "Jund al-Khilafa")
    ]
    # a pledger named with no group stays without one
    assert [actor for _d, _c,
            actor in _pledges_on_2024_05_10(nlp, "Dozens of residents pledged allegiance to IS in 2014.")] != [
        "Jund al-Khilafa"
    ]


# Pledge events: a place in a relative clause on the group sworn to says where that group is, not where the oath was
# sworn, and the preposition "to" of "pledged allegiance to ISIS" is no infinitive of purpose.

def _pledges_on_2018_09_03(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in events_on_2018_09_03(nlp, text) if e.type == "pledge"]


@pytest.mark.model
def test_a_relative_clause_on_the_group_sworn_to_does_not_locate_the_oath(nlp: Language) -> None:
    text = (
        "Earlier this year, Jund al-Khilafa broke away from al-Qaeda in the Islamic Maghreb, pledging allegiance "
        "instead to the ISIL, which recently captured large swathes of territory in Iraq and Syria."
    )
    assert [country for _date, country, _actor in _pledges_on_2018_09_03(nlp, text)] == ["DZ"]
    # a place the relative clause gives to a place or a time still counts for other events
    attack = "This is the deadliest assault since February, when the ADF killed 23 people in Mambasa territory."
    assert [e.country for e in events_on_2018_09_03(nlp, attack) if e.type == "attack"] == ["CD"]


@pytest.mark.model
def test_allegiance_to_a_group_is_no_purpose_infinitive(nlp: Language) -> None:
    text = (
        "The Tunisian ministry of defense affirmed that the terrorists belong to Jund al-Khilafah that pledged "
        "allegiance to ISIS in 2015."
    )
    assert [date for date, _country, _actor in _pledges_on_2018_09_03(nlp, text)] == ["2015"]
    # an infinitive of purpose is still one: travelling to attack is no attack
    assert [e for e in events_on_2018_09_03(nlp, "He travelled to Syria to attack the Kurdish forces.") if e.type
            == "attack"] == []


# Pledge and withdrawal events: a gerund on a preposition of a clause ("after pledging allegiance") has the clause's
# subject; the infinitive under a verb with an object ("forcing the rest to withdraw") has that object as its doer,
# never the subject above; a pledge "of loyalty" is the oath as one "of allegiance" is.

def _of_type_on_2015_01_30(nlp: Language, text: str, kind: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in events_on_2015_01_30(nlp, text) if e.type == kind]


@pytest.mark.model
def test_a_gerund_after_a_preposition_has_the_clause_subject(nlp: Language) -> None:
    text = "The ADF changed its name after pledging allegiance to ISIL in 2019."
    assert _of_type_on_2015_01_30(nlp, text, "pledge") == [("2019", "CD", "Allied Democratic Forces")]
    # without the gerund's subject the oath had no doer and, undated, was dropped
    text = "Boko Haram changed its name after pledging allegiance to ISIL."
    assert [actor for _d, _c, actor in _of_type_on_2015_01_30(nlp, text, "pledge")] == ["Boko Haram"]


@pytest.mark.model
def test_the_object_of_a_forcing_verb_does_what_it_is_forced_to(nlp: Language) -> None:
    text = ("The Peshmerga eventually repelled the attack after killing more than 30 terrorists and forcing the rest "
            "to withdraw from the district.")
    assert _of_type_on_2015_01_30(nlp, text, "withdrawal") == []
    # an infinitive under a verb with no object still has the subject above
    text = "French troops began to withdraw from Mali on Monday."
    assert [actor for _d, _c, actor in _of_type_on_2015_01_30(nlp, text, "withdrawal")] == ["French Armed Forces"]


@pytest.mark.model
def test_a_written_pledge_found_in_a_search_is_no_oath_told(nlp: Language) -> None:
    text = "A handwritten pledge of allegiance to the IS leader was found when police searched his home in 2014."
    assert _of_type_on_2015_01_30(nlp, text, "pledge") == []
    # the pledge itself is still one
    text = "The ADF announced its pledge of allegiance to the Islamic State in 2019."
    assert [date for date, _c, _a in _of_type_on_2015_01_30(nlp, text, "pledge")] == ["2019"]


# Pledge events: the oath told with a word between the verb and "allegiance", and told with a verb of declaring.

def _pledge_dates_and_actors_on_2024_05_10(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.actor) for e in events_on_2024_05_10(nlp, text) if e.type == "pledge"]


@pytest.mark.model
def test_a_pledge_of_its_allegiance_is_an_oath_like_pledged_allegiance(nlp: Language) -> None:
    assert _pledge_dates_and_actors_on_2024_05_10(nlp,
                                                  "The ADF pledged its allegiance to the Islamic State in 2019.") == [
        ("2019", "Allied Democratic Forces")
    ]
    assert _pledge_dates_and_actors_on_2024_05_10(nlp,
                                                  "In 2014, the Maute group pledged their allegiance to ISIS.") != []
    # a pledge of support or of money without a number stays no oath
    assert _pledge_dates_and_actors_on_2024_05_10(nlp, "In 2019, the ADF pledged its support to the new leader.") == []


@pytest.mark.model
def test_a_declared_allegiance_is_a_pledge(nlp: Language) -> None:
    assert _pledge_dates_and_actors_on_2024_05_10(nlp, "The Maute group declared its allegiance to ISIS in 2014.") == [
        ("2014", "Dawlah Islamiyah-Maute Group")
    ]
    assert _pledge_dates_and_actors_on_2024_05_10(
        nlp, "In 2015, Jund al-Khilafa proclaimed allegiance to the Islamic State.") != []
    # declaring anything else is no oath
    assert _pledge_dates_and_actors_on_2024_05_10(
        nlp, "In 2019, the government declared a state of emergency after ISIS attacks.") == []
    assert _pledge_dates_and_actors_on_2024_05_10(nlp, "In 2019, the ADF declared its support for ISIS.") == []
    # a bare infinitive tells an intent or a process, not the oath
    assert _pledge_dates_and_actors_on_2024_05_10(
        nlp, "Analysts saw a desire for the Maute group to declare official allegiance to ISIS.") == []
    assert _pledge_dates_and_actors_on_2024_05_10(
        nlp, "The group named a new head and various ISIS affiliates have begun to pledge loyalty.") == []


@pytest.mark.model
def test_a_pledge_no_place_locates_is_sworn_where_the_group_is_based(nlp: Language) -> None:
    found = events_on_2024_05_10(
        nlp, "An attack in Kamwenge District, western Uganda, killed ten people on Tuesday. Police blamed "
             "ADF militants for the attack. In 2019, the ADF pledged allegiance to the Islamic State group.")
    assert sorted((e.type, e.country) for e in found) == [("attack", "UG"), ("pledge", "CD")]
