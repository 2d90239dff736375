"""Event mentions, thirty-fourth session (mh): a force that "has detained" thousands tells whom it holds, not an
operation; a perfect arrest of a few suspects in raids is still one (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-25")


@pytest.mark.model
def test_thousands_a_force_has_detained_are_its_prisoners(nlp: Language) -> None:
    text = ("The Syrian Democratic Forces have detained 10,000 ISIS fighters, a situation the minister described as "
            "untenable in the long run. Turkish police have detained 25 ISIS suspects in raids in Istanbul.")
    found = [(e.type, e.country) for e in events(nlp, text)]
    assert found == [("operation", "TR")]
