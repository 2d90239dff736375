"""Quote speakers (session 45, fix-yf), on short sentences written for the tests: a lone surname closing a full name
given after an office ("Minister of Information ...") is that person, the office's domain left out of the name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.quotes import QuoteExtractor


@pytest.mark.model
def test_lone_surname_takes_the_name_after_an_office_of_without_its_domain(bare_nlp: Language) -> None:
    # persons from the text alone (no entity step): the name runs on from the office's domain ("Information")
    doc = bare_nlp("Galmudug Minister of Information Abdiqani Fiqi Dhuhulow clarified that the amnesty remains open "
                   "to fighters who surrender. “This amnesty reflects our focus on reconciliation,” Dhuhulow told the "
                   "BBC Somali Service.\n")
    doc._.doc_id = "d1"
    doc._.entity_mentions = []
    doc._.timexes = []
    QuoteExtractor()(doc)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Abdiqani Fiqi Dhuhulow"]
