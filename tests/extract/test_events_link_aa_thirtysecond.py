"""Event linking, thirty-second session: an attack told as coming after, beside or before the one told before it
("Shortly after, ...", "Later that night, ...", "Similarly, ...", "That same Sunday, ...", "Just days earlier, ...")
is an attack of its own, not the one told again, even with no place the gazetteer knows (short sentences written
for the tests, after real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-09-20")


def _attacks(nlp: Language, text: str) -> int:
    return sum(e.type == "attack" for e in events(nlp, text))


@pytest.mark.model
def test_shortly_after_tells_another_attack(nlp: Language) -> None:
    assert _attacks(nlp, "On Sunday, ISWAP fighters ambushed a patrol near Baroua, killing five soldiers. Shortly "
                         "after, terrorists attacked a civilian transport vehicle on a rural road, killing all "
                         "passengers.") == 2


@pytest.mark.model
def test_later_that_night_tells_another_attack(nlp: Language) -> None:
    assert _attacks(nlp, "On Sunday, ISWAP fighters ambushed a patrol near Baroua, killing five soldiers. Later "
                         "that night, unidentified armed assailants attacked a police station.") == 2


@pytest.mark.model
def test_similarly_tells_another_attack(nlp: Language) -> None:
    assert _attacks(nlp, "Suspected ISWAP fighters attacked a police base in Damboa on Thursday, killing four "
                         "policemen. Similarly, suspected ISWAP fighters attacked a local government area on "
                         "Thursday night.") == 2


@pytest.mark.model
def test_that_same_day_tells_another_attack(nlp: Language) -> None:
    assert _attacks(nlp, "On Sunday, militants attacked the village of Diberi again. That same Sunday, an army "
                         "convoy near Sebba was ambushed and partially destroyed.") == 2


@pytest.mark.model
def test_days_earlier_tells_another_attack(nlp: Language) -> None:
    assert _attacks(nlp, "ISKP gunmen killed five Shias in Mardan last week. Just days earlier, ISKP terrorists "
                         "massacred pilgrims in central Afghanistan.") == 2


@pytest.mark.model
def test_the_attack_told_again_later_is_still_one(nlp: Language) -> None:
    # a definite mention names the attack told before, whatever frames it
    assert _attacks(nlp, "On Sunday, ISWAP fighters ambushed a patrol near Baroua, killing five soldiers. Later, "
                         "the army said the attack had been repelled.") == 1


@pytest.mark.model
def test_an_attack_dated_years_before_the_page_is_background(nlp: Language) -> None:
    # an undated event of a news page is one of its own time: a day years before is another attack's, told as
    # background, and never the event's date
    found = events(nlp, "The Islamic State claimed an attack on the village of Novo Cabo in Cabo Delgado. The "
                        "Mocimboa da Praia district was the first militant target in Cabo Delgado, with an attack "
                        "there on 5 October 2017.", reference="2023-11-20")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert attacks[0].date != "2017-10-05"
