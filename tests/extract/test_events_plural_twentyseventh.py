"""Plural attacks and background talk, twenty-seventh session (short sentences written for the tests, some after train
pages): a plural that lists its own dates tells one attack per date, with the people it lists "respectively" one to
each and a claim of "both the attacks" for each (the group's report too when the parser takes "IS" for "is"); a
count of times, a list of kinds of crime, a plan and a run of attacks told with nothing of its own are records or
talk; the placed attacks someone masterminded happened."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2023-08-10")


def _attacks(found: list) -> list:
    return [e for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_plural_listing_years_is_one_attack_per_year(nlp: Language) -> None:
    text = (
        "Konduga has long been a conflict hotspot, including deadly bombings targeting football fans in 2019 and 2018."
    )
    assert sorted(e.date for e in _attacks(events(nlp, text))) == ["2018", "2019"]
    # two years bounding one span are no list of episodes
    text = "Konduga has long been a conflict hotspot, including deadly bombings between 2018 and 2019."
    assert len(_attacks(events(nlp, text))) <= 1


@pytest.mark.model
def test_a_plural_listing_days_is_one_attack_per_day(nlp: Language) -> None:
    text = (
        "IS said its fighters killed the Nigerians in attacks on a military barracks on Friday, a military post on "
        "Sunday, and a town on Monday, all in northeastern Borno state."
    )
    found = _attacks(events(nlp, text))
    assert len(found) == 3
    assert len({e.date for e in found}) == 3
    # the group's initials, parsed as an auxiliary of "said", still say whose report (and claim) it is
    assert all(e.claimed for e in found)
    # a page with no date of its own: the days stay unresolved, the three attacks stay apart
    assert len(_attacks(events(nlp, text, reference=None))) == 3
    # one day named twice ("in August, on Friday") is one time, not two episodes
    text = "IS said its fighters killed the Nigerians in attacks on a military barracks in August, on Friday."
    assert len(_attacks(events(nlp, text))) <= 1


@pytest.mark.model
def test_people_listed_respectively_go_one_to_each_episode(nlp: Language) -> None:
    text = (
        "Car bombings in Badakhshan last December and in June this year killed the provincial police chief and the "
        "deputy governor, respectively. IS-K claimed responsibility for both the attacks."
    )
    found = _attacks(events(nlp, text))
    assert sorted((e.date, e.killed, e.claimed) for e in found) == [("2022-12", 1, True), ("2023-06", 1, True)]


@pytest.mark.model
def test_a_list_of_kinds_of_crime_is_no_attack(nlp: Language) -> None:
    text = (
        "Isis facilitators based in South Africa have been linked to recruitment, robberies, kidnapping and extortion."
    )
    assert _attacks(events(nlp, text)) == []
    # a kidnapping placed and dated is one
    text = "On Monday, ISWAP fighters carried out a kidnapping in Konduga."
    assert len(_attacks(events(nlp, text))) == 1


@pytest.mark.model
def test_attacked_multiple_times_is_a_record(nlp: Language) -> None:
    text = "The church in Istanbul has been attacked by the Islamic State multiple times."
    assert _attacks(events(nlp, text)) == []
    text = "The church in Istanbul was attacked by the Islamic State on Sunday."
    assert len(_attacks(events(nlp, text))) == 1


@pytest.mark.model
def test_a_plan_to_carry_out_an_attack_is_no_attack(nlp: Language) -> None:
    text = "According to the complaint, the suspects had rifles and a detailed plan to carry out an attack on a church."
    assert _attacks(events(nlp, text)) == []
    text = "According to the complaint, the suspects carried out an attack on a church in Dearborn on Sunday."
    assert len(_attacks(events(nlp, text))) == 1


@pytest.mark.model
def test_a_series_told_with_nothing_of_its_own_is_a_record(nlp: Language) -> None:
    text = (
        "The nation has struggled with Islamic extremism for more than a decade, facing a series of attacks on Western "
        "targets."
    )
    assert _attacks(events(nlp, text)) == []
    # a doer's light verb, a place or a date tells the run
    text = "ISWAP launched a series of attacks on military bases in Borno on Sunday."
    assert len(_attacks(events(nlp, text))) >= 1


@pytest.mark.model
def test_the_placed_attacks_someone_masterminded_happened(nlp: Language) -> None:
    text = (
        "Police arrested two members of the ADF rebel group that is accused of masterminding the bombings in Kampala."
    )
    assert [e.place for e in _attacks(events(nlp, text))] == ["Kampala"]
    # with no article, a record of what the group does
    text = "Police arrested a man who is accused of orchestrating attacks in Menaka and Gao."
    assert _attacks(events(nlp, text)) == []
