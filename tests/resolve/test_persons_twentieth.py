"""Session 20 person-name rules: a religious title the conventions keep in front of a name."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_a_kept_religious_title_names_the_person_on_every_mention(ents_nlp: Language) -> None:
    text = ("Police arrested Mufti Suhail Ahmed in Peshawar on Monday. Officials said Ahmed had recruited "
            "fighters for the group.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Suhail Ahmed") == {"Mufti Suhail Ahmed"}
    assert canonicals(ms, "Ahmed") == {"Mufti Suhail Ahmed"}


def test_other_honorifics_stay_out_of_the_name(ents_nlp: Language) -> None:
    # "Maulana" and courtesy titles are not part of the name the conventions write
    ms = mentions(ents_nlp, "Maulana Fazlur Rehman and Mr. John Smith met in Islamabad on Monday.")
    assert canonicals(ms, "Fazlur Rehman") == {"Fazlur Rehman"}
    assert canonicals(ms, "John Smith") == {"John Smith"}
    # a well-known figure keeps the name analysts use
    ms = mentions(ents_nlp, "A recording of Sheikh Abu Bakr al-Baghdadi was released on Monday.")
    assert canonicals(ms, "Abu Bakr al-Baghdadi") <= {"Abu Bakr al-Baghdadi"}


def test_a_malaysian_honour_is_no_part_of_the_name(ents_nlp: Language) -> None:
    # "Tan Sri" before the name kept the NER's whole span as the name, and "Khalid" alone found no full name
    text = ("Inspector-General of Police, Tan Sri Khalid Abu Bakar on Twitter said two of those arrested had recently "
            "returned from Syria.\nKhalid also congratulated the police on the arrests made.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Khalid Abu Bakar") == {"Khalid Abu Bakar"}
    assert canonicals(ms, "Khalid") == {"Khalid Abu Bakar"}
