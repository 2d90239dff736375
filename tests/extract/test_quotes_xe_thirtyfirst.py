"""Quote speakers and entity names on real-page habits (short sentences written for the tests): a titled person
the NER glued to the body named before a comma speaks, and what a quotation says does not tell whose ministry
an unowned "Interior Ministry" is."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.model
def test_a_titled_person_glued_to_a_body_across_a_comma_speaks(nlp: Language) -> None:
    text = ("In a statement on Facebook, Military Spokesperson Mohamed Samir said, “Troops from the Third Field Army "
            "seized a store of explosives north of Halal mountain.”\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes] == ["Mohamed Samir"]
    assert "Mohamed Samir" in [m.canonical for m in doc._.entity_mentions if m.type == "person"]


@pytest.mark.model
def test_a_body_and_a_comma_without_a_title_after_it_stay_a_body(nlp: Language) -> None:
    doc = nlp("The Ministry of Interior, Kabul said the attackers were arrested on Monday.\n")
    assert not [m for m in doc._.entity_mentions if m.type == "person"]


@pytest.mark.model
def test_an_adjective_inside_the_quotation_is_not_the_ministrys_state(nlp: Language) -> None:
    text = ("Gunmen killed 44 people at a mosque in southwestern Niger, the country’s Interior Ministry said on "
            "Saturday.\n\n“Around 2 p.m., while worshippers were praying, these heavily armed terrorists, with "
            "American M16 weapons, surrounded the mosque,” an Interior Ministry statement read.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes] == ["Nigerien Ministry of Interior"]
    ministries = {m.canonical for m in doc._.entity_mentions if "Ministry" in m.canonical}
    assert ministries == {"Nigerien Ministry of Interior"}


@pytest.mark.model
def test_an_adjective_outside_the_quotation_still_tells_the_state(nlp: Language) -> None:
    text = ("Tunisian security forces arrested five militants near Kasserine, the interior ministry said, adding "
            "that “the cell planned attacks on police stations”.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes] == ["Tunisian Ministry of Interior"]


@pytest.mark.model
def test_a_passive_charged_with_is_no_speech_the_verb_after_it_tells_who_spoke(nlp: Language) -> None:
    text = ("According to Neil Gaughan, the police assistant commissioner, the investigation had been a long one. "
            "Biber was charged with “incursions into foreign states with the intention of engaging in hostile "
            "activities” and could face up to 20 years in prison, Gaughan further said.\n")
    quotes = nlp(text)._.quotes
    assert [q.speaker for q in quotes if q.text.startswith("incursions")] == ["Neil Gaughan"]


@pytest.mark.model
def test_special_agent_in_charge_is_an_office_before_the_name(nlp: Language) -> None:
    text = ('"He allegedly attempted to provide support to a foreign terrorist organization," said Special Agent '
            "in Charge Cheyvoryea Gibson of the FBI Detroit Field Office.\n")
    assert [q.speaker for q in nlp(text)._.quotes] == ["Cheyvoryea Gibson"]
