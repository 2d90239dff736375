"""Quote speakers on real-page habits (short sentences written for the tests): a lower-case ministry with its
"of" complement, a bare "the ministry" whose name the reported words give, a wire agency's bare-name dateline,
a police chief's multi-word office before the name, the Puntland army by its kind."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.model
def test_a_lower_case_ministry_of_defense_is_the_states_ministry(nlp: Language) -> None:
    doc = nlp("Gunmen attacked an Algerian military patrol south of the capital, wounding four gendarmes, the "
              "ministry of defense said.\n")
    assert [q.speaker for q in doc._.quotes] == ["Algerian Ministry of National Defence"]


@pytest.mark.model
def test_the_ministry_named_inside_the_reported_words_speaks(nlp: Language) -> None:
    text = ("Dushanbe, August 31, Interfax - The Tajik Interior Ministry has apprehended 14 citizens suspected of "
            "spreading ISIS ideas, the ministry said on Saturday.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes] == ["Tajik Ministry of Interior"]


@pytest.mark.model
def test_an_inspector_general_of_police_before_a_name_is_an_office(nlp: Language) -> None:
    text = ("Six men were arrested in Johor, Inspector-General of Police Mohamad Fuzi Harun said in a statement.\n"
            "\"All of them planned to escape to a neighboring country after the attacks,\" Muhamad Fuzi said.\n"
            "Mohamad Fuzi said the suspect had planned several attacks in Sabah.\n")
    doc = nlp(text)
    assert {q.speaker for q in doc._.quotes} == {"Mohamad Fuzi Harun"}
    persons = {m.canonical for m in doc._.entity_mentions if m.type == "person"}
    assert persons == {"Mohamad Fuzi Harun"}


@pytest.mark.model
def test_the_puntland_army_is_the_puntland_defence_forces(nlp: Language) -> None:
    text = ("According to a statement by the Puntland army, troops have killed numerous ISIS fighters.\n"
            "\"Over the course of 72 hours, our forces carried out successful assaults on Islamic State "
            "positions,\" the statement said.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Puntland Defence Forces"]


@pytest.mark.model
def test_a_one_word_source_described_as_an_analyst_is_the_person_he_stands_for(nlp: Language) -> None:
    text = ("In a series of tweets by Zagazola, a counter insurgency expert and security analyst in the Lake Chad "
            "region, the two fighters reportedly lost their way.\n\nHe wrote;\n\n"
            "“Two ISWAP fighters who came on a mission to fight Boko Haram surrendered to troops in Bama.”\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Zagazola"]


@pytest.mark.model
def test_a_place_described_after_a_comma_stays_a_place(nlp: Language) -> None:
    doc = nlp("The fighters fled to Bama, a town in Borno State, on Monday.\n")
    assert not [m for m in doc._.entity_mentions if m.type == "person"]


@pytest.mark.model
def test_russias_antiterrorism_committee_speaks_by_any_spelling(nlp: Language) -> None:
    text = ("Police stopped a cell linked to ISIS in Dagestan, according to a press release of the National "
            "antiterrorist Committee.\n"
            "“According to reports, all of them were included in the so-called sleeping cell,” said the NAC.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["National Anti-Terrorism Committee"]
