"""Quote speakers (extract/quotes.py): a statement's signer named a few paragraphs before its words, a body's "it"
that is not the plural subject of the clause above, "the judge" standing for the judge named before, and "he said a
report indicated '...'" being the person's words."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_speakers


@pytest.mark.model
def test_it_assured_paragraphs_after_the_statement_signer_is_named_is_the_signer(nlp: Language) -> None:
    text = (
        "A statement signed by the Acting Deputy Director of Army Public Relations, Lieutenant Colonel Musa Bello, "
        "stated that the operations were conducted with local vigilantes.\n\n"
        "According to the statement, the troops ambushed members of the group near the border of Kebbi State.\n\n"
        "It further revealed that the operation in Kerani village resulted in the elimination of 2 terrorists.\n\n"
        "The 2 terrorists were wearing army camouflage uniforms.\n\n"
        "Similarly, troops in a separate operation had stormed the forest, a known hideout of a bandit leader.\n\n"
        "The mission led to the rescue of 62 kidnapped victims who are now in safe custody.\n\n"
        "\"These operations underscore the relentless efforts of the troops and their partners to dismantle "
        "terrorist networks\", it assured.\n"
    )
    assert direct_speakers(nlp, text) == ["Musa Bello"]


@pytest.mark.model
def test_it_added_is_the_body_not_the_plural_subject_of_the_clause_above(nlp: Language) -> None:
    # (the page's own missing space after the full stop kept: the parser then hangs "it added" under "found")
    text = (
        "\"Members of the group planned to detonate an explosive close to an administrative building,\" the FSB "
        "said in a statement.As well as arresting four \"members of the international ISIL terrorist group,\" "
        "investigators found \"firearms and bladed weapons, a large amount of ammunition and an explosive "
        "device,\" it added, along with mobile phones containing \"exchanges with organizers located abroad.\"\n"
    )
    assert set(direct_speakers(nlp, text)) == {"Federal Security Service"}


@pytest.mark.model
def test_the_judge_said_is_the_judge_named_before(nlp: Language) -> None:
    text = (
        "Supreme Court Justice Rowena Smith handed down her decision on Thursday afternoon.\n\n"
        "\u201cI am satisfied community safety is maximised by refusing bail,\u201d the judge said in her reasons.\n"
    )
    assert direct_speakers(nlp, text) == ["Rowena Smith"]


@pytest.mark.model
def test_the_statement_said_after_a_statement_from_the_body_is_the_body_not_its_earlier_spokesman(
        nlp: Language) -> None:
    text = (
        "(WASHINGTON) - U.S. forces conducted a raid against ISIS militants in northwest Syria on Monday, according "
        "to U.S. Central Command.\n\n"
        "\"The raid resulted in the probable death of a senior ISIS Syria leader,\" CENTCOM spokesman Joe Buccino "
        "told ABC News in a statement.\n\n"
        "Two \"armed individuals\" were also killed, according to a statement from CENTCOM.\n\n"
        "\"Extensive planning went into this operation to ensure its successful execution. No U.S. troops were "
        "wounded,\" the statement said.\n"
    )
    assert direct_speakers(nlp, text) == ["Joe Buccino", "U.S. Central Command"]


@pytest.mark.model
def test_he_said_a_report_indicated_quote_is_the_person_not_the_body_of_the_report(nlp: Language) -> None:
    text = (
        "The Multinational Joint Task Force (MNJTF) said it killed a senior commander of the group on Friday.\n\n"
        "A statement signed by Timothy Antigha, who is the spokesperson of the MNJTF, indicated that the commander "
        "was killed during ongoing operations.\n\n"
        "\"Khalifa Umar was a High-Value Target,\" Mr Antigha said.\n\n"
        "He said an assessment carried out after the airstrike indicated that \"a sizeable ISWAP terror "
        "infrastructure was destroyed.\"\n"
    )
    assert direct_speakers(nlp, text) == ["Timothy Antigha", "Timothy Antigha"]
