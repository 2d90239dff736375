"""Actors, twenty-ninth session (short sentences written for the tests): "AFP" is the Australian Federal Police on a
page about Australia, and a photo credit keeps the news agency."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions


def canonicals(nlp: Language, text: str, form: str) -> set[str]:
    return {m.canonical for m in entity_mentions(nlp, text) if m.text == form}


@pytest.mark.model
def test_the_afp_on_an_australian_page_is_the_federal_police(ents_nlp: Language) -> None:
    text = ("A Melbourne man was charged in Australia after returning from Syria. His travel back to Australia was "
            "negotiated between the man, the AFP and Victoria Police. Australian officials in Canberra said the "
            "AFP would oppose bail in Australia.")
    assert canonicals(ents_nlp, text, "AFP") == {"Australian Federal Police"}


@pytest.mark.model
def test_a_photo_credit_stays_the_news_agency_where_the_federal_police_is_written_out(ents_nlp: Language) -> None:
    text = ("Andika—AFP/Getty Images Police search houses in Kediri, Indonesia. Indonesian police arrested nine "
            "suspects after receiving leads from the Australian Federal Police, officials said.")
    assert canonicals(ents_nlp, text, "AFP") == {"Agence France-Presse"}
