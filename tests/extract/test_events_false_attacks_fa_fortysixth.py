"""Attacks that are no report, forty-sixth session (short sentences written for the tests): a kidnapping dated only
by a count of months or years back ("ago", "earlier") is a captive's past, told to say who was freed, found or
killed; a kidnapping with a day of its own, or one dated by an explicit month, is still reported."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-06-10")


def _attacks(found: list) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_captive_abducted_years_ago_is_her_past(nlp: Language) -> None:
    found = events(nlp, "The office announced the return of a woman to her family after she was abducted by ISIS in "
                        "Sinjar 10 years ago.")
    assert _attacks(found) == []


@pytest.mark.model
def test_a_hostage_kidnapped_months_ago_is_his_past(nlp: Language) -> None:
    found = events(nlp, "The engineer, who was kidnapped two months ago, was found dead near the village.")
    assert _attacks(found) == []


@pytest.mark.model
def test_children_abducted_months_earlier_are_their_past(nlp: Language) -> None:
    found = events(nlp, "Officials said the children were abducted about two months earlier along the Gubio road "
                        "before being moved.")
    assert _attacks(found) == []


@pytest.mark.model
def test_a_kidnapping_with_its_day_is_reported(nlp: Language) -> None:
    found = events(nlp, "Gunmen abducted 15 passengers on the Damboa road on Monday.")
    assert _attacks(found) == [("attack", "2025-06-09")]


@pytest.mark.model
def test_an_attack_months_ago_is_not_a_captive_past(nlp: Language) -> None:
    found = events(nlp, "Militants attacked the village two months ago, killing five people.")
    assert _attacks(found) == [("attack", "2025-04")]


# Sounds bystanders heard or reported ("reported powerful blasts", "explosions were reported", "reported hearing
# explosions") are the noise of whatever the page tells, a raid as often as an attack, not an event of their own; an
# official's report of an explosion that killed, or a blast that killed, is still an attack.


@pytest.mark.model
def test_blasts_residents_reported_are_noise(nlp: Language) -> None:
    found = events(nlp, "Residents in the district reported powerful blasts and gunfire on Sunday night.")
    assert _attacks(found) == []


@pytest.mark.model
def test_explosions_reported_with_no_one_named_are_noise(nlp: Language) -> None:
    found = events(nlp, "On Sunday, explosions and clashes were reported in a western neighbourhood of Kabul.")
    assert _attacks(found) == []


@pytest.mark.model
def test_explosions_residents_heard_are_noise(nlp: Language) -> None:
    found = events(nlp, "Local residents reported hearing several explosions in the city on Monday.")
    assert _attacks(found) == []


@pytest.mark.model
def test_a_blast_that_killed_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "A suicide blast killed five people at a mosque in Kabul on Friday.")
    assert _attacks(found) == [("attack", "2025-06-06")]


# "became involved in kidnapping for ransom": the parser reads "became involved" as an adjective, whose lemma is its
# own form; the bare gerund after it is still a line of activity, not an event; "the kidnapping of two tourists" on
# its day is one.


@pytest.mark.model
def test_kidnapping_someone_became_involved_in_is_an_activity(nlp: Language) -> None:
    found = events(nlp, "He later moved to Cape Town, where he became involved in kidnapping for ransom and robberies.")
    assert _attacks(found) == []


@pytest.mark.model
def test_the_kidnapping_someone_became_involved_in_on_a_day_is_reported(nlp: Language) -> None:
    found = events(nlp, "He became involved in the kidnapping of two tourists in Sulu on Monday.")
    assert _attacks(found) == [("attack", "2025-06-09")]
