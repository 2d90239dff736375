"""Strikes from the air a past killing was done in (events/specific.py): the episode told, placed or not."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_05_10 = events_dated("2024-05-10")


def test_fighters_killed_in_the_airstrikes_are_a_strike(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Russian jets arrived over the desert. After 22 ISIS fighters were killed in the "
                                      "airstrikes, the militants retreated.")
    assert "strike" in [e.type for e in found]


def test_militants_killed_in_a_pair_of_airstrikes_are_a_strike_not_a_ground_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Iraqi troops killed 12 ISIS terrorists in a pair of targeted airstrikes.")
    assert [e.type for e in found] == ["strike"]


def test_a_perfect_toll_of_airstrikes_is_a_record(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Thousands of ISIS fighters have been killed in coalition airstrikes.")
    assert "strike" not in [e.type for e in found]


def test_an_air_force_that_struck_hideouts_made_a_strike(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Iraq's air force struck six suspected ISIS hideouts in the west of the country, "
                                      "the armed forces announced on Friday.")
    assert [e.type for e in found] == ["strike"]


def test_a_labour_strike_stays_no_event(nlp: Language) -> None:
    assert events_on_2024_05_10(nlp, "Airline pilots struck for higher pay on Friday.") == []


def test_a_few_strikes_a_state_counted_out_are_strikes(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "The U.S. carried out two other massive strikes against ISIS that resulted in "
                                      "the deaths of three senior heads of ISIS.")
    assert "strike" in [e.type for e in found]


def test_a_state_launching_uncounted_airstrikes_is_its_part_in_the_war(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Coalition forces launched airstrikes against ISIS positions and provided "
                                      "Iraqi forces with arms.")
    assert found == []
