"""Event types, forty-second session (short sentences written for the tests): a force's killing told "during a
failed ambush" or "in a failed attack" is the defenders' side of the fighters' attack that failed (one attack, the
group's), not the force's own operation; an ambush with no such word stays the force's operation. A town taken by
the group and named before its kind word ("overran Marte town") is taken as one named alone."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-04")


@pytest.mark.model
def test_troops_killing_fighters_during_a_failed_ambush_is_the_groups_attack(nlp: Language) -> None:
    found = events(nlp, "Troops of Operation Hadin Kai killed six ISWAP fighters during a failed ambush near Dikwa, "
                        "Borno State, on Wednesday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_a_headline_kill_in_a_failed_attack_is_the_groups_attack(nlp: Language) -> None:
    found = events(nlp, "Troops kill 20 ISWAP terrorists in failed attack on Buni Yadi base in Yobe State.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_troops_killing_fighters_during_an_ambush_stays_their_operation(nlp: Language) -> None:
    found = events(nlp, "Troops of Operation Hadin Kai killed 10 ISWAP fighters during an ambush near Bama on "
                        "Wednesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Operation Hadin Kai")]


@pytest.mark.model
def test_overrunning_a_town_named_before_its_kind_word_is_an_attack(nlp: Language) -> None:
    # Nigerian usage puts the kind word after the name ("Marte town"): the town is taken as "Marte" is
    found = events(nlp, "ISWAP fighters overran Marte town on Sunday night, killing two soldiers.")
    assert [(e.type, e.place, e.actor) for e in found] == [("attack", "Marte", "Islamic State West Africa Province")]


@pytest.mark.model
def test_invading_a_town_named_before_its_kind_word_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The terrorists invaded Gubio town on Friday and burnt houses.")
    assert [(e.type, e.place) for e in found] == [("attack", "Gubio")]
