"""Figures, thirty-first session (yb): a bare number after "the injury of" / "the death of", fighters and soldiers
counted as "elements", and a count in a sentence a scraper glued to the next ("injured 50.They")."""

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


def test_a_bare_number_glued_to_the_next_sentence_is_read_as_the_wounded(bare_nlp: Language) -> None:
    text = normalise_text("The attackers killed 9 people and injured 50.They fled.")[0]
    assert (50, "people") in _values(bare_nlp, text)
