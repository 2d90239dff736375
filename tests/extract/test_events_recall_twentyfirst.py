"""Event recall, twenty-first session: events the pages tell with the words of a seizure, an occurrence or a
claim that never became a mention (short sentences written for the tests, each with a case where the rule must
not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_forces_capturing_a_named_town_retake_it(nlp: Language) -> None:
    found = events(nlp, "In November 2017, Iraqi forces captured the border town of Rawa.")
    assert [(e.type, e.date, e.country) for e in found] == [("territorial_defeat", "2017-11", "IQ")]
    # the group taking the town stays its attack
    found = events(nlp, "In June 2014, Islamic State fighters captured the town of Rawa.")
    assert [(e.type, e.date) for e in found] == [("attack", "2014-06")]
    # forces capturing people are no recapture
    assert [e.type for e in events(nlp, "In November 2017, Iraqi forces captured two IS commanders in Rawa.")] != [
        "territorial_defeat"
    ]


@pytest.mark.model
def test_clashes_that_broke_out_are_told_as_happening(nlp: Language) -> None:
    # "break out" is an occurrence verb with its particle, as "take place" is with its object
    found = events(nlp, "Clashes broke out between troops and ISWAP fighters near Monguno.")
    assert [(e.type, e.place) for e in found] == [("operation", "Monguno")]
    # ... told as a habit it is no report
    assert events(nlp, "Clashes often break out near Monguno.") == []


@pytest.mark.model
def test_the_attacks_a_group_claimed_at_named_places_are_each_an_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP has claimed the attacks in Monguno and Nganzai.")
    assert sorted((e.type, e.place) for e in found) == [("attack", "Monguno"), ("attack", "Nganzai")]
    found = events(nlp, "The attacks in Monguno and Nganzai were claimed by ISWAP.")
    assert sorted((e.type, e.place) for e in found) == [("attack", "Monguno"), ("attack", "Nganzai")]
    # attacks claimed with no article are the group's record, not these
    assert events(nlp, "ISWAP has claimed attacks in Monguno and Nganzai.") == []


@pytest.mark.model
def test_the_group_invading_a_position_or_town_is_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP terrorists invaded the military base in Borno on Sunday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-05-05")]
    # a state invading a country is no attack of the campaign, nor is anything else invading fields
    assert events(nlp, "US forces invaded Iraq in 2003.") == []
    assert events(nlp, "Locusts invaded farms in Borno on Sunday.") == []


@pytest.mark.model
def test_people_killed_in_raids_were_attacked(nlp: Language) -> None:
    # coordinated raids with one combined toll are one attack (conventions: coordinated attacks with only a combined
    # toll are one event), at the first place of their list
    found = events(nlp, "In April, at least 52 people were killed in coordinated raids across Beni and Lubero.")
    assert [(e.type, e.place, e.killed) for e in found] == [("attack", "Beni", 52)]
    # the group's fighters killed in raids fell in the army's operation
    found = events(nlp, "In April, at least 12 militants were killed in coordinated raids across Beni and Lubero.")
    assert {e.type for e in found} == {"operation"}


@pytest.mark.model
def test_the_target_group_killing_a_rivals_fighters_in_a_clash_is_its_attack(nlp: Language) -> None:
    found = events(nlp, "In April, ISIS fighters killed 20 Taliban fighters in a clash in Kunar.")
    assert [(e.type, e.place) for e in found] == [("attack", "Kunar Province")]
    # a force killing the group's fighters in a clash is still the force's operation
    found = events(nlp, "In April, Taliban fighters killed 20 ISIS fighters in a clash in Kunar.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_an_air_force_targeting_a_place_strikes_it(nlp: Language) -> None:
    found = events(nlp, "The Iraqi air forces targeted a school in central Fallujah on Monday, killing 13 militants.")
    assert [(e.type, e.date) for e in found] == [("strike", "2024-05-06")]
    # ground forces targeting hideouts is no air strike
    assert [e.type for e in events(nlp, "Iraqi forces targeted ISIS hideouts in Anbar on Monday.")] != ["strike"]

