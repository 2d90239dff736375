"""Quote speakers on real-page habits (short sentences written for the tests): a partial quotation without a speech
verb whose subject is "he" or "she", right after a named body's statement, goes on quoting the statement (a body is
no "he": the pronoun is the person the statement describes); an unnamed source does not go on that way."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


@pytest.mark.model
def test_a_pronoun_described_by_a_bodys_statement_does_not_speak_its_words(nlp: Language) -> None:
    text = ("Singapore has detained Ahmed Musa under the Internal Security Act, the Ministry of Home Affairs said on "
            "Tuesday.\n\n"
            "The statement from the ministry said that Mr Musa began to be radicalised in 2013 by listening to "
            "“foreign religious preachers, including those who preached about the end-times.”\n\n"
            "The following year, he began to want to live under “the so-called caliphate in Syria and Iraq.”\n")
    # (on a page about Singapore the ministry is the knowledge base's Singaporean one)
    assert _speakers(nlp, text) == ["Ministry of Home Affairs (Singapore)"] * 2


@pytest.mark.model
def test_an_unnamed_source_does_not_go_on_speaking_for_the_pronoun(nlp: Language) -> None:
    text = ("Soldiers who escaped the ambush were all Mozambicans, according to one of the paper's local sources.\n\n"
            "Brigadier Ronald Rwivanga denied the claim. He dismissed it as “very fake news written by a blogger.”\n")
    assert _speakers(nlp, text) == ["Ronald Rwivanga"]


@pytest.mark.model
def test_a_quote_hanging_from_a_subordinate_clause_is_its_subjects(nlp: Language) -> None:
    text = ("Although the Multinational Joint Task Force launched an operation in February aimed at “making islands "
            "and other settlements in Lake Chad untenable for the terrorists”, there is no evidence that the "
            "troops have retaken the town.\n")
    assert _speakers(nlp, text) == ["Multinational Joint Task Force"]


@pytest.mark.model
def test_a_relative_pronoun_subject_gives_no_clause_speaker(nlp: Language) -> None:
    text = ("Police arrested Ali Musa in Kano on Monday.\n\n"
            "There is no doubt that the man, who had travelled to Syria to live under “the so-called caliphate of "
            "the group in Iraq and Syria”, is a danger.\n")
    assert "Ali Musa" not in _speakers(nlp, text)
