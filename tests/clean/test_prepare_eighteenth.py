"""prepare() of the eighteenth session: a date line naming where a page was issued."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.models import Document, Source


def _text(body: str) -> str:
    docs = prepare(Source(path="a.txt", text=body, kind="txt"))
    assert isinstance(docs, list)
    doc = docs[0]
    assert isinstance(doc, Document)
    return doc.text


def test_a_date_line_with_a_place_becomes_the_ledes_dateline() -> None:
    lede = "The French President had a meeting with the Iraqi Prime Minister on the fight against Daesh.\n"
    assert _text(f"Coalition agrees on steps\n\nParis, 2 June 2015\n\n{lede}").startswith("PARIS –\nThe French")
    assert _text(f"Ministerial Meeting of the Coalition\n13 February 2018 / Kuwait\n\n{lede}").startswith(
        "KUWAIT –\nThe French")


def test_a_date_line_with_a_weekday_has_no_place() -> None:
    lede = "The French President had a meeting with the Iraqi Prime Minister on the fight against Daesh.\n"
    assert _text(f"Coalition agrees on steps\n\nTuesday, 2 June 2015\n\n{lede}").startswith("The French")
