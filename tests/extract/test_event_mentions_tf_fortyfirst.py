"""Event mentions, forty-first session (fix-tf): a time before ("a day earlier") told inside what a report says
counts back from the report, not from the event told before, so the clause retells that event rather than telling
a new one (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-03-14")


@pytest.mark.model
def test_a_day_earlier_than_the_statement_retells_the_bombing(nlp: Language) -> None:
    found = events(nlp, "The Islamic State group claimed responsibility for the weekend bombing that killed two "
                        "police officials in southwestern Pakistan, officials said Monday. The Islamic State group "
                        "said in a statement on Sunday that it detonated an explosive device a day earlier targeting "
                        "a police vehicle in Kuchlak town near Quetta.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].killed == 2


@pytest.mark.model
def test_days_earlier_in_the_storys_own_voice_is_another_attack(nlp: Language) -> None:
    found = events(nlp, "Militants attacked a police post in Kuchlak in Pakistan on Saturday, killing two officers. "
                        "Just days earlier, militants bombed a market in Quetta, killing nine people.")
    assert len([e for e in found if e.type == "attack"]) == 2
