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
