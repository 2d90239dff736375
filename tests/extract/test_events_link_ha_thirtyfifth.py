"""Event linking, thirty-fifth session: a later sentence's plain definite mention ("The attack targeted a
checkpoint in Mayadin city"), undated, when the article has told one event of its type so far, names that event
with a place of its own, told finer or coarser; its country, where only a guess from a village no gazetteer knows
or a region several countries share, does not override the event's (short sentences written for the tests,
after real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

events = events_dated("2025-08-23")


def _attacks(nlp: Language, text: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_attack_in_a_nearby_town_is_the_one_told(nlp: Language) -> None:
    found = _attacks(nlp, "ISIS killed a Syrian security force member in a suicide attack in Deir ez-Zor on "
                          "Friday. The attack targeted a checkpoint in Mayadin city, according to SANA.")
    assert len(found) == 1
    assert found[0].date == "2025-08-22"


@pytest.mark.model
def test_the_ambush_in_a_shared_region_keeps_the_events_country(nlp: Language) -> None:
    found = _attacks(nlp, "At least 12 Cameroonian soldiers were killed Monday night in an attack by Islamic "
                          "militants on a military base. The ambush took place in the Lake Chad region.")
    assert len(found) == 1
    assert found[0].country == "CM"


@pytest.mark.model
def test_the_attack_far_away_is_another(nlp: Language) -> None:
    # a definite mention in a town far from the event's is another scene (a known attack named in passing)
    found = _attacks(nlp, "ISWAP fighters attacked a military base in Monguno on Friday, killing five soldiers. "
                          "The attack in Lagos shocked the country.")
    assert len(found) != 1 or found[0].place != "Lagos"


@pytest.mark.model
def test_another_attack_stays_apart(nlp: Language) -> None:
    found = _attacks(nlp, "ISIS killed a Syrian security force member in a suicide attack in Deir ez-Zor on "
                          "Friday. Another attack targeted a checkpoint in Mayadin city.")
    assert len(found) == 2


@pytest.mark.model
def test_the_attack_with_its_own_day_in_a_nearby_village_is_the_one_told(nlp: Language) -> None:
    found = _attacks(nlp, "At least 17 civilians were killed in a brutal ambush by ADF rebels near the town of Beni. "
                          "The attack, which occurred late Sunday evening near the village of Masambo, targeted "
                          "local traders.")
    assert len(found) == 1
    assert found[0].date == "2025-08-17"

