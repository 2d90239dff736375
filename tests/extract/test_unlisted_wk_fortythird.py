"""Unlisted villages listed before a plural settlement noun, forty-third session (short sentences written for the
tests): "a raid on Dalwa and Mafa villages" names one scene, the villages no gazetteer knows, so the raid is placed
at the first village (one event, not one per name); a people's name before "villages" ("Yazidi and
Christian villages") is no village."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-06")


@pytest.mark.model
def test_names_before_villages_place_one_raid(nlp: Language) -> None:
    found = events(nlp, "On Tuesday, gunmen launched a raid on Dalwa and Mafa villages in Borno State, "
                        "killing five people.")
    assert [(e.type, e.place) for e in found if e.type == "attack"] == [("attack", "Dalwa")]


@pytest.mark.model
def test_a_people_before_villages_is_no_village(nlp: Language) -> None:
    found = events(nlp, "On Tuesday, gunmen attacked Yazidi and Christian villages in Nineveh, killing five people.")
    assert all(e.place not in ("Yazidi", "Christian") for e in found)
