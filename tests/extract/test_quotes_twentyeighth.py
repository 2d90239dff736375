"""Quotes, twenty-eighth session (short sentences written for the tests, some shortened from train pages): an
opening mark typed before a comma closes the quote; an opening participle the parser made the subject ("Cited by
Radio X, the spokesperson ..., Name, said") leaves the speaking to the name set in apposition; "continuing to
'...'" is no speech; a short form's bracket typed against the name ("Air force(NAF)") and a misspelt air rank
("Air Vice Marshall") no longer hide the speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

from sitroom.extract.quotes import find_quote_spans

direct = direct_quotes_dated("2024-05-02")


def test_an_opening_mark_before_a_comma_closes_the_quote_even_after_a_space() -> None:
    text = ("They were held in order to \u201cquestion all the people involved in its activities \u201c, according "
            "to the statement.")
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["question all the people involved in its activities"]


@pytest.mark.model
def test_the_name_in_apposition_to_an_opening_participle_speaks(nlp: Language) -> None:
    found = nlp("Cited by Radio Mozambique, the police spokesman, Orlando Mudumane, said that the terrorists had "
                "met resistance.")._.quotes
    assert [q.speaker for q in found] == ["Orlando Mudumane"]


@pytest.mark.model
def test_a_quoted_infinitive_of_continuing_is_no_speech_the_according_to_body_speaks(nlp: Language) -> None:
    found = direct(nlp, "Moroccan security services dismantled a cell of militants. They were placed in custody and "
                        "the investigation is continuing to \u201cdetermine the regional and international links of "
                        "this cell\u201d, according to the statement of the BCIJ.")
    assert [q.speaker for q in found] == ["Central Bureau of Judicial Investigations"]


@pytest.mark.model
def test_a_body_with_its_short_form_glued_in_brackets_speaks(nlp: Language) -> None:
    found = [q.speaker for q in nlp("The Nigerian Air force(NAF), said an airstrike conducted by its Air "
                                    "Component had killed scores of terrorists.")._.quotes]
    assert found == ["Nigerian Air Force"]


@pytest.mark.model
def test_a_misspelt_air_rank_is_a_title_not_part_of_the_name(nlp: Language) -> None:
    found = [q.speaker for q in nlp("NAF Director of Public Relations and Information, Air Vice Marshall Edward "
                                    "Gabkwet, said the operation was successfully executed.")._.quotes]
    assert found == ["Edward Gabkwet"]
