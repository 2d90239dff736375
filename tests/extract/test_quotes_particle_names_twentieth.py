"""Speakers named by a surname with its particle, twentieth session (short sentences written for the tests):
"al-Jabouri said" after "Major General Mohammed al-Jabouri", whether the parser keeps the hyphenated name whole or
makes each piece of it a subject."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

direct = direct_quotes_dated("2024-03-11")

INTRO = "Iraqi army commander Major General Mohammed al-Jabouri visited the area on Monday.\n\n"


@pytest.mark.model
def test_a_surname_with_its_particle_is_the_full_name_given_before(nlp: Language) -> None:
    text = INTRO + "\u201cThe desert is secured,\u201d al-Jabouri said.\n"
    assert [q.speaker for q in direct(nlp, text)] == ["Mohammed al-Jabouri"]


@pytest.mark.model
def test_a_name_split_into_subjects_by_the_parser_is_one_speaker(nlp: Language) -> None:
    # the parser makes "al", "-" and "Jabouri" three subjects of "said": not the speaker "al"
    text = INTRO + ("The area is calm, al-Jabouri said, noting that \u201cany infiltration by the enemy is quickly "
                    "detected and tackled.\u201d\n")
    assert [q.speaker for q in direct(nlp, text)] == ["Mohammed al-Jabouri"]


@pytest.mark.model
def test_a_particle_surname_joins_only_a_full_name_that_holds_it(nlp: Language) -> None:
    text = ("Iraqi army commander Major General Mohammed al-Obeidi visited the area on Monday.\n\n"
            "\u201cThe desert is secured,\u201d al-Jabouri said.\n")
    assert [q.speaker for q in direct(nlp, text)] != ["Mohammed al-Obeidi"]
