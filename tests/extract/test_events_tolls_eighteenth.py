"""Which toll an attack keeps (eighteenth session, task go; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_a_scale_word_multiplies_the_number_before_it(nlp: Language) -> None:
    assert tolls(nlp, "The suicide blast at the mosque in Islamabad on Friday has killed three dozen people and "
                      "injured 169.") == [(36, 169)]
    assert tolls(nlp, "Gunmen killed two hundred villagers in Tchombangou on Saturday.") == [(200, None)]
    # a scale word alone keeps its own value
    assert tolls(nlp, "Gunmen killed a dozen villagers and wounded a hundred in Tchombangou on Saturday.") == [
        (12, 100)]


def test_injuries_measured_by_degree_are_wounded(nlp: Language) -> None:
    assert tolls(nlp, "ISWAP fighters attacked Kuje on Tuesday, killing four inmates, while 16 others sustained "
                      "varying degrees of injuries.") == [(4, 16)]
    # what the object measures must be an injury
    assert tolls(nlp, "ISWAP fighters attacked Kuje on Tuesday, killing four inmates, while 16 others sustained a "
                      "loss of property.") == [(4, None)]
