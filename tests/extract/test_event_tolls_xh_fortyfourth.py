"""Tolls, forty-fourth session (xh; short sentences written for the tests): a toll word whose verb of update the
parser left stranded ("claimed responsibility for the bombing as the death toll from the attack rose to 45", with
"as" read as a preposition) still tells the toll as it now stands."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")


@pytest.mark.model
def test_a_toll_rising_in_an_as_clause_the_parser_broke_is_the_current_toll(nlp: Language) -> None:
    # the parser takes "as" for a preposition with "toll" its object, and hangs "rose" on "claimed"
    found = events(nlp, "Islamic State on Monday claimed responsibility for the suicide bombing of a political rally "
                   "in northwest Pakistan held by a religious group allied to the government as the death toll from "
                   "the attack rose to 45.")
    assert [(e.type, e.killed) for e in found] == [("attack", 45)]


@pytest.mark.model
def test_a_toll_with_a_subject_of_its_own_verb_is_not_stranded(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber struck a rally in Bajaur on Sunday, killing 20 people. The death toll from "
                   "the attack rose to 45 on Monday.")
    assert [(e.type, e.killed) for e in found] == [("attack", 45)]
