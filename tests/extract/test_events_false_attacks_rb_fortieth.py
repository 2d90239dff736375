"""False-positive attacks, fortieth session (short sentences written for the tests, after train pages): records
told as attacks. A plural attack noun counted by a plural of "hundred", "dozen" or "score" ("hundreds of
attacks"), one that a verb of record keeping takes ("the UN documented attacks", "ACLED recorded 40 attacks"), and
one counted above a few with no day ("had carried out 11 attacks in June") sum up a period; a few counted attacks
or a count dated by a day are still events."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_hundreds_of_attacks_are_a_record(nlp: Language) -> None:
    found = events(nlp, "The rebels have carried out hundreds of deadly attacks across Ituri and North Kivu "
                        "provinces.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_dozens_of_bombings_are_a_record(nlp: Language) -> None:
    found = events(nlp, "The militants carried out dozens of bombings in Mogadishu in March.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_a_dozen_attackers_still_attack(nlp: Language) -> None:
    found = events(nlp, "A dozen gunmen attacked a police post in Peshawar on Monday, killing three officers.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_documented_attacks_are_a_monitors_tally(nlp: Language) -> None:
    found = events(nlp, "The UN in March alone documented deadly attacks by ADF rebels in Ituri and North Kivu "
                        "provinces.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_recorded_counted_attacks_are_a_monitors_tally(nlp: Language) -> None:
    found = events(nlp, "ACLED recorded 40 attacks in Cabo Delgado in March.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_eleven_attacks_in_a_month_are_a_record(nlp: Language) -> None:
    found = events(nlp, "According to the monthly report, ISIS had carried out 11 attacks in northeastern Syria "
                        "in March.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_people_killed_in_six_attacks_of_a_year_are_a_record(nlp: Language) -> None:
    found = events(nlp, "More than 150 people were killed in around six terrorist attacks claimed by the group in "
                        "Pakistan in 2017.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_two_attacks_near_a_town_are_still_told(nlp: Language) -> None:
    found = events(nlp, "Two attacks near Beni killed more than a dozen civilians on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_many_attacks_on_one_day_are_still_told(nlp: Language) -> None:
    found = events(nlp, "Gunmen carried out six attacks on villages near Beni on Monday, killing 30 people.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_attacks_recorded_in_the_passive_still_happened(nlp: Language) -> None:
    found = events(nlp, "In April, attacks by the group were also recorded on a reserve in the province of Niassa.")
    assert [e.type for e in found] == ["attack"]
