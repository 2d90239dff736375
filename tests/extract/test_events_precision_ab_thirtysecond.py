"""Event precision, thirty-second session (short sentences written for the tests): an event with an indefinite
article that people were "involved in" tells who they are, not what the page reports, unless it has a day or month
of its own; and a name on an area noun in a phrase of its own beside a town ("in the Mucojo administrative post, in
Macomia district") is where the town lies, not a second scene (the event is placed at the town)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-25")


@pytest.mark.model
def test_an_indefinite_deed_people_were_involved_in_is_no_report(nlp: Language) -> None:
    assert events(nlp, "Two of the militants were involved in a suicide bombing in Quetta.") == []
    assert events(nlp, "The commander was involved in multiple terrorist activities, including a recent attack at a "
                       "mosque in Peshawar.") == []


@pytest.mark.model
def test_a_dated_deed_people_were_involved_in_is_still_told(nlp: Language) -> None:
    found = events(nlp, "He was also involved in a bombing incident in Bandung in July, he said.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-07")]


@pytest.mark.model
def test_a_district_beside_a_town_is_where_the_town_lies(nlp: Language) -> None:
    found = events(nlp, "Terrorists beheaded five people on Tuesday in the Mucojo administrative post, in Macomia "
                        "district, in the northern Mozambican province of Cabo Delgado.")
    assert [(e.type, e.place) for e in found] == [("attack", "Mucojo")]


@pytest.mark.model
def test_a_list_of_towns_still_tells_one_attack_per_town(nlp: Language) -> None:
    found = events(nlp, "Insurgents attacked the towns of Marte and Dikwa in Borno State on Monday.")
    assert sorted(e.place or "" for e in found if e.type == "attack") == ["Dikwa", "Marte"]
