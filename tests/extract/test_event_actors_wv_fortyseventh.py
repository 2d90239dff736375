"""Actors, forty-seventh session (wv; short sentences written for the tests): in a country two branches share,
an attack the page gives to the bare group, with no place to choose the branch by, is the one branch the page
names; naming none leaves the group."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2025-09-10")


def test_an_unplaced_attack_in_a_shared_country_is_the_branch_the_page_names(nlp: Language) -> None:
    found = events(nlp, "Human Rights Watch said Nigerien authorities must do more to protect civilians against "
                        "attacks by the Islamic State Sahel Province. One of the deadliest attacks took place in a "
                        "village mosque in Manda in Niger on June 21, when the jihadists killed 70 people. No group "
                        "has claimed responsibility for the attacks but eyewitnesses blame Islamic State jihadists.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Islamic State Sahel Province")]


def test_a_page_naming_no_branch_leaves_the_group_in_a_shared_country(nlp: Language) -> None:
    found = events(nlp, "One of the deadliest attacks took place in a village mosque in Niger on June 21, when the "
                        "jihadists killed 70 people. No group has claimed responsibility for the attacks but "
                        "eyewitnesses blame Islamic State jihadists.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Islamic State")]
