"""Quotes, twenty-third session (short sentences written for the tests): a headline-case title of any length
("Pro-Government Forces in Libya Attack ISIS Leftovers in Sirte") is no speech; a speaker the text only
describes as someone unnamed is left out also when the description opens its sentence with a capital ("One
said:", "Local sources told ...") or is the pronoun "one" or a plural of officials."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.extract.quotes import is_quotation


def test_a_headline_case_title_is_no_quotation() -> None:
    # a related story's title in the page's tail, longer than the six words of a short name
    assert not is_quotation("Pro-Government Forces in Libya Attack ISIS Leftovers in Sirte")
    assert not is_quotation("Not Hospital, Al-Shifa is Hamas Hideout & HQ in Gaza")
    assert not is_quotation("IS: The Security Perspective")


def test_speech_with_lower_case_words_or_a_full_stop_stays_a_quotation() -> None:
    assert is_quotation("We will hunt down the Islamic State Fighters")
    assert is_quotation("The Army Will Never Give Up.")  # a full stop ends a sentence, not a title
    assert is_quotation("ISIS is finished in Iraq and Syria")


def test_one_opening_the_sentence_names_no_speaker(bare_nlp: Language) -> None:
    text = ("Residents fled the town after the attack.\n\n"
            "One said: \u201cThey burned the houses and killed the men who stayed behind.\u201d\n")
    assert direct_quotes(bare_nlp, text) == []


def test_one_of_the_protesters_names_no_speaker(bare_nlp: Language) -> None:
    text = ("\u201cWe do not need food aid, but we want security,\u201d one of the protesters said when asked "
            "why they attacked the trucks.\n")
    assert direct_quotes(bare_nlp, text) == []


def test_capitalised_unnamed_sources_name_no_speaker(bare_nlp: Language) -> None:
    text = ("Local sources told the channel:\n"
            "\u201cSeveral militants attacked army points at dawn and killed ten soldiers.\u201d\n")
    assert direct_quotes(bare_nlp, text) == []


def test_a_named_person_opening_the_sentence_still_speaks(bare_nlp: Language) -> None:
    # a one-word name with its capital opening the sentence is no description
    text = ("Grace, an aid worker, appeared in the video.\n\n"
            "Grace said: \u201cPlease do something to release us from the camp.\u201d\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Grace"]
