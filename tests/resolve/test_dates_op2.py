"""Two-digit years on pages with no date of their own (resolve/dates.py DateResolver)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc

# An undated page's "On 10 June 22" is a day in 2022: the page was written by now, so its two digits are a year of
# this century up to this one ("22 January 23 soldiers" stays a day and a count, as on a dated page).

@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("On 10 June 22, the force conducted clearance operations.", [("10 June 22", "2022-06-10")]),
    ("On 22 January 23 soldiers were killed in the ambush.", [("22 January 23", None)]),
])
def test_a_two_digit_year_on_an_undated_page_is_one_up_to_now(nlp: Language, text: str,
                                                               expected: list[tuple[str, str | None]]) -> None:
    doc = nlp(make_doc(nlp, text, "t", None))
    assert [(t.text, t.value) for t in doc._.timexes] == expected


@pytest.mark.model
def test_a_two_digit_year_after_this_one_on_an_undated_page_stays_open(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "On 10 June 99, the force conducted clearance operations.", "t", None))
    assert [t.value for t in doc._.timexes] == [None]
