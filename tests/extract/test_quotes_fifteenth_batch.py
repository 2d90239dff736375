"""Attribution habits of the fifteenth session's unseen pages (short sentences written for the tests): a head of
state named before speaks as "the head of state", a body described by who leads it is the body named before, and
a weekday that is a given name stays in the speaker's name."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2024-06-26")


def test_the_head_of_state_is_the_president_named_before(nlp: Language) -> None:
    found = direct(nlp, "Mozambican President Filipe Nyusi spoke on Tuesday at the independence day ceremony.\n"
                        "“Our salute to these sons who work day and night,” said the Mozambican head of state.")
    assert [q.speaker for q in found] == ["Filipe Nyusi"]


def test_a_force_described_by_who_leads_it_is_the_force_named_before(nlp: Language) -> None:
    found = direct(nlp, "The Syrian Democratic Forces (SDF) announced two operations near Busayrah on Monday.\n"
                        "“Our units targeted an ISIS terrorist cell,” the Kurdish-led force said.")
    assert [q.speaker for q in found] == ["Syrian Democratic Forces"]


def test_a_weekday_given_name_stays_in_the_speakers_name(nlp: Language) -> None:
    found = direct(nlp, "The Chief of the Air Staff, Air Marshal Sunday Aneke, visited the base on Monday.\n"
                        "“This operation demonstrates our resolve,” Aneke said.")
    assert [q.speaker for q in found] == ["Sunday Aneke"]


def test_the_update_a_headquarters_released_speaks_for_it(nlp: Language) -> None:
    found = direct(nlp, "The successes were contained in the weekly operational update released by the Defence "
                        "Headquarters on Thursday.\n"
                        "The update reads, “Troops repelled an attack on a forward operating base in Mairari.”")
    assert [q.speaker for q in found] == ["Defence Headquarters"]


def test_words_describing_those_a_statement_names_are_not_theirs(nlp: Language) -> None:
    found = direct(nlp, "The SDF said in a statement on Monday that its forces captured four ISIS operatives.\n"
                        "The captured operatives were identified as Mohammed and Nawaf al-Abbar, who were “tasked "
                        "with monitoring the movement of military vehicles” in western Deir ez-Zor.")
    assert [q.speaker for q in found] == ["Syrian Democratic Forces"]


def test_the_name_closing_an_office_phrase_is_the_person_mr_names_later(nlp: Language) -> None:
    found = direct(nlp, "The army disclosed this in a statement on Saturday by the spokesperson for the joint task "
                        "force, Sani Uba.\n"
                        "“Further exploitation revealed drag marks and a shallow grave,” said Mr Uba.")
    assert [q.speaker for q in found] == ["Sani Uba"]


def test_she_is_not_the_one_her_own_sentence_says_was_killed(nlp: Language) -> None:
    found = direct(nlp, "French Defence Minister Florence Parly said the strike hit a camp in the Menaka region.\n"
                        "Issa al-Sahraoui, the group’s “logistics and finance coordinator”, was killed, she added.")
    assert [q.speaker for q in found] == ["Florence Parly"]
