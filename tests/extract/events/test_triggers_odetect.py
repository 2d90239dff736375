"""Operation triggers: a manhunt forces set going is their operation, and so is a counted kill told in the perfect."""

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


# Operations: a force's deed on the group's fighters told in the present perfect, as a news lede tells it, is its
# operation when the fighters are counted; "has eliminated several terrorists" sums up a page's record as often.

events_on_2022_09_02 = events_dated("2022-09-02")


@pytest.mark.model
def test_forces_have_eliminated_a_counted_few_is_an_operation(nlp: Language) -> None:
    text = ("The Tunisian law enforcement forces have eliminated three members of the Jund al-Khilafah terrorist group "
            "in the governorate of Kasserine, the defense ministry said on Friday.")
    assert [(e.type, e.country) for e in events_on_2022_09_02(nlp, text)] == [("operation", "TN")]


@pytest.mark.model
def test_the_military_has_eliminated_several_is_no_operation(nlp: Language) -> None:
    found = events_on_2022_09_02(nlp, "The Nigerian military has eliminated several ISWAP terrorists.")
    assert [e for e in found if e.type == "operation"] == []
