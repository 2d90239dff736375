"""Bodies of states the actor knowledge base (data/actors.toml) knows: Kazakhstan's security service (sentences written
for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2019_01_14 = events_dated("2019-01-14")


@pytest.mark.model
def test_kazakhstans_national_security_committee_makes_its_arrest(nlp: Language) -> None:
    found = events_on_2019_01_14(
        nlp, "The National security Committee of Kazakhstan reported that during a special operation in Almaty it "
             "detained a group of five men who had planned attacks for the Islamic State.")
    assert [(e.type, e.actor) for e in found] == [("operation", "National Security Committee of Kazakhstan")]
