"""Quote speakers on real-page habits (short sentences written for the tests): a common noun between "said"
and an opening mark is the subject of the reported clause the quotation goes on with, not an inverted speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.model
def test_the_noun_after_said_before_the_mark_is_the_quoted_clauses_subject(nlp: Language) -> None:
    text = ("The Nigerian Army gave no details of the clash but said the militant commander \"personally directed "
            "multiple abductions of civilians and targeted killings of soldiers.\"\n")
    doc = nlp(text)
    quotes = [q for q in doc._.quotes if q.direct]
    assert [q.text[:19] for q in quotes] == ["personally directed"]
    assert quotes[0].speaker == "Nigerian Army"


@pytest.mark.model
def test_an_inverted_speaker_after_the_closing_mark_still_speaks(nlp: Language) -> None:
    text = ("\"Our troops will continue to pursue the terrorists in the forest,\" said the army spokesman, "
            "Lt. Col. Sani Uba.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Sani Uba"]
