"""An attack told as a new one after the attack before it stays apart: set days or weeks later, done again, or with
another victim (the thirty-first session, za; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2021-12-09")

MAFA = "Militants attacked the village of Mafa in Borno State on Monday, killing five farmers. "


def _attacks(nlp: Language, text: str) -> list[tuple[str | None, int | None]]:
    return [(e.place, e.killed) for e in events(nlp, text) if e.type == "attack"]


def test_an_attack_days_later_at_the_same_town_is_another_attack(nlp: Language) -> None:
    found = _attacks(nlp, MAFA + "Days later, militants stormed Mafa, killing three soldiers.")
    assert found == [("Mafa", 5), ("Mafa", 3)]


def test_an_attack_done_again_at_the_same_town_is_another_attack(nlp: Language) -> None:
    found = _attacks(nlp, MAFA + "The militants attacked Mafa again, killing three soldiers.")
    assert found == [("Mafa", 5), ("Mafa", 3)]


def test_another_victim_of_an_explosion_is_another_attack(nlp: Language) -> None:
    found = _attacks(nlp, "A soldier was killed by militants in a village near Rafah. Another private was killed in "
                          "an explosion that targeted a bulldozer.")
    assert len(found) == 2


def test_the_attack_told_again_later_that_day_is_the_same_attack(nlp: Language) -> None:
    found = _attacks(nlp, MAFA + "Another farmer was killed in the attack, residents said.")
    assert [place for place, _killed in found] == ["Mafa"]


def test_a_raid_days_after_an_attack_is_not_set_apart_from_the_raid_told_before(nlp: Language) -> None:
    found = events(nlp, "Troops raided an ISWAP hideout in the Timbuktu Triangle in Borno State in January. Troops "
                        "fended off an ISWAP attack on a base in Damboa on January 13. They responded a few days later "
                        "by raiding the camp and driving out the terrorists.")
    assert len([e for e in found if e.type == "operation"]) == 1
