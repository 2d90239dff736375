"""Operation triggers: a manhunt forces set going is their operation."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_06_25 = events_dated("2025-06-25")


@pytest.mark.model
def test_a_manhunt_launched_by_forces_is_an_operation(nlp: Language) -> None:
    text = ("Security operatives, including troops and police tactical units, have launched a manhunt for the "
            "attackers across bush paths in Sokoto.")
    assert [(e.type, e.country) for e in events_on_2025_06_25(nlp, text)] == [("operation", "NG")]


@pytest.mark.model
def test_a_manhunt_said_to_be_under_way_is_no_operation(nlp: Language) -> None:
    found = events_on_2025_06_25(nlp, "A senior official said a major manhunt is now underway to find the bombers.")
    assert [e for e in found if e.type == "operation"] == []
