"""Quote speakers on real-page habits (short sentences written for the tests): a common noun between "said"
and an opening mark is the subject of the reported clause the quotation goes on with, not an inverted speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.model
def test_the_noun_after_said_before_the_mark_is_the_quoted_clauses_subject(nlp: Language) -> None:
    text = ("Mali's armed forces said on Monday they had killed a senior Islamic State commander.\n"
            "The army gave no details of the clash but said the militant leader “personally directed multiple "
            "abductions of civilians and targeted killings of soldiers and local residents.”\n")
    doc = nlp(text)
    quotes = [q for q in doc._.quotes if q.direct]
    assert [q.text[:19] for q in quotes] == ["personally directed"]
    assert quotes[0].speaker == "Malian Armed Forces"


@pytest.mark.model
def test_an_inverted_speaker_after_the_closing_mark_still_speaks(nlp: Language) -> None:
    text = ("\"Our troops will continue to pursue the terrorists in the forest,\" said the army spokesman, "
            "Lt. Col. Sani Uba.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Sani Uba"]


@pytest.mark.model
def test_the_one_quoted_as_saying_is_the_passive_subject_after_the_opening_phrase(nlp: Language) -> None:
    text = ("President Muhammadu Buhari declared that peace had been restored in the three states.\n\n"
            "At the induction and inauguration of newly acquired helicopters, two reactivated Alpha Jets and one "
            "L39ZA aircraft, belonging to the Nigerian Air Force, the President was quoted as saying:\n\n"
            "\"The successes we have achieved so far have restored some level of stability in the North-East.\"\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Muhammadu Buhari"]


@pytest.mark.model
def test_the_one_quoted_by_an_agency_as_saying_speaks_not_the_agency(nlp: Language) -> None:
    text = ("Abu Walid al-Sahrawi leads the Islamic State in the Greater Sahara.\n\n"
            "\"We claim the attack which targeted the American commandos in the village of Tongo Tongo,\" "
            "Sahrawi, who rarely makes public statements, was quoted by ANI as saying.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Adnan Abu Walid al-Sahrawi"]
