"""Strikes told in passing that the page still reports (events/specific.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2021_04_26 = events_dated("2021-04-26")


# A force's strikes the group's fighters fell back after: the "after" phrase is no mere time of another event when a
# force is named as striking and the group acted on it.

@pytest.mark.model
def test_strikes_by_a_force_the_insurgents_retreated_after_are_a_strike(nlp: Language) -> None:
    found = events_on_2021_04_26(
        nlp, "The insurgents retreated after initial airstrikes by the air force but returned to destroy and occupy "
             "the town of Geidam in Yobe State.")
    assert sorted(e.type for e in found) == ["attack", "strike"]


@pytest.mark.model
def test_strikes_of_a_force_named_before_them_the_militants_fled_are_a_strike(nlp: Language) -> None:
    found = events_on_2021_04_26(nlp, "The militants fled after the army's airstrikes on their camps.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_strikes_no_fighters_fell_back_after_stay_a_time_of_another_event(nlp: Language) -> None:
    # a town quiet after the coalition's strikes: no deed of the group, the strikes only date the quiet
    assert events_on_2021_04_26(nlp, "The town was quiet after airstrikes by the coalition, residents said.") == []
