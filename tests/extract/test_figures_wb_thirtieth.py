"""Figures, thirtieth session (wb): bare numbers as the subject of a passive verb or of "a total of", those
left displaced or homeless, the size of "a group of" a bare number, a patrol's soldiers, and peoples named by
a plural the model does not know."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.figures import FigureExtractor
from sitroom.models import Figure

pytestmark = pytest.mark.model


def _values(bare_nlp: Language, text: str) -> set[tuple[float, str]]:
    doc = bare_nlp(text)
    doc._.doc_id = "d30wb"
    doc._.timexes = None
    FigureExtractor()(doc)
    figures: list[Figure] = list(doc._.figures)
    return {(f.value, f.unit) for f in figures}


@pytest.mark.parametrize(("text", "value"), [
    ("Some 1,000 have been brought back from the camp so far.", 1000),
    ("Police said five have been caught.", 5),
    ("A total of 550 were rescued.", 550),
])
def test_a_bare_number_subject_of_a_passive_verb_counts_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


@pytest.mark.parametrize(("text", "value"), [
    ("The conflict has left 2.5 million displaced across the region.", 2_500_000),
    ("About 430,000 have been left homeless by the fighting.", 430_000),
])
def test_the_displaced_and_homeless_are_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


def test_a_group_of_a_bare_number_is_its_size(bare_nlp: Language) -> None:
    assert (100, "members") in _values(bare_nlp, "The militants were in a group of about 100.")
    assert (20, "people") in _values(bare_nlp, "A group of 20 was killed in the strike.")
    assert _values(bare_nlp, "The leaders of the Group of Seven met in Rome.") == set()


def test_a_patrols_soldiers_are_a_force(bare_nlp: Language) -> None:
    assert (52, "troops") in _values(bare_nlp, "A patrol of 52 Nigerien soldiers was ambushed.")


def test_a_plural_people_name_counts_people(bare_nlp: Language) -> None:
    assert (10, "people") in _values(bare_nlp, "Ten Uighurs initially joined the group.")
    assert {(3, "people"), (2, "people")} <= _values(bare_nlp, "Police arrested three Uzbeks and two Tajiks.")
