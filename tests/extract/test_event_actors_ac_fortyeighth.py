"""Actors, forty-eighth session (ac; short sentences written for the tests): an arrest in Tripoli by the force the
press calls the Special Deterrent Force is the Special Deterrence Force's, not the government's it serves nor
another Libyan force named on the page."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2017-06-12")


def test_the_deterrent_force_s_arrest_is_the_special_deterrence_force_s(nlp: Language) -> None:
    found = events(nlp, "The Tripoli-based Special Deterrent Force arrested two Islamic State militants in Tripoli "
                        "on Monday. Al-Bunyan Al-Marsous forces drove the group out of Sirte last year.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"][:1] == [
        ("operation", "Special Deterrence Force")]
