"""Session 28 person-name rules: a name spelt another way is a known figure only when each end word opens with
the same sound; consonant keys alone join short names that are different people."""

from __future__ import annotations

import pytest

from sitroom.resolve.persons import _known_spelling


@pytest.mark.parametrize(("written", "known"), [
    ("Moammar Gadhafi", "Muammar Gaddafi"),
    ("Muammar Qaddafi", "Muammar Gaddafi"),  # q and g sound alike
    ("Khalifa Hifter", "Khalifa Haftar"),
    ("Bashar Assad", "Bashar al-Assad"),
])
def test_a_known_figure_spelt_another_way(written: str, known: str) -> None:
    assert _known_spelling(written) == known


@pytest.mark.parametrize("written", ["Ahmed Yusuf", "Amadou Abarry", "Ibrahim Salau"])
def test_a_short_name_sharing_only_consonants_with_a_known_figure_is_someone_else(written: str) -> None:
    assert _known_spelling(written) is None
