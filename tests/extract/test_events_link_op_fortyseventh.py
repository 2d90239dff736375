"""Event linking, forty-seventh session (short sentences written for the tests, after real pages): a force's killing
told by a verb of killing alone, beside the one strike of its country and month, is that strike's outcome, not a
ground operation of its own; one with an operation word, one set apart, or one beside no strike or several, stays.
A fight dated by its day joins an undated attack told in the sentence next to it (the story's own, not background)."""

from __future__ import annotations

from sitroom.extract.events.link import fights_in_attacks, kills_of_strikes
from sitroom.extract.events.records import EventMention
from sitroom.models import Place

SAMBISA = Place("gn:1", "Sambisa", "NG", 11.3, 13.4, admin1="NG-BO", precision="point", feature="forest")
GWOZA = Place("gn:2", "Gwoza", "NG", 11.08, 13.69, admin1="NG-BO", precision="point", feature="city")
BORNO = Place("gn:3", "Borno State", "NG", 11.9, 13.1, admin1="NG-BO", precision="province", feature="province")
KILLS = frozenset({"kill", "neutralise", "neutralize", "eliminate"})

LEDE = "The army says troops have killed several commanders of the group in Borno State."
STRIKE = "The fighters were killed in air strikes on their hideout in Sambisa on Tuesday."


def _strike(start: int, text: str, place: Place | None, date: str = "2024-05") -> EventMention:
    return EventMention("strike", "air strikes", start, start + 11, start, start + len(text), text, country="NG",
                        date=date, date_precision="month", place=place)


def _operation(start: int, text: str, trigger: str, place: Place | None = None,
               date: str | None = "2024-05") -> EventMention:
    return EventMention("operation", trigger, start, start + len(trigger), start, start + len(text), text,
                        country="NG", date=date, date_precision=None if date is None else "month", place=place)


def test_a_killing_in_the_lede_joins_the_one_strike_of_its_month() -> None:
    strike = _strike(90, STRIKE, SAMBISA)
    out = kills_of_strikes([_operation(0, LEDE, "killed", BORNO), strike], KILLS)
    assert [e.type for e in out] == ["strike"]
    assert any(text == LEDE for _s, _e, text in strike.extra_evidence)


def test_a_killing_with_no_place_joins_the_strike() -> None:
    text = "The strikes destroyed the hideout and neutralised a group of fighters within."
    strike = _strike(0, STRIKE, SAMBISA)
    out = kills_of_strikes([strike, _operation(90, text, "neutralised", date=None)], KILLS)
    assert [e.type for e in out] == ["strike"]


def test_a_raid_stays_beside_a_strike() -> None:
    text = "Troops also raided a camp in Borno State, arresting four suspects."
    out = kills_of_strikes([_operation(0, text, "raided", BORNO), _strike(90, STRIKE, SAMBISA)], KILLS)
    assert [e.type for e in out] == ["operation", "strike"]


def test_a_killing_at_another_town_stays() -> None:
    text = "Troops killed five fighters in Gwoza."
    out = kills_of_strikes([_operation(0, text, "killed", GWOZA), _strike(90, STRIKE, SAMBISA)], KILLS)
    assert [e.type for e in out] == ["operation", "strike"]


def test_a_killing_of_another_month_or_beside_two_strikes_stays() -> None:
    other = kills_of_strikes([_operation(0, LEDE, "killed", BORNO, date="2024-03"), _strike(90, STRIKE, SAMBISA)],
                             KILLS)
    assert [e.type for e in other] == ["operation", "strike"]
    two = kills_of_strikes([_operation(0, LEDE, "killed", BORNO), _strike(90, STRIKE, SAMBISA),
                            _strike(200, "Jets also struck Gwoza.", GWOZA)], KILLS)
    assert [e.type for e in two] == ["operation", "strike", "strike"]


def test_a_separate_killing_stays() -> None:
    text = "In a separate operation, troops killed three fighters in Borno State."
    killing = _operation(0, text, "killed", BORNO)
    killing.distinct = True
    out = kills_of_strikes([killing, _strike(90, STRIKE, SAMBISA)], KILLS)
    assert [e.type for e in out] == ["operation", "strike"]


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


def test_a_killing_in_an_operation_stays_beside_a_strike() -> None:
    text = "The army and security forces have killed four terrorists in a joint operation in Borno State."
    out = kills_of_strikes([_operation(0, text, "killed", BORNO), _strike(120, STRIKE, SAMBISA)], KILLS,
                           frozenset({"operation", "raid"}))
    assert [e.type for e in out] == ["operation", "strike"]
