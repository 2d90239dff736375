"""Event actors, twenty-seventh session (short sentences written for the tests): a name the NER takes for an
organisation in one sentence ("crossed the river from Memba") while the page names the same words as a place is that
place, never the actor a pronoun ("they clashed with ...") refers back to."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-10-14")


@pytest.mark.model
def test_a_place_the_ner_took_for_an_organisation_is_no_actor(nlp: Language) -> None:
    found = events(nlp, "ISM fighters raided villages in Memba district on Monday, killing one soldier. On Tuesday, "
                        "a group of ISM militants crossed the Lurio river from Memba back into Chiure district. At "
                        "the village of Napala, they clashed with Mozambican troops.")
    napala = [e for e in found if e.place == "Napala"]
    assert len(napala) == 1 and napala[0].actor != "Memba"
