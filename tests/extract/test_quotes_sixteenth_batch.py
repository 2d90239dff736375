"""Attribution habits of the sixteenth session's pages (short sentences written for the tests): a claim speaks for
whoever made it, and rebels are the armed group named before."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2025-09-01")


def test_a_claim_speaks_for_the_group_that_made_it(nlp: Language) -> None:
    found = direct(nlp, "The claim, made through Islamic State propaganda channels, said the fighters “captured "
                        "one of the Christians” near Nangade.")
    assert [q.speaker for q in found] == ["Islamic State"]


def test_rebels_are_the_armed_group_named_before(nlp: Language) -> None:
    found = direct(nlp, "The Allied Democratic Forces claimed another raid on Friday, with the rebels claiming that "
                        "they had “captured a member of the local militia” near Beni.")
    assert [q.speaker for q in found] == ["Allied Democratic Forces"]


def test_two_single_marks_open_and_close_a_quotation(nlp: Language) -> None:
    found = direct(nlp, "‘’There was a landmine blast at the junction after our convoy had passed,’’ said Joseph "
                        "Kibet in an interview on Monday.")
    assert [(q.text[:9], q.speaker) for q in found] == [("There was", "Joseph Kibet")]


def test_a_name_after_a_two_word_rank_is_the_person_who_speaks(nlp: Language) -> None:
    found = direct(nlp, "The Director of Public Relations, Nigerian Air Force, Air Commodore Ibikunle Daramola, "
                        "spoke on Saturday. According to him: “The Air Task Force has neutralized several ISWAP "
                        "fighters at Bukar Meram.”")
    assert [q.speaker for q in found] == ["Ibikunle Daramola"]


def test_a_capitalised_name_with_of_the_ner_missed_speaks_whole(nlp: Language) -> None:
    found = direct(nlp, "“Members of the same group executed twelve herders,” the Movement for the Salvation of "
                        "Azawad said in a statement on Monday.")
    assert [q.speaker for q in found] == ["Movement for the Salvation of Azawad"]
