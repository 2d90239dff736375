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


@pytest.mark.parametrize(("clause", "sentence", "published", "expected"), [
    # A weekday is the last one up to the page's day (10 March 2024 was a Sunday).
    ("625 people” had returned to Iraq from Al-Hol on Saturday in the latest repatriation effort",
     "“157 families, or 625 people” had returned to Iraq from Al-Hol on Saturday in the latest repatriation "
     "effort.", "2024-03-10", ("2024-03-09", "text")),
    # A month with no year is the last such month.
    ("it was reported in late December that fewer than 1,000 Islamic State fighters remain in Iraq",
     "ISIS has been nearly defeated as it was reported in late December that fewer than 1,000 Islamic State "
     "fighters remain in Iraq and Syria.", "2018-02-24", ("2017-12", "text")),
    # The one day a sentence gives, when the figure's clause gives none.
    ("a humanitarian effort that brought home 156 Uzbek citizens",
     "Uzbekistan on May 30 announced it had carried out Operation Dobro (Good Deed), a humanitarian effort "
     "that brought home 156 Uzbek citizens.", "2019-06-11", ("2019-05-30", "text")),
    ("Foreign ministers pledged more than $420 million for stabilisation projects in Iraq",
     "Foreign ministers pledged more than $420 million for stabilisation projects in Iraq and Syria at a "
     "meeting in Brussels on Tuesday.", "2025-03-12", ("2025-03-11", "text")),
    # Two date phrases: which one the figure is as of is unclear, so the page's date, said so.
    ("The coalition has conducted 34,514 strikes between August 2014",
     "The coalition has conducted 34,514 strikes between August 2014 and the end of May 2019, according to a "
     "report released on June 28, 2019.", "2019-07-16", ("2019-07-16", "document")),
    # A weekday needs a page dated to the day.
    ("625 people had returned on Saturday", "625 people had returned on Saturday.", "2024-03",
     ("2024-03", "document")),
])
def test_asof_weekdays_months_without_a_year_and_the_one_day_of_a_sentence(
        clause: str, sentence: str, published: str, expected: tuple[str, str]) -> None:
    assert as_of(clause, sentence, published) == expected


def test_document_date_is_the_caption_day_inside_a_month_only_publication_date() -> None:
    from sitroom.picture.common import doc_date

    assert doc_date({"published": "2014-10", "reference_date": "2014-10-09"}) == "2014-10-09"
    assert doc_date({"published": "2014-10-12", "reference_date": "2014-10-09"}) == "2014-10-12"
    assert doc_date({"published": None, "reference_date": "2014-10-09"}) == "2014-10-09"
