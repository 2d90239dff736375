"""Event dates, thirty-sixth session: a known attack recalled by who planned, did, suffered or is tied to it ("the
mastermind of the Kabul airport attack", "four perpetrators of the Crocus City Hall terror attack") is not one of the
page's month: left undated, or dated by the page's own telling of it (short sentences written for the tests, or cut
from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.specific import recalled
from sitroom.extract.events.vocab import vocab

events = events_dated("2025-03-06")


def _head(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    return recalled(tok, vocab())


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police arrested the mastermind of the Kabul airport attack.", "attack"),
        ("A court sentenced four perpetrators of the Crocus City Hall terror attack to life imprisonment.", "attack"),
        ("He was involved in the planning of the bombing.", "bombing"),
        ("The group behind the Paris attacks has been weakened.", "attacks"),
        ("Victims of the beach attack launched legal action.", "attack"),
    ],
)
def test_an_attack_named_by_its_people_is_recalled(nlp: Language, text: str, word: str) -> None:
    assert _head(nlp, text, word)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen attacked a checkpoint, and the attack killed four soldiers.", "attack"),
        ("The army repelled the attack on the base.", "attack"),
    ],
)
def test_an_attack_told_as_such_is_not_recalled(nlp: Language, text: str, word: str) -> None:
    assert not _head(nlp, text, word)


@pytest.mark.model
def test_a_recalled_attack_does_not_take_the_pages_month(nlp: Language) -> None:
    # as68: the 2021 airport bombing, recalled in a 2025 story of an arrest
    found = events(nlp, "The United States has said that the credit for the arrest of Isis terrorist Sharifullah, "
                        "the mastermind of the Kabul airport attack, goes to Pakistan.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks
    assert all(e.date != "2025-03" for e in attacks)


@pytest.mark.model
def test_a_recalled_attack_takes_the_day_the_page_tells_it(nlp: Language) -> None:
    # as313: the recalled attack, then its own day told below, is one event of that day
    found = events_dated("2026-03-20")(
        nlp, "A Russian court has sentenced four perpetrators of the Crocus City Hall terror attack to life "
             "imprisonment.\nOn the evening of March 22, 2024, a terrorist attack took place at the Crocus City Hall "
             "concert hall in Krasnogorsk, killing 145 people.")
    attacks = [e for e in found if e.type == "attack"]
    assert [e.date for e in attacks] == ["2024-03-22"]


@pytest.mark.model
def test_an_attack_the_page_tells_keeps_its_month(nlp: Language) -> None:
    found = events(nlp, "Islamic State militants attacked an army post in Borno, killing six soldiers.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-03"]
