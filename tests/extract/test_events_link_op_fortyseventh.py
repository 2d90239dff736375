"""Event linking, forty-seventh session (short sentences written for the tests, after real pages): a fight dated by
its day joins an undated attack told in the sentence next to it (the story's own, not background)."""

from __future__ import annotations

from sitroom.extract.events.link import fights_in_attacks
from sitroom.extract.events.records import EventMention

FIGHT = ("Troops recorded another success on Monday, September 15, by neutralising eight ISWAP terrorists in an "
         "encounter.")
AMBUSH = "The encounter followed an ambush on the troops near Garin Giwa."


def _day_fight(start: int, text: str) -> EventMention:
    return EventMention("operation", "encounter", start, start + 9, start, start + len(text), text, country="NG",
                        date="2025-09-15", date_precision="day")


def _undated_attack(start: int, text: str) -> EventMention:
    return EventMention("attack", "ambush", start, start + 6, start, start + len(text), text, country="NG")


def test_a_dated_fight_joins_the_undated_attack_of_the_next_sentence() -> None:
    attack = _undated_attack(len(FIGHT) + 1, AMBUSH)
    out = fights_in_attacks([_day_fight(0, FIGHT), attack], frozenset({"encounter"}))
    assert [e.type for e in out] == ["attack"]
    assert any(text == FIGHT for _s, _e, text in attack.extra_evidence)


def test_a_dated_fight_stays_beside_an_undated_attack_told_far_from_it() -> None:
    attack = _undated_attack(len(FIGHT) + 400, "The group is known for an ambush on troops near Garin Giwa.")
    out = fights_in_attacks([_day_fight(0, FIGHT), attack], frozenset({"encounter"}))
    assert [e.type for e in out] == ["operation", "attack"]
