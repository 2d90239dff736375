"""Figures, thirty-first session (yb): a bare number after "the injury of" / "the death of", fighters and soldiers
counted as "elements", and a count a scraper glued to its casualty word ("169injuries")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.clean.prepare import normalise_text
from sitroom.extract.figures import FigureExtractor
from sitroom.models import Figure

pytestmark = pytest.mark.model


def _values(bare_nlp: Language, text: str) -> set[tuple[float, str]]:
    doc = bare_nlp(text)
    doc._.doc_id = "d31yb"
    doc._.timexes = None
    FigureExtractor()(doc)
    figures: list[Figure] = list(doc._.figures)
    return {(f.value, f.unit) for f in figures}


@pytest.mark.parametrize(("text", "value"), [
    ("The channel reported the death of one soldier and the injury of five.", 5),
    ("Officials confirmed the killing of 12 in the village.", 12),
])
def test_a_bare_number_after_a_casualty_event_counts_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


def test_elements_are_people(bare_nlp: Language) -> None:
    text = "Some 12 assailants were killed and 6 elements of the rapid intervention battalion were wounded."
    assert (6, "people") in _values(bare_nlp, text)


@pytest.mark.parametrize(("raw", "fixed"), [
    ("Reports indicated 31 deaths and 169injuries, but the toll rose.",
     "Reports indicated 31 deaths and 169 injuries, but the toll rose."),
    ("The raid killed 71civilians and five soldiers.", "The raid killed 71 civilians and five soldiers."),
])
def test_a_count_glued_to_its_casualty_word_is_split(raw: str, fixed: str) -> None:
    assert normalise_text(raw) == [fixed]


@pytest.mark.parametrize("text", ["The camp is 5km away.", "It was the 2nd attack at 3pm in the 1990s."])
def test_other_glued_numbers_are_kept(text: str) -> None:
    assert normalise_text(text) == [text]


@pytest.mark.parametrize(("raw", "fixed"), [
    ("The attackers killed 9 people and injured 50.They planned it.",
     "The attackers killed 9 people and injured 50. They planned it."),
    ("He was killed in the state.The three were held.", "He was killed in the state. The three were held."),
])
def test_sentences_glued_at_a_full_stop_are_split(raw: str, fixed: str) -> None:
    assert normalise_text(raw) == [fixed]


@pytest.mark.parametrize("text", [
    "Read it at https://example.org/News.Aspx today.", "bdnews24.Com reported it.", "The U.S.Army said so.",
])
def test_addresses_and_capitals_keep_their_full_stops(text: str) -> None:
    assert normalise_text(text) == [text]


def test_a_bare_number_glued_to_the_next_sentence_is_read_as_the_wounded(bare_nlp: Language) -> None:
    text = normalise_text("The attackers killed 9 people and injured 50.They fled.")[0]
    assert (50, "people") in _values(bare_nlp, text)
