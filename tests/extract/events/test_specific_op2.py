"""Operations told by what a force did to the group's people (events/specific.py object verbs and their objects)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_01_25 = events_dated("2024-01-25")


def _operations(found: list) -> list:
    return [e for e in found if e.type == "operation"]


# A band of the group's people ("a convoy of terrorists") acted on by an object verb is those people.

@pytest.mark.model
def test_a_force_that_neutralizes_a_convoy_of_terrorists_makes_an_operation(nlp: Language) -> None:
    found = _operations(events_on_2024_01_25(
        nlp, "The Burkinabe armed forces located and neutralized a convoy of terrorists near Djibo on Monday."))
    assert [(e.country, e.date) for e in found] == [("BF", "2024-01-22")]


@pytest.mark.model
def test_a_convoy_of_anything_else_is_no_operation(nlp: Language) -> None:
    # the band stands for its "of" phrase only: a convoy of trucks is none of the group's people
    found = _operations(events_on_2024_01_25(
        nlp, "Nigerian troops intercepted a convoy of trucks in Borno on Monday."))
    assert found == []
