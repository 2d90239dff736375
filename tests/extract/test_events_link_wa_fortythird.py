"""Event linking, forty-third session: an event told again with "the" is the one told before when the later
telling names a day shortly before the claim's or report's day the first was dated by ("August 1: IS has claimed
the attack", then "carried out the attack on Sunday"), across a month's end too (short sentences written for the
tests, after real pages); and "the attack" as the subject of a verb of occurring ("The attack took place near
Tongo Tongo") says where the event told before happened."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import compatible
from sitroom.extract.events.records import EventMention
from sitroom.models import Place

events = events_dated("2023-08-02")


@pytest.mark.model
def test_claim_day_then_the_attack_on_an_earlier_day_is_one_attack(nlp: Language) -> None:
    found = [e for e in events(nlp, "August 1: The Islamic State has claimed responsibility for the suicide attack "
                                    "on a political rally in Pakistan. The attack killed 54 people. A statement "
                                    "said that a suicide bomber carried out the attack on Sunday.")
             if e.type == "attack"]
    assert len(found) == 1
    assert found[0].date == "2023-07-30"
    assert found[0].killed == 54
CLAIM = "IS claimed an ambush on an army patrol in Niger on Thursday that killed 28 soldiers."
PLACE = "The attack took place near the village of Tongo Tongo."
TONGO = Place("gn:1", "Tongo Tongo", "NE", 14.6, 1.2, admin1="NE.07", precision="point", feature="village")


def _mention(start: int, text: str, **kw: object) -> EventMention:
    return EventMention("attack", "attack", start, start + 6, start, start + len(text), text, country="NE", **kw)


def test_the_attack_took_place_near_a_village_is_the_attack_told_before() -> None:
    claim = _mention(0, CLAIM, date="2019-05-16", date_precision="day", killed=28)
    there = _mention(100, PLACE, place=TONGO, definite=True, occurred=True)
    assert compatible(claim, there)


def test_a_definite_attack_at_a_place_that_says_nothing_of_happening_is_not_joined_by_it() -> None:
    claim = _mention(0, CLAIM, date="2019-05-16", date_precision="day", killed=28)
    there = _mention(100, "The attack on the village of Tongo Tongo killed two.", place=TONGO, definite=True)
    assert not compatible(claim, there)
