"""Actors, forty-ninth session (short sentences written for the tests): "national police" in lower case on a page
about Indonesia is the Indonesian National Police, as the capitalised "National Police" already was; elsewhere the
words keep whatever reading they had."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions


def canonicals(nlp: Language, text: str, form: str) -> set[str]:
    return {m.canonical for m in entity_mentions(nlp, text) if m.text == form}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "National police spokesman Budi Santoso said a man was arrested in Jakarta, Indonesia, on Friday.",
    "Gunmen attacked a post in Poso, Indonesia, the deputy national police chief said.",
])
def test_national_police_on_a_page_about_indonesia_are_indonesias(ents_nlp: Language, text: str) -> None:
    form = "National police" if text.startswith("National") else "national police"
    assert canonicals(ents_nlp, text, form) == {"Indonesian National Police"}


@pytest.mark.model
def test_national_police_on_a_page_about_another_country_are_not_indonesias(ents_nlp: Language) -> None:
    text = "The national police chief in Maputo, Mozambique, said three suspects were held."
    assert "Indonesian National Police" not in canonicals(ents_nlp, text, "national police")
