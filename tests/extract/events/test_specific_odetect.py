"""Specific operations: a deed coordinated with an urging word is not urged."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_11_17 = events_dated("2024-11-17")


# Modality: a verb coordinated with a word of urging or wanting is a deed of its own, not what is urged ("wanted for
# crimes", which the parser may read as the sentence's verb, urges no arrest).

@pytest.mark.model
def test_an_arrest_beside_wanted_for_crimes_is_asserted(nlp: Language) -> None:
    text = ("Three individuals, wanted for high-profile crimes and believed to have links to two local terror groups, "
            "were arrested by a police team in a residential area in Cotabato City on Saturday, November 16.")
    assert [(e.type, e.date) for e in events_on_2024_11_17(nlp, text)] == [("operation", "2024-11-16")]


@pytest.mark.model
def test_an_arrest_urged_stays_unreported(nlp: Language) -> None:
    found = events_on_2024_11_17(nlp, "The governor urged the police to arrest the militants in Cotabato City.")
    assert [e for e in found if e.type == "operation"] == []
