"""Quote speakers on real-page habits (short sentences written for the tests): a surname the NER took for a
one-word body ("Islam") after a full name behind an office noun ("Unit Chief Monirul Islam") is that person."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes]


@pytest.mark.model
def test_a_surname_taken_for_a_body_is_the_person_named_after_an_office_noun(nlp: Language) -> None:
    text = ("Bangladesh's Counter-Terrorism Police Unit Chief Monirul Islam said that the operation was over.\n\n"
            "After the first operation, Islam said \"Seven bodies were found scattered at the militant den in "
            "the district\".\n")
    assert _speakers(nlp, text) == ["Monirul Islam", "Monirul Islam"]


@pytest.mark.model
def test_a_known_body_named_by_one_word_stays_the_body(nlp: Language) -> None:
    text = ("Police chief John Reuters visited the town on Monday.\n\n"
            "\"The attackers fled towards the forest after the raid on the camp,\" Reuters said.\n")
    assert "John Reuters" not in _speakers(nlp, text)


@pytest.mark.model
def test_a_missed_name_closing_an_office_subject_holds_the_office(nlp: Language) -> None:
    # a real train sentence (ca312): the parser hung the name on the last noun of the office's description and
    # the NER missed the hyphenated name, so the quote fell back to the person named before
    text = ("Babila Bakwanza, a civil society leader, said the attack killed ten people.\n\n"
            "Faced with this renewed violence, the coordinator of the civil society force of Mambasa, Marie-Noëlle "
            "Anotane asks the authorities “to strengthen the positions of the military to pursue the enemy”.\n")
    assert _speakers(nlp, text)[-1] == "Marie-Noëlle Anotane"


@pytest.mark.model
def test_a_place_closing_an_office_subject_is_no_name(nlp: Language) -> None:
    text = ("Babila Bakwanza, a civil society leader, said the attack killed ten people.\n\n"
            "The coordinator of the civil society of the town, he asked the authorities “to strengthen the "
            "positions of the military to pursue the enemy”.\n")
    assert "Babila Bakwanza" in _speakers(nlp, text)
