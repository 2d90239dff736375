"""Casualties, thirty-seventh session (short sentences written for the tests): a victim counted and then named
("one person identified as ...") keeps its count when the parser makes the name a second subject of the verb; people
told killed "alongside" or "along with" the victims add to an attack's toll."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-03")


@pytest.mark.model
def test_a_counted_victim_named_after_its_count_keeps_the_count(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked Tamo village on Saturday. During that assault, one person identified as "
                        "Musa Garba Bello was killed, and a large number of livestock were rustled.")
    assert [(e.type, e.killed) for e in found] == [("attack", 1)]
