"""Attacks missed on Asian, Middle-Eastern and European pages, thirty-seventh session (short sentences written for the
tests, after train pages): a date's number before a plural attack noun taken for a count of attacks, the dead "killed in
blast" of a title told without an article, and a siege told with those who laid it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2016-01-20")


def _attacks(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.place) for e in events(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_a_dated_plural_is_no_count_of_attacks(nlp: Language) -> None:
    # "13" and "November" name the day: the attacks are one known episode, not thirteen of them
    found = _attacks(nlp, "The council condemned the 13 November attacks in Paris.")
    assert [d for d, p in found if p == "Paris"] == ["2015-11-13"]
    # a count that is no date still makes a tally
    assert not _attacks(nlp, "The group has carried out 340 attacks in Iraq.")


@pytest.mark.model
def test_killed_in_blast_told_without_an_article(nlp: Language) -> None:
    found = [e for e in events(nlp, "Five killed in blast near Kabul mosque") if e.type == "attack"]
    assert [(e.place, e.killed) for e in found] == [("Kabul", 5)]
    # the idiom the rule was written for stays none
    assert not [e for e in events(nlp, "The workers went on strike in Kabul.") if e.type in ("attack", "strike")]


@pytest.mark.model
def test_a_siege_counts_with_those_who_laid_it(nlp: Language) -> None:
    lede = "The Maute group is active in Lanao del Sur in the southern Philippines. "
    assert _attacks(nlp, lede + "In May 2015, about 500 militants laid siege on Marawi.") == [("2015-05", "Marawi")]
    told = lede + "He was involved in the May 2015 siege of Marawi by the Maute group."
    assert [d for d, _p in _attacks(nlp, told)] == ["2015-05"]
    # told with no one laying it, the siege is a time or a state
    assert not _attacks(nlp, lede + "He was wounded in the 2015 Marawi siege.")
    assert not _attacks(nlp, lede + "The army broke the siege of Marawi last year.")


@pytest.mark.model
def test_a_kabul_district_locates_an_attack_in_afghanistan(nlp: Language) -> None:
    # the district alone, with no city named: the gazetteer knows it, so the attack is in Afghanistan
    text = "On Friday, seven people were killed in a blast near a mosque in Wazir Akbar Khan."
    assert [e.country for e in events(nlp, text) if e.type == "attack"] == ["AF"]
    text = "On Friday, a suicide bomber struck a school in Dashti Barchi, killing 19 students."
    assert [e.country for e in events(nlp, text) if e.type == "attack"] == ["AF"]


@pytest.mark.model
def test_an_attack_told_after_a_habit_is_past(nlp: Language) -> None:
    # "continuing" above it is a habit of the main clause; what the "after" phrase tells had happened
    text = ("The militants are continuing to recruit fighters after the bomb attack that killed 12 people in Cotabato "
            "City on January 4.")
    assert [(e.date, e.killed) for e in events(nlp, text) if e.type == "attack"] == [("2016-01-04", 12)]
