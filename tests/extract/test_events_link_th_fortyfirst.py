"""Event linking, forty-first session (short sentences written for the tests, after real pages): an exchange of fire
told with no place of its own, beside several attacks of its country and month, is the troops' side of the one
attack its own sentence tells; beside several attacks none of which its sentence tells, it stays an operation."""

from __future__ import annotations

from dataclasses import replace

from sitroom.extract.events.link import fights_in_attacks
from sitroom.extract.events.records import EventMention
from sitroom.models import Place

MONGUNO = Place("gn:1", "Monguno", "NG", 12.67, 13.61, admin1="NG.02", precision="point", feature="city")
GASARWA = Place("gn:2", "Gasarwa", "NG", 12.6, 13.5, admin1="NG.02", precision="point", feature="village")
FIGHTS = frozenset({"gunfight", "clash"})

FIRST = "On July 3, the terrorists attacked Monguno."
SECOND = ("Later, the attackers made another incursion into Gasarwa at about 9pm; a heavy gunfight with troops "
          "ensued which lasted for about one hour before the attack was eventually repelled.")


def _attack(start: int, text: str, place: Place) -> EventMention:
    return EventMention("attack", "attacked", start, start + 8, start, start + len(text), text, country="NG",
                        date="2023-07", date_precision="month", place=place)


def _fight(start: int, text: str) -> EventMention:
    return EventMention("operation", "gunfight", start, start + 8, start, start + len(text), text, country="NG",
                        date="2023-07", date_precision="month")


def test_a_fight_joins_the_attack_its_own_sentence_tells_among_several() -> None:
    first, second = _attack(0, FIRST, MONGUNO), _attack(50, SECOND, GASARWA)
    fight = _fight(50, SECOND)
    out = fights_in_attacks([first, second, fight], FIGHTS)
    assert [e.type for e in out] == ["attack", "attack"]
    assert any(text == SECOND for _s, _e, text in second.extra_evidence)
    assert not first.extra_evidence


def test_a_fight_its_sentence_tells_with_no_attack_stays_among_several() -> None:
    first, second = _attack(0, FIRST, MONGUNO), _attack(50, "On July 18, ISWAP attacked Gasarwa.", GASARWA)
    fight = _fight(120, "A heavy gunfight with troops ensued in the area later that month.")
    out = fights_in_attacks([first, second, replace(fight)], FIGHTS)
    assert [e.type for e in out] == ["attack", "attack", "operation"]
