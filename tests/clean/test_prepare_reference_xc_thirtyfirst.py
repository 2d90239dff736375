"""Reference dates, thirty-first session: a page with no date but a copyright footer naming its owner before the year
("Copyright © ANTARA 2024") reads its year-less dates in that year, without publishing it."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.clean.dates import owned_copyright_year
from sitroom.models import Document, Source

BODY = ("Police arrest two suspects\n\nOn August 6, the police unit arrested two suspected terrorists who are active "
        "in pro-ISIS propaganda on social media, a spokesperson said at a press conference.\n")


def _doc(text: str) -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url="https://example.com/news/321527/police-arrest"))  # type: ignore[misc]
    return doc


def test_an_owned_copyright_footer_gives_the_year() -> None:
    assert owned_copyright_year(["Copyright © ANTARA 2024"]) == "2024"
    assert owned_copyright_year(["© Thomson Reuters 2025."]) == "2025"
    assert owned_copyright_year(["Copyright © 2021 Example"]) is None  # the plain form is copyright_year's
    assert owned_copyright_year(["© Example 2019-2024"]) is None  # a range names no one year


def test_the_footer_year_is_the_reference_but_not_the_publication() -> None:
    doc = _doc(BODY + "\nCopyright © ANTARA 2024\n")
    assert (doc.published, doc.reference_date, doc.reference_basis) == (None, "2024", "owned-copyright")


def test_a_year_of_the_text_beats_the_footer() -> None:
    doc = _doc(BODY.replace("On August 6,", "On August 6, 2023,") + "\nCopyright © ANTARA 2024\n")
    assert doc.reference_date is not None and doc.reference_date.startswith("2023")
