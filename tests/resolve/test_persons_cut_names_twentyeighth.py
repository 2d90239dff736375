"""Session 28 person-name rules: the one name word the model leaves out at either end of a name is the name's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions


def persons(nlp: Language, text: str) -> set[str]:
    return {m.canonical for m in entity_mentions(nlp, text) if m.type == "person"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # a given name before the tagged "Mohamed Hussien" / "Mohamed Saleh"
    ("The trio, named as Abdik Mohamed Hussien and two others, have been arrested.", "Abdik Mohamed Hussien"),
    ("A finance minister, identified as Dawoud Mohamed Saleh, was arrested during a raid.", "Dawoud Mohamed Saleh"),
    # a surname after the tagged "Mohammed Arshad", before "of" and the town
    ("The agency identified Mohammed Arshad Warsi of Dehradun as the third accused.", "Mohammed Arshad Warsi"),
])
def test_persons_a_name_word_the_model_left_out_is_the_names(ents_nlp: Language, text: str, name: str) -> None:
    assert name in persons(ents_nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # after a determiner the word describes the person
    ("At the beginning of 2016, the Salafist Safia S., just 15 years old, stabbed a police officer.", "Safia S."),
    # an English noun after the name closes a byline
    ("The report was long.\nArutz Sheva Staff contributed to this report", "Arutz Sheva"),
])
def test_persons_a_description_or_a_credit_word_stays_out(ents_nlp: Language, text: str, name: str) -> None:
    found = persons(ents_nlp, text)
    assert name in found and not any(n != name and name in n for n in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # the word after "of" or "for" ends the office, not a given name
    ("The Inspector General of Police Joseph Boinett said two men were held.", "Joseph Boinett"),
    ("UN Deputy Secretary-General for Counter-Terrorism Vladimir Voronkov spoke on Monday.", "Vladimir Voronkov"),
])
def test_persons_the_last_word_of_an_office_stays_out(ents_nlp: Language, text: str, name: str) -> None:
    found = persons(ents_nlp, text)
    assert name in found and not any(n != name and name in n for n in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    # an English noun before the name is no given name
    ("Troops of 25 Task Force Brigade under Operations Hadin Kai in Damboa have killed terrorists.", "Operations"),
    # words followed by an acronym name a body: the NER's person there is not lengthened
    ("He was a member of the extremist organization Jemaah Anshorut Daulah, or JAD, which pledged allegiance to "
     "the Islamic State.", "Jemaah"),
])
def test_persons_a_noun_or_a_body_with_an_acronym_is_not_lengthened(ents_nlp: Language, text: str, word: str) -> None:
    assert not any(word in n for n in persons(ents_nlp, text))
