"""Event tolls, forty-seventh session (short sentences written for the tests): a toll word as the object of a verb
that sets it ("hospital officials put the death toll at 20") gives the count of its "at" phrase, told by the verb's
subject; a force's source or spokesman ("military sources", "a security source") tells an official count, and the
conventions take the lower official figure. A count told of several attacks at once ("Four people were killed in two
attacks") is their sum: one attack's own count, merged into it, is the event's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import merge
from sitroom.extract.events.records import EventMention

events = events_dated("2025-04-21")


@pytest.mark.model
def test_a_toll_put_at_a_number_fills_the_attack(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a church in Komanda on Sunday. Hospital officials put the death toll at 20.")
    assert [e.killed for e in found if e.type == "attack"] == [20]


@pytest.mark.model
def test_a_lower_toll_the_army_puts_beats_the_first(nlp: Language) -> None:
    found = events(nlp, "At least 21 people were killed during an assault on a church in Komanda on Sunday. However, "
                        "the army put the death toll at 10.")
    assert [e.killed for e in found if e.type == "attack"] == [10]


@pytest.mark.model
def test_military_sources_tell_an_official_count(nlp: Language) -> None:
    found = events(nlp, "At least 21 people were killed during an assault on a church in Komanda on Sunday. However, "
                        "military sources put the confirmed death toll at around 10.")
    assert [e.killed for e in found if e.type == "attack"] == [10]


@pytest.mark.model
def test_a_higher_toll_put_by_no_force_leaves_the_first(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a church in Komanda on Sunday, killing 21 people. A local leader put the "
                        "death toll at 25.")
    assert [e.killed for e in found if e.type == "attack"] == [21]


@pytest.mark.model
def test_a_toll_with_its_own_number_is_read_as_before(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a church in Komanda on Sunday. The death toll rose to 30.")
    assert [e.killed for e in found if e.type == "attack"] == [30]


def _mention(start: int, text: str, killed: int | None, wounded: int | None, several: int = 0,
             own_toll: bool = True) -> EventMention:
    return EventMention("attack", "attack", start, start + 6, start, start + len(text), text, country="IQ",
                        killed=killed, wounded=wounded, several=several, own_toll=own_toll)


def test_one_attacks_own_count_beats_the_sum_of_several() -> None:
    # "Four people were killed and eight wounded in two attacks ...", then one of them with a count of its own
    summed = _mention(0, "Four people were killed and eight wounded in two attacks in Salahudin.", 4, 8, several=2)
    merge(summed, _mention(100, "An attack on the outpost killed a soldier and wounded two others.", 1, 2))
    assert (summed.killed, summed.wounded) == (1, 2)


def test_a_count_told_after_it_does_not_replace_one_attacks_own() -> None:
    one = _mention(0, "An attack on the outpost killed a soldier and wounded two others.", 1, 2)
    merge(one, _mention(100, "The attack in Baiji killed five people.", 5, None))
    assert (one.killed, one.wounded) == (1, 2)


def test_a_follow_on_count_does_not_replace_the_sum() -> None:
    summed = _mention(0, "Four people were killed in two attacks in Salahudin.", 4, None, several=2)
    merge(summed, _mention(100, "The attacks were claimed by IS.", 3, None, own_toll=False))
    assert summed.killed == 4
