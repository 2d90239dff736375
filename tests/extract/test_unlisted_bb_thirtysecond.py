"""Unlisted villages, thirty-second session: a settlement noun that carries its own name ("the Arjali Nadi locality
of Bara") names one village; its "of" phrase says where that village lies, no second village of the same name
(which made one attack two, one per name) (short texts written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-07-20")


@pytest.mark.model
def test_a_named_locality_of_a_town_is_one_place(nlp: Language) -> None:
    found = events(nlp, "On July 16, 2022, IS-KP militants attacked a check post in the Arjali Nadi locality of Bara "
                        "in Khyber District of Pakistan.")
    assert [(e.type, e.place) for e in found] == [("attack", "Arjali Nadi")]

