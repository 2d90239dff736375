"""An official's name the NER tags as an organisation, glued to the body's own words and the title ("Armed Forces
Spokesperson Tamer al-Rifai") or alone right after the title ("police spokesman Martinus Sitompul"): the person is a
person and the body its own mention (short sentences written for the tests, after the shapes of train pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _by_type(nlp: Language, text: str, kind: str) -> set[str]:
    return {m.canonical for m in nlp(text)._.entity_mentions if m.type == kind}


@pytest.mark.model
def test_body_title_and_hyphenated_name_in_one_span_are_the_body_and_the_person(nlp: Language) -> None:
    text = ("On Thursday, Armed Forces Spokesperson Tamer al-Rifai said that since the launch of the operation, "
            "71 militants have been killed.")
    mentions = nlp(text)._.entity_mentions
    assert "Tamer al-Rifai" in {m.canonical for m in mentions if m.type == "person"}
    assert not [m for m in mentions if m.type != "person" and "Rifai" in m.text]
    assert any(m.text == "Armed Forces" and m.type != "person" for m in mentions)


@pytest.mark.model
def test_name_right_after_a_lower_case_title_is_a_person(nlp: Language) -> None:
    text = "National police spokesman Martinus Sitompul said a man was arrested on Tuesday in Yogyakarta."
    assert "Martinus Sitompul" in _by_type(nlp, text, "person")
    assert "Martinus Sitompul" not in _by_type(nlp, text, "organization")


@pytest.mark.model
def test_a_title_of_several_words_is_no_body(nlp: Language) -> None:
    text = "The Public Prosecutor Al-Siddiq Al-Sour said the suspects had been detained."
    mentions = nlp(text)._.entity_mentions
    assert not [m for m in mentions if m.type != "person" and m.text in ("Public", "The Public")]


@pytest.mark.model
def test_a_title_word_used_as_an_adjective_names_no_person(nlp: Language) -> None:
    text = ("According to a statement posted on the official Puntland Counter-Terrorism Operations account, "
            "troops advanced.")
    assert not [p for p in _by_type(nlp, text, "person") if "Puntland" in p]


def test_personal_name_words() -> None:
    import spacy

    from sitroom.resolve.actors import _personal_name

    nlp = spacy.blank("en")
    for text, expected in (("Tamer al-Rifai", True), ("Klaus-Stephan Becker", True), ("Imran bin Mahmood", True),
                           ("Mak Hazukay", True), ("Becker", False), ("Intelligence Service", False),
                           ("of Staff", False), ("Abu Bakar Ali Hassan Omar", False)):
        doc = nlp(text)
        for t in doc:
            t.pos_ = "PROPN"
        assert _personal_name(doc[:], [None] * len(doc)) is expected, text
