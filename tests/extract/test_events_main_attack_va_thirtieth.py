"""The main attack of an article, thirtieth session (short sentences written for the tests, after a train page): an
attack told only with a year before the article's ("has escaped two bombings, in 2011 and 2014") is background, and
an undated main attack told three times does not take it in (and with it that year, which then dropped the main
attack as one before the campaign)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2023-07-31")


@pytest.mark.model
def test_the_main_attack_takes_no_background_year(nlp: Language) -> None:
    text = (
        "A suicide bomber killed 54 people at an election rally in Khar. The bombing in Khar was the deadliest "
        "of the year. Police said the attack in Khar was carried out by the Islamic State. The politician has "
        "escaped at least two bombings, in 2011 and 2014."
    )
    found = [(e.date, e.killed) for e in events(nlp, text) if e.type == "attack"]
    assert ("2023-07", 54) in found
    assert all(date != "2011" for date, _ in found)
