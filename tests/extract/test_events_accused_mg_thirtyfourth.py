"""Event mentions, thirty-fourth session (mg): a small count of attacks a group is accused of or blamed for, placed,
reports those attacks; a large count with a span of time stays a record; a count the parser hung on a second count
still counts its own verb (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-25")


@pytest.mark.model
def test_attacks_a_group_is_accused_of_are_reported(nlp: Language) -> None:
    for verb in ("was accused of", "was blamed for"):
        text = (f"The ADF is based in Congo. In December, the group {verb} two attacks in western Uganda in which 13 "
                "villagers were killed.")
        found = [(e.type, e.country, e.date, e.killed) for e in events(nlp, text)]
        assert found == [("attack", "UG", "2023-12", 13)], verb


@pytest.mark.model
def test_a_record_of_blamed_attacks_stays_a_record(nlp: Language) -> None:
    text = "The ADF is based in Congo. The group has been blamed for 30 attacks in Beni since 2014."
    assert [e for e in events(nlp, text) if e.type == "attack"] == []


@pytest.mark.model
def test_a_count_the_parser_hung_on_a_second_count(nlp: Language) -> None:
    # the parser hangs "four" on "15" and "15" inside "more injured": each still counts its own verb or state
    text = ("Islamic State claimed a suicide bombing in Baghdad on Thursday. Iraqi security forces said the bombing "
            "killed at least four with 15 more injured.")
    found = [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]
    assert found == [(4, 15)]
    # a verb with its own object keeps it, and a following date is no count
    text = "Islamic State claimed a suicide bombing in Baghdad that killed six soldiers on 12 May."
    assert [e.killed for e in events(nlp, text) if e.type == "attack"] == [6]


@pytest.mark.model
def test_a_relative_pronoun_stands_for_the_name_in_apposition(nlp: Language) -> None:
    # the parser hangs "which was murdered" on "Palmyra", beside the name in apposition: the name is the victim
    text = ("ISIS fighters killed 26 people in Deir Ezzor on Monday. On the same day, the body of the director of "
            "Palmyra, Khaled Assad, which was brutally murdered by ISIS back in 2015 was found.")
    found = sorted((e.date or "", e.killed) for e in events(nlp, text) if e.type == "attack")
    assert found == [("2015", 1), ("2024-01-22", 26)]


@pytest.mark.model
def test_a_string_or_spate_of_attacks_is_a_series(nlp: Language) -> None:
    # "a string of" heads a run of events as "a series of" does: placed and dated, it is the episode told
    text = ("Bombs exploded at Brussels airport on Tuesday. Salah Abdeslam was the only known survivor of the 10 "
            "Islamist attackers who killed 130 people in a string of suicide bombings and shootings in Paris in "
            "November.")
    found = sorted((e.country, e.date) for e in events(nlp, text) if e.type == "attack")
    assert ("FR", "2023-11") in found
    # ... but a run counted since a year sums up a record
    text = "The Islamic State has been blamed for a spate of deadly attacks in Turkey since 2015."
    assert [e for e in events(nlp, text) if e.type == "attack"] == []
