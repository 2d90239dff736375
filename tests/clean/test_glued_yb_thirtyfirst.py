"""Cleaning, thirty-first session (yb): words and sentences a scraper glued together ("169injuries", "injured
50.They planned") are split, so the parser sees the count and the sentence; addresses and capitals are kept."""

from __future__ import annotations

import pytest

from sitroom.clean.prepare import normalise_text


@pytest.mark.parametrize(("raw", "fixed"), [
    ("Reports indicated 31 deaths and 169injuries, but the toll rose.",
     "Reports indicated 31 deaths and 169 injuries, but the toll rose."),
    ("The raid killed 71civilians and five soldiers.", "The raid killed 71 civilians and five soldiers."),
])
def test_a_count_glued_to_its_casualty_word_is_split(raw: str, fixed: str) -> None:
    assert normalise_text(raw) == [fixed]


@pytest.mark.parametrize("text", ["The camp is 5km away.", "It was the 2nd attack at 3pm in the 1990s."])
def test_other_glued_numbers_are_kept(text: str) -> None:
    assert normalise_text(text) == [text]


@pytest.mark.parametrize(("raw", "fixed"), [
    ("The attackers killed 9 people and injured 50.They planned it.",
     "The attackers killed 9 people and injured 50. They planned it."),
    ("He was killed in the state.The three were held.", "He was killed in the state. The three were held."),
])
def test_sentences_glued_at_a_full_stop_are_split(raw: str, fixed: str) -> None:
    assert normalise_text(raw) == [fixed]


@pytest.mark.parametrize("text", [
    "Read it at https://example.org/News.Aspx today.", "bdnews24.Com reported it.", "The U.S.Army said so.",
])
def test_addresses_and_capitals_keep_their_full_stops(text: str) -> None:
    assert normalise_text(text) == [text]
