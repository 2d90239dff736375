"""Wire datelines of every shape sitroom reads (sentences written for these tests)."""

from __future__ import annotations

from sitroom.clean.dateline import dateline_spans


def _datelines(text: str) -> list[str]:
    return [text[a:b] for a, b in dateline_spans(text)]


def test_dateline_at_a_line_start() -> None:
    assert _datelines("ERBIL, Kurdistan Region - Two militants were killed.") == ["ERBIL, Kurdistan Region - "]


def test_dateline_of_a_press_release_flattened_onto_one_line() -> None:
    text = "Release Number 20251112-01 FOR IMMEDIATE RELEASE TAMPA, Fla. – U.S. forces conducted a raid."
    assert _datelines(text) == ["TAMPA, Fla. – "]


def test_dateline_with_a_day_and_no_dash() -> None:
    assert _datelines("CAIRO Nov 1 Dozens of residents pledged allegiance.") == ["CAIRO Nov 1 "]
    assert _datelines("The JAN 5 meeting was postponed. US May 3 Talks ended.") == []
