"""Quote speakers (extract/quotes.py): which speech verb of a sentence credits a quotation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_speakers


@pytest.mark.model
def test_a_participle_inside_the_reported_clause_leaves_the_speaker_to_the_reporting_verb(nlp: Language) -> None:
    text = ("Army spokesman Onyema Nwachukwu spoke to reporters in Maiduguri on Monday. He added that Boko Haram lost "
            "four fighters in the battle, describing it as “the worst clash between the two groups since they began "
            "attacking each other.”\n")
    assert direct_speakers(nlp, text) == ["Onyema Nwachukwu"]


@pytest.mark.model
def test_a_parenthetical_he_said_credits_a_gerund_of_what_he_reported(nlp: Language) -> None:
    text = ("The Central Sulawesi Police said the suspects were known as Nae and Askar. Police spokesman Ahmad "
            "Ramadhan said 24 people were arrested on Saturday.\n\n"
            "They stood accused, he said, of supporting the group, planning to join it or pledging allegiance to its "
            "leader by \"reading a text message circulated on their WhatsApp group\".\n")
    assert direct_speakers(nlp, text) == ["Ahmad Ramadhan"]


@pytest.mark.model
def test_a_participle_completing_a_passive_verb_keeps_that_verbs_subject_as_speaker(nlp: Language) -> None:
    text = ("Gen Asadi said that in intercepted radio communications IS fighters were heard saying that \"this is our "
            "headquarters and we will never leave this area\".\n")
    assert direct_speakers(nlp, text) == ["Islamic State"]


@pytest.mark.model
def test_according_to_a_statement_names_its_source_whatever_outlet_reported_it(nlp: Language) -> None:
    text = ("The Iraqi Ministry of Interior arrested 10 suspects. “Through continuous monitoring of ISIS gangs in "
            "Nineveh Governorate, the intelligence arrested 10 terrorists in separate areas,” according to a "
            "statement by the ministry, Shafaq News reported.\n")
    assert direct_speakers(nlp, text) == ["Iraqi Ministry of Interior"]
