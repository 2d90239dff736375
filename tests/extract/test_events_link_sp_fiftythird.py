"""Several happenings of one type on one page stay apart: arrests that count different numbers of people (the
fifty-third session, sp; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2021-12-09")


def test_two_arrests_counting_different_people_are_two_operations(nlp: Language) -> None:
    found = events(nlp, "On Tuesday, the Syrian Democratic Forces arrested 17 members of ISIS sleeper cells in Deir "
                        "ez-Zor. On Sunday, the SDF arrested three ISIS members in the countryside of Deir ez-Zor.",
                   reference=None)
    assert len([e for e in found if e.type == "operation"]) == 2


def test_an_arrest_told_again_with_its_count_is_one_operation(nlp: Language) -> None:
    found = events(nlp, "The SDF arrested 17 members of ISIS sleeper cells in Deir ez-Zor. The SDF arrested 17 ISIS "
                        "members in Deir ez-Zor, the statement said.", reference=None)
    assert len([e for e in found if e.type == "operation"]) == 1

