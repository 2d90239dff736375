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


@pytest.mark.model
def test_isd_is_singapores_security_service_unless_the_think_tank_is_written_out(ents_nlp: Language) -> None:
    detained = "ISD has detained a 17-year-old under the Internal Security Act, the ministry said in Singapore."
    assert canonicals(ents_nlp, detained, "ISD") == {"Internal Security Department"}
    tracked = ("Researchers at the Institute for Strategic Dialogue tracked the accounts. ISD said the videos "
               "spread quickly.")
    assert canonicals(ents_nlp, tracked, "ISD") == {"Institute for Strategic Dialogue"}
