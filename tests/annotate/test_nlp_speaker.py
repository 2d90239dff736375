"""Hyphenated ranks ("Brig.-Gen.") are one token, so the name after them stays in its sentence and keeps its tag."""

from __future__ import annotations

from spacy.language import Language


def test_hyphenated_rank_is_one_token(nlp: Language) -> None:
    doc = nlp.make_doc("his deputy, Brig.-Gen. Abdullahi Ibrahim, told journalists")
    assert "Brig.-Gen." in [t.text for t in doc]


def test_deputy_named_after_hyphenated_rank_is_not_the_subject(nlp: Language) -> None:
    doc = nlp(
        "Buba, who was represented at the briefing by his deputy, Brig.-Gen. Abdullahi Ibrahim, told journalists "
        "that arms were recovered from the terrorists."
    )
    told = next(t for t in doc if t.text == "told")
    assert len(list(doc.sents)) == 1
    assert [t.text for t in told.children if t.dep_ == "nsubj"] == ["Buba"]


def test_name_after_hyphenated_rank_stays_a_person(nlp: Language) -> None:
    doc = nlp("A statement by Director Army Public Relations Brig.-Gen. Onyema Nwachukwu Monday, said troops left.")
    assert ("Onyema Nwachukwu", "PERSON") in [(e.text, e.label_) for e in doc.ents]
