"""Operations told by words the earlier rules missed (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-07-10")


def test_capturing_the_groups_fighters_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Puntland forces captured four ISIS militants near Bosaso on Sunday.")
    assert [(e.type, e.place) for e in found] == [("operation", "Bosaso")]


def test_capturing_a_town_or_ordinary_people_is_no_operation(nlp: Language) -> None:
    assert not [e for e in events(nlp, "Police captured two thieves in Jolo on Monday.") if e.type == "operation"]
    found = events(nlp, "Troops captured the town of Qandala on Monday.")
    assert not [e for e in found if e.type == "operation"]


def test_a_capture_told_in_the_passive_with_no_one_making_it_is_no_operation(nlp: Language) -> None:
    found = events(nlp, "Some 800 fighters had been captured and were being treated in Borno State.")
    assert not [e for e in found if e.type == "operation"]


def test_who_was_captured_is_not_the_actor_of_the_capture(nlp: Language) -> None:
    # real wording (a Ugandan page): the "of" phrase of the capture is who was taken
    found = events(nlp, "The rebels escaped after the capture of their commander, Njovu, on Lake Edward on Monday.")
    ops = [e for e in found if e.type == "operation"]
    assert ops and all(e.actor is None or "Njovu" not in e.actor for e in ops)


def test_the_groups_dead_killed_by_a_named_force_on_a_day_are_its_operation(nlp: Language) -> None:
    found = events(nlp, "Eight ISIS militants were killed by troops on Tuesday in Bosaso.")
    assert [(e.type, e.place, e.date) for e in found] == [("operation", "Bosaso", "2025-07-08")]


def test_an_undated_kill_by_a_force_stays_background(nlp: Language) -> None:
    # a leader's death recalled: no day or month of its own
    assert events(nlp, "Baghdadi, who was killed by US forces in 2019, led the group.") == []
    assert events(nlp, "Eight ISIS militants were killed by troops in Bosaso.") == []
