"""Event linking, forty-first session (fix-tf): the retellings of one attack are one event: an armed group and its
branch ("the Islamic State", then "Islamic State Sahel Province described the ambush") are one doer told twice
(short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

events = events_dated("2022-09-08")


def _attacks(nlp: Language, text: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_group_and_its_branch_tell_one_ambush(nlp: Language) -> None:
    found = _attacks(nlp, "The Islamic State claimed responsibility for a deadly ambush that killed 23 soldiers in "
                          "northern Burkina Faso on Sunday. In a statement released on Tuesday, Islamic State Sahel "
                          "Province described the ambush as precise.")
    assert len(found) == 1
    assert found[0].killed == 23
