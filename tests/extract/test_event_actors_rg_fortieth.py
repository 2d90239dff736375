"""Event actors, fortieth session (rg): the body a possessive owner precedes is the one that acted (short sentences
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2023-11-20")


def test_the_owned_unit_acts_not_its_owner(nlp: Language) -> None:
    found = events(nlp, "The National Police's Anti-terror Detachment 88 arrested two terrorism suspects in Jakarta "
                        "on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Special Detachment 88")]


def test_an_owner_alone_still_acts(nlp: Language) -> None:
    found = events(nlp, "The National Police arrested two terrorism suspects in Jakarta on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "National Police")]
