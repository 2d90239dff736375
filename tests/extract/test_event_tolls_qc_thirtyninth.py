"""Casualties, thirty-ninth session (short sentences written for the tests): counted subjects the parser split a
listed subject into ("20 of the militia's members and 40 villagers died": "20" and "villagers" both subjects of
"died", the "and" left on the first) are summed, as the conventions add split tolls up; "as many" people listed after
a count are as many as it counts ("three policemen and as many civilians" = 6)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate import make_doc
from sitroom.extract.events.syntax import _split_subjects

events = events_dated("2024-01-03")
ATTACK = "Suspected jihadists attacked the villages of Tamalat and Insinane in Mali on Tuesday. "


@pytest.mark.model
def test_a_count_with_an_of_phrase_listed_with_another_count_of_the_dead_is_summed(nlp: Language) -> None:
    found = events(nlp, ATTACK + "Officials said about 20 of the militia’s members and 40 villagers died.")
    assert [(e.type, e.killed) for e in found if e.killed is not None] == [("attack", 60)]


@pytest.mark.model
def test_a_count_with_an_of_phrase_listed_with_another_count_of_the_killed_is_summed(nlp: Language) -> None:
    found = events(nlp, ATTACK + "The mayor said that 12 of the village's guards and 30 civilians were killed.")
    assert [(e.type, e.killed) for e in found if e.killed is not None] == [("attack", 42)]


@pytest.mark.model
def test_split_subjects_are_the_two_counted_subjects_joined_by_and(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, ATTACK + "Officials said about 20 of the militia’s members and 40 villagers died.", "t",
                       "2024-01-03"))
    died = next(t for t in doc if t.lower_ == "died")
    assert [t.text for t in _split_subjects(died)] == ["20", "villagers"]


@pytest.mark.model
def test_a_subject_listed_by_the_parser_has_no_split_subjects(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, ATTACK + "The mayor said that 12 of the guards and 30 civilians had died.", "t",
                       "2024-01-03"))
    died = next(t for t in doc if t.lower_ == "died")
    assert _split_subjects(died) == []
    assert [(e.type, e.killed) for e in doc._.events if e.killed is not None] == [("attack", 42)]


@pytest.mark.model
def test_as_many_counts_as_many_as_the_people_listed_before_it(nlp: Language) -> None:
    found = events(nlp, "Islamic State fighters attacked a checkpoint near Kirkuk on Monday, killing three policemen "
                        "and as many civilians.")
    assert [(e.type, e.killed) for e in found] == [("attack", 6)]


@pytest.mark.model
def test_as_many_in_a_listed_subject_counts_as_many_as_the_first(nlp: Language) -> None:
    found = events(nlp, "Three soldiers and as many civilians were killed when Islamic State fighters attacked a "
                        "checkpoint near Kirkuk on Monday.")
    assert [(e.type, e.killed) for e in found] == [("attack", 6)]


@pytest.mark.model
def test_as_many_as_a_number_is_that_number(nlp: Language) -> None:
    found = events(nlp, "Islamic State fighters attacked a checkpoint near Kirkuk on Monday, killing two soldiers and "
                        "as many as ten civilians.")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]
