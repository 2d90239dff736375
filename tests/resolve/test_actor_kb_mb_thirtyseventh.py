"""Outlets the knowledge base knows (data/actors.toml) by an older name, on short sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.model
def test_reuter_is_the_reuters_agency(nlp: Language) -> None:
    text = ("\"The group has publicly aligned itself with the Islamic State since 2019 and kept its camps,\" according "
            "to a report by Reuter.\n")
    doc = nlp(text)
    assert {m.canonical for m in doc._.entity_mentions if m.text == "Reuter"} == {"Reuters"}
    assert [q.speaker for q in doc._.quotes] == ["Reuters"]


@pytest.mark.model
def test_the_kurdistan_regional_security_council_is_the_krsc(nlp: Language) -> None:
    text = "The Kurdistan Regional Security Council released the photos of three captured ISIS members on Thursday.\n"
    names = {m.text: m.canonical for m in nlp(text)._.entity_mentions}
    assert names["Kurdistan Regional Security Council"] == "Kurdistan Region Security Council"
