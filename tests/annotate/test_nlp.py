"""The pipeline nlp() builds (annotate/nlp): a group's acronym that is also an English word ("IS") is read as a name by
the model, so the parse no longer makes it the sentence's verb; the subject, the claim and the toll it carries are kept,
and the text and the lower-cased form the rules read stay as written."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# the reference days the tests' sentences are written around
events_on_2024_01_25 = events_dated("2024-01-25")


@pytest.mark.model
def test_the_acronym_gets_the_groups_name_form_and_keeps_its_text(nlp: Language) -> None:
    doc = nlp("The IS said it killed five soldiers. He is here.")
    acronym = doc[1]
    assert (acronym.text, acronym.lower_, acronym.norm_) == ("IS", "is", "isis")
    assert acronym.pos_ == "PROPN" and acronym.dep_ == "nsubj"
    assert [t.norm_ for t in doc if t.lower_ == "is" and t.text == "is"] == ["is"]  # the verb is untouched


@pytest.mark.model
def test_an_attack_claimed_by_the_acronym_keeps_its_toll_and_claim(nlp: Language) -> None:
    found = events_on_2024_01_25(nlp, "An attack claimed by IS killed at least five people in Kirkuk on Monday.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 5, True)]


@pytest.mark.model
def test_a_count_of_the_groups_inmates_is_a_figure(nlp: Language) -> None:
    doc = nlp("Ghwayran prison in the city of Hasakeh held an estimated 3,500 IS inmates when the attack began.")
    assert [(f.value, f.unit) for f in doc._.figures] == [(3500.0, "people")]


@pytest.mark.model
def test_a_superlatives_since_is_no_tally_of_the_toll(nlp: Language) -> None:
    found = events_on_2024_01_25(
        nlp, "Islamic State fighters attacked a prison in Hasakeh on Thursday. The brazen jailbreak attempt "
             "and ensuing clashes left more than 180 dead in the jihadists' most high-profile military "
             "operation since the loss of their caliphate three years ago.")
    assert [(e.type, e.killed) for e in found] == [("attack", 180)]


@pytest.mark.model
def test_the_groups_members_confronting_troops_during_an_operation_make_no_attack(nlp: Language) -> None:
    # parsed right, "IS members confronted ... troops" is the group's side of the troops' operation, not its raid
    found = events_on_2024_01_25(
        nlp, "Centcom said that during an operation conducted in western Iraq early Thursday, IS members "
             "confronted American and Iraqi troops.")
    assert [e.type for e in found] == ["operation"]


# Hyphenated ranks ("Brig.-Gen.") are one token, so the name after them stays in its sentence and keeps its tag.

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
