"""Operations, forty-seventh session (short sentences written for the tests, after real pages): an arrest whose
object points back at people an arrest told before took (a pronoun, "the suspects") is that arrest told again with
its place or its day, not a second operation; one of other people stays its own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-29")


@pytest.mark.model
def test_an_arrest_of_him_is_the_arrest_told_before(nlp: Language) -> None:
    text = ("A Chicago man was arrested on Tuesday on charges of trying to support the Islamic State. "
            "The FBI arrested him at his Chicago home on Tuesday morning.")
    assert [e.type for e in events(nlp, text)] == ["operation"]


@pytest.mark.model
def test_the_suspects_arrested_at_their_home_are_the_arrest_told_before(nlp: Language) -> None:
    text = ("Police in Mbale District have arrested four people suspected of links with the Allied Democratic "
            "Forces. The suspects were traced and arrested at their home in Namabasa village in Mbale District.")
    assert [e.type for e in events(nlp, text)] == ["operation"]


@pytest.mark.model
def test_other_suspects_arrested_elsewhere_are_another_arrest(nlp: Language) -> None:
    text = ("Police arrested two men suspected of links with the Islamic State in Jakarta on Monday. "
            "Police also arrested three other suspects in Surabaya on Wednesday.")
    assert [e.type for e in events(nlp, text)] == ["operation", "operation"]


@pytest.mark.model
def test_the_suspect_a_verb_before_it_took_is_not_one_told_before(nlp: Language) -> None:
    text = ("On March 12, troops arrested two Islamic State fighters near Monguno. On March 20, troops intercepted an "
            "ISWAP logistics supplier in the general area of Baga, the suspect was promptly arrested.")
    assert [e.type for e in events(nlp, text)] == ["operation", "operation"]


@pytest.mark.model
def test_him_arrested_weeks_later_in_another_town_is_one_more_arrest_of_a_sweep(nlp: Language) -> None:
    text = ("Police arrested four suspects in Malacca on March 3 for links with the Islamic State. "
            "Police arrested him in Kota Kinabalu on March 26 for joining the Islamic State.")
    assert [e.type for e in events(nlp, text)] == ["operation", "operation"]
