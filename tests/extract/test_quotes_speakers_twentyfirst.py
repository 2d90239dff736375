"""Quote speakers, twenty-first session (short sentences written for the tests): an office of several words
("the Deputy Prime Minister") refers back to its holder; a relative clause about a thing ("the acts that claimed
the lives of ...") names no speaker; "the statement" is the body whose statement the text named first ("a
Security Media Cell statement"); "according to X" closing a paragraph makes X the speaker of the quote after."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

direct = direct_quotes_dated("2024-03-11")

MINISTER = ("On Monday, Deputy Prime Minister and Minister of Foreign Affairs Anna Lindqvist travelled to Rome for "
            "the meeting of the coalition.\n\n")


@pytest.mark.model
def test_an_office_of_several_words_refers_back_to_its_holder(nlp: Language) -> None:
    text = MINISTER + ("\u201cThe coalition must stay united against the group,\u201d stated the Deputy Prime "
                       "Minister.\n")
    assert [q.speaker for q in direct(nlp, text)] == ["Anna Lindqvist"]


@pytest.mark.model
def test_an_unnamed_holder_of_the_office_is_someone_new(nlp: Language) -> None:
    text = MINISTER + "\u201cThe coalition must stay united against the group,\u201d said a Deputy Prime Minister.\n"
    assert [q.speaker for q in direct(nlp, text)] != ["Anna Lindqvist"]


@pytest.mark.model
def test_a_relative_clause_about_a_thing_names_no_speaker(nlp: Language) -> None:
    text = ("On Monday, Prime Minister Anna Lindqvist condemned the \u201cbarbaric acts\u201d that claimed the lives "
            "of \u201cinnocent people and caused many injuries in the village.\u201d\n")
    assert [q.speaker for q in direct(nlp, text)] == ["Anna Lindqvist"]


@pytest.mark.model
def test_a_relative_clause_about_an_office_holder_still_names_the_speaker(nlp: Language) -> None:
    text = ("Governor John Okafor visited the town on Monday.\n\n"
            "Residents met the governor, who said that the attackers \u201ccame at night and burned the market "
            "to the ground.\u201d\n")
    assert [q.speaker for q in direct(nlp, text)] == ["John Okafor"]


CELL = ("Four suspects were killed in an airstrike on Sunday, according to a Security Media Cell statement.\n\n"
        "The strike followed an operation by the Military Intelligence Directorate in the area.\n\n")


@pytest.mark.model
def test_the_statement_is_the_body_whose_statement_was_named_before(nlp: Language) -> None:
    text = CELL + "\u201cAmong those killed was a commander of the group in the province,\u201d the statement said.\n"
    speakers = [q.speaker for q in direct(nlp, text)]
    assert len(speakers) == 1 and "Security Media Cell" in (speakers[0] or "")


@pytest.mark.model
def test_a_statement_named_without_its_body_leaves_the_body_named_last(nlp: Language) -> None:
    text = ("Four suspects were killed in an airstrike on Sunday, according to a Sunday statement.\n\n"
            "The strike followed an operation by the Military Intelligence Directorate in the area.\n\n"
            "\u201cAmong those killed was a commander of the group in the province,\u201d the statement said.\n")
    assert [q.speaker for q in direct(nlp, text)] == ["Military Intelligence Directorate"]


@pytest.mark.model
def test_according_to_a_body_closing_a_paragraph_speaks_on_in_the_next(nlp: Language) -> None:
    text = ("Four suspects were killed in an airstrike in Salahaddin on Sunday, according to the Security Media "
            "Cell.\n\nThe operation was carried out following \u201cdays of surveillance and intelligence "
            "gathering\u201d in the area.\n")
    speakers = [q.speaker for q in direct(nlp, text)]
    assert len(speakers) == 1 and "Security Media Cell" in (speakers[0] or "")


OLUM = ("The overall commander of the operation, Maj Gen Peter Olum, confirmed the killing of the commander.\n\n"
        "\u201cWe are not relenting on our mission of degrading the rebels,\u201d Olum said.\n\n")


@pytest.mark.model
def test_a_definite_office_of_a_named_force_refers_back_to_its_holder(nlp: Language) -> None:
    text = OLUM + ("The battle-hardened UPDF general further confirmed that his troops had recovered ten weapons. "
                   "\u201cWe are making awesome progress and the operation tempo is high.\u201d\n")
    assert [q.speaker for q in direct(nlp, text)][-1] == "Peter Olum"


UPDF = ("Ten fighters infiltrated the country through Kasese district and attacked a school, according to the "
        "UPDF.\n\nTheir commander was later killed and his deputy captured.\n\n"
        "\u201cThe group was destroyed and operations have further scattered the fighters into the jungles.\u201d\n\n")


@pytest.mark.model
def test_after_reported_speech_a_lone_quote_is_the_person_speaking_next(nlp: Language) -> None:
    text = UPDF + ("Col. Deo Akiiki said \u201cThese revenge acts of terrorism were occasioned by sustained joint "
                   "operations of both armies.\u201d\n")
    assert [q.speaker for q in direct(nlp, text)] == ["Deo Akiiki", "Deo Akiiki"]


@pytest.mark.model
def test_after_reported_speech_a_lone_quote_keeps_that_speaker_when_no_one_speaks_next(nlp: Language) -> None:
    text = UPDF + "The army has deployed more troops along the border since the attack.\n"
    assert [q.speaker for q in direct(nlp, text)] == ["Uganda People's Defence Force"]


@pytest.mark.model
def test_after_a_persons_reported_speech_a_lone_quote_stays_theirs(nlp: Language) -> None:
    text = ("Western Command commander Lt. Gen. Mario de la Paz visited the wounded on Monday.\n\n"
            "He said the troops were highly motivated and eager to return to the front.\n\n"
            "\u201cThe mission is clear. We will not stop until the group is destroyed.\u201d\n\n"
            "Command spokesman Maj. Felipe Santos said troops attacked the group in the village.\n")
    assert [q.speaker for q in direct(nlp, text)] == ["Mario de la Paz"]
