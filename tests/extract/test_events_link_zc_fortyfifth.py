"""Event linking, forty-fifth session (zc): an indefinite mention in a sentence of its own, dated only by a year
before the article's, introduces another event; it does not join an event told before with its month (short
sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

august_events = events_dated("2023-08-15")


@pytest.mark.model
def test_a_bombing_of_last_year_is_not_the_one_of_last_december(nlp: Language) -> None:
    found = august_events(nlp, "A car bombing in Herat last December killed a police chief. Last year, the group "
                               "carried out a suicide bombing outside an embassy.")
    assert sorted(e.date or "" for e in found if e.type == "attack") == ["2022", "2022-12"]


@pytest.mark.model
def test_the_bombing_told_again_with_its_year_is_one(nlp: Language) -> None:
    found = august_events(nlp, "A car bombing in Herat last December killed a police chief. The bombing last year "
                               "was claimed by the group.")
    assert [e.date for e in found if e.type == "attack"] == ["2022-12"]
