"""Event actors, thirty-seventh session (mf): a country in the place phrase of the doers is where they were, not who
they are (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-02-10")


def test_a_country_where_the_attackers_were_is_no_actor(nlp: Language) -> None:
    found = events(nlp, "A civilian convoy escorted by the army was attacked by suspected jihadists in Mali, near Gao. "
                        "The attack left at least 32 people dead. Five trucks were destroyed during the assault, which "
                        "is suspected to have been carried out by members of the Islamic State.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Sahel Province")]
