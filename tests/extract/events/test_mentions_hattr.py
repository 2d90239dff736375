"""Event mentions (events/mentions.py): an attack a claim counts back from ("claimed responsibility for an attack a
week earlier") is the attack the story tells, not another one."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2021_03_22 = events_dated("2021-03-22")

pytestmark = pytest.mark.model


def test_an_attack_claimed_a_week_earlier_retells_the_headlines_attack(nlp: Language) -> None:
    found = events_on_2021_03_22(
        nlp, "IS Claims Attack Against Mali Army That Killed 33 Soldiers Last Monday\n\n"
             "The Islamic State group on Sunday claimed responsibility for a deadly attack against the Malian army "
             "almost a week earlier that killed 33 soldiers.\n\n"
             "Dozens of assailants on motorbikes and in pickup trucks on March 15 stormed a military post southwest "
             "of the town of Ansongo, the Malian army said at the time.\n")
    attacks = [e for e in found if e.type == "attack"]
    assert [(e.date, e.killed) for e in attacks] == [("2021-03-15", 33)]


def test_days_earlier_in_the_storys_own_voice_is_still_another_attack(nlp: Language) -> None:
    # (no claim counts back: the story's own "days earlier" tells a new attack)
    found = events_on_2021_03_22(
        nlp, "Militants attacked a police post in Kuchlak in Pakistan on Saturday, killing two officers. "
             "Just days earlier, militants bombed a market in Quetta, killing nine people.")
    assert len([e for e in found if e.type == "attack"]) == 2
