"""Quote speakers (extract/quotes.py): a statement's signer named a few paragraphs before its words, a body's "it"
that is not the plural subject of the clause above, and "the judge" standing for the judge named before."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_speakers


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
