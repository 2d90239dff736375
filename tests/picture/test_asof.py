"""As-of dates from the text, with the precision it supports; the document's date only as a said fallback."""

from __future__ import annotations

import pytest

from sitroom.picture.asof import as_of


@pytest.mark.parametrize(("clause", "sentence", "expected"), [
    ("down from more than 56,000 in 2022", "al-Hol now holds 37,000 people, down from more than 56,000 in 2022.",
     ("2022", "text")),
    ("the Kyrgyz Republic repatriated 95 women and children",
     "In August 2023, the Kyrgyz Republic repatriated 95 women and children.", ("2023-08", "text")),
    ("Iraq repatriated 1,000 people on July 6", "Iraq repatriated 1,000 people on July 6.", ("2024-07-06", "text")),
    ("assessed ISIS-Somalia at roughly 600 to 800 fighters", "A brief updated this month assessed ISIS-Somalia "
     "at roughly 600 to 800 fighters.", ("2024-07-31", "document")),
    ("brief updated this month assessed 800 fighters", "A brief updated this month assessed 800 fighters.",
     ("2024-07", "text")),
    # A running total "since 2021" is true on the day it is reported.
    ("More than 500 Kyrgyz citizens have been repatriated since 2021", "More than 500 Kyrgyz citizens have "
     "been repatriated since 2021.", ("2024-07-31", "document")),
    # "now" in the clause: the sentence's opening date is about something else.
    ("now counts 87 members", "In 2014, the coalition was formed, and it now counts 87 members.",
     ("2024-07-31", "document")),
])
def test_asof_dates_from_the_text(clause: str, sentence: str, expected: tuple[str, str]) -> None:
    assert as_of(clause, sentence, "2024-07-31") == expected


def test_asof_a_date_after_the_document_is_not_trusted() -> None:
    assert as_of("a target of 600 by the end of 2026", "A target of 600 by the end of 2026.", "2024-07-31") == \
        ("2024-07-31", "document")


def test_asof_without_any_date_is_none() -> None:
    assert as_of("holds 37,000 people", "It holds 37,000 people.", None) == (None, "none")
