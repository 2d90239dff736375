"""Publication dates of pages that print none (clean/prepare), read by the helper of session 59: the day the text
itself fixes stands for the publication."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.models import Document, Source


def _doc(text: str, url: str = "https://example.com/news/two-commanders-killed") -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url=url))  # type: ignore[misc]
    return doc


def test_an_undated_page_is_published_on_the_day_its_weekday_and_date_name() -> None:
    doc = _doc("The army said this week it killed two commanders of the group in Cabo Delgado, local media reported "
               "on Wednesday, August 23. The operations began in 2023 with the help of friendly forces.")
    assert (doc.published, doc.published_basis) == ("2023-08-23", "weekday-date")
    assert doc.reference_date == doc.published


def test_an_undated_page_is_published_on_the_latest_full_date_it_states() -> None:
    doc = _doc("As of 13 August 2020, the armed forces are conducting an operation to regain control of the port, "
               "which militants seized during the evening of 11 August.")
    assert (doc.published, doc.published_basis) == ("2020-08-13", "latest-date-in-text")


def test_an_undated_page_whose_text_gives_only_years_stays_unpublished() -> None:
    doc = _doc("The insurgency began in 2017 and has killed more than 4,000 civilians, the statement said in 2023.")
    assert doc.published is None
    assert (doc.reference_date, doc.reference_basis) == ("2023", "latest-year-in-text")


def test_a_page_with_a_date_line_keeps_it_over_a_later_day_its_text_names() -> None:
    doc = _doc("Two commanders killed\n\nMarch 3, 2024\n\nThe army said on Wednesday, March 6, 2024 that it had "
               "killed two commanders of the group in an operation.")
    assert doc.published == "2024-03-03"
