"""Linking, forty-seventh session: an event noun named by its doer's possessive ("ISM's attack ... is the second such
incursion") is restated by what it is said to be, one event (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-20")


@pytest.mark.model
def test_a_possessed_attack_said_to_be_the_second_such_incursion_is_one_event(nlp: Language) -> None:
    found = events(nlp, "ISM in September led attacks across six districts, from Balama in the southwest of Cabo "
                        "Delgado to Mocimboa da Praia in the north. \u201cISM\u2019s attack on civilians in Mocimboa "
                        "da Praia town on September 7 is just the second such incursion since September 2021,\u201d "
                        "ACLED said in an update.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-09-07")]

