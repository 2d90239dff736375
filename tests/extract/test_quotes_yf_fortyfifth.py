"""Quote speakers (session 45, fix-yf), on short sentences written for the tests: a lone surname closing a full name
given after an office ("Minister of Information ...") is that person, the office's domain left out of the name;
"police said" with no police named is the national police of the country the text is about, and "the law
enforcement body" after it that police."""

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


@pytest.mark.model
def test_bare_police_is_the_national_police_of_the_country(nlp: Language) -> None:
    text = ("Two bombs went off in Kampala, the capital of Uganda, on Saturday night. Uganda has seen such blasts "
            "before.\n\n"
            "“The suspects planted the devices in an empty house and fled before the blast,” said police.\n\n"
            "“Our team is working to find the men who rented the house,” said the law enforcement body.\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Uganda Police Force", "Uganda Police Force"]


@pytest.mark.model
def test_a_known_bodys_acronym_before_a_name_makes_no_office(nlp: Language) -> None:
    # "(NAF) Alpha Jet": the NER takes the aircraft for a person; the air force is a body, not an office it holds
    text = ("Two Nigerian Air Force (NAF) Alpha Jet aircraft struck a militant camp near the lake on Tuesday.\n\n"
            "“The bombs from the aircraft hit the compounds and destroyed the vehicles parked there,” the Nigerian "
            "Air Force said.\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Nigerian Air Force"]


@pytest.mark.model
def test_statement_from_a_person_opening_the_clause_is_the_persons(nlp: Language) -> None:
    # the parser makes the body closing the issuer's title the subject of "said"
    text = ("Troops cleared a militant camp near the river on Monday.\n\n"
            "A statement from Musa Danladi, Director of Army Public Relations, Nigerian Army said the troops recovered "
            "several rifles and a gun truck during the operation.\n\n"
            "“The troops also rescued twelve women and children held in the camp.”\n")
    assert [q.speaker for q in nlp(text)._.quotes] == ["Musa Danladi", "Musa Danladi"]


@pytest.mark.model
def test_a_platform_naming_the_statement_is_where_it_was_posted_not_who_spoke(nlp: Language) -> None:
    text = ("French forces killed the leader of the group in a strike, President Jean-Marc Duval announced on "
            "Thursday.\n\n"
            "“The nation thinks this evening of all its soldiers who died in the desert,” Duval’s Twitter "
            "statement reads.\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Jean-Marc Duval"]
