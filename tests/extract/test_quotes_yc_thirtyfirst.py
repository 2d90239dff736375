"""Quotation spans on real-page habits (short sentences written for the tests): a curly quote inside an open
curly quote is a quote in the quote, not the end of the outer one, when its line has a closing mark to spare."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.quotes import find_quote_spans


def _spans(text: str) -> list[str]:
    return [s.text(text) for s in find_quote_spans(text)]


def test_a_quoted_name_inside_a_quote_does_not_close_it() -> None:
    text = "“5,000 members of the “Asayish” forces are taking part in this campaign,” the statement said.\n"
    assert _spans(text) == ["5,000 members of the “Asayish” forces are taking part in this campaign"]


def test_two_quoted_names_inside_one_quote() -> None:
    text = ("“Among the detainees is a leader known as “Abu Saad”, who recruited people for “DAESH” in the "
            "camp,” he said.\n")
    assert _spans(text) == ["Among the detainees is a leader known as “Abu Saad”, who recruited people for "
                            "“DAESH” in the camp"]


def test_a_quote_that_lost_its_closing_mark_is_not_taken_for_an_outer_one() -> None:
    # one closing mark left on the line: no mark to spare for an outer quote, so the first closing mark ends the
    # quotation (as before) instead of leaving it open to the end of the paragraph
    text = "“The attack was a heavy blow, “We will answer it in time,” the governor said.\n"
    assert _spans(text) == ["The attack was a heavy blow, “We will answer it in time"]


def test_a_quoted_name_outside_any_quote_is_its_own_span() -> None:
    assert _spans("The “Islamic State” group attacked the town on Monday.\n") == ["Islamic State"]


@pytest.mark.model
def test_the_whole_quote_with_a_quoted_name_is_one_quotation(nlp: Language) -> None:
    text = ("The Internal Security Forces launched a campaign in the camp on Friday.\n\n“At dawn we launched the "
            "campaign,” the Asayish said in a statement. “5,000 members of the “Asayish” forces are taking part "
            "in this campaign with the support of the SDF.”\n")
    doc = nlp(text)
    quotes = [q.text for q in doc._.quotes if q.direct]
    assert any(q.startswith("5,000 members of the “Asayish” forces are taking part") for q in quotes)
    assert not any(q.rstrip("”") == "5,000 members of the “Asayish" for q in quotes)


@pytest.mark.model
def test_a_spokesman_for_a_body_speaks_for_the_body(nlp: Language) -> None:
    text = ("Dozens of fighters gave up in Nangarhar on Sunday.\n\nA spokesman for the Afghan Ministry of Defense "
            "said, “The fighters surrendered to our forces after weeks of heavy fighting in the district.”\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Afghan Ministry of Defense"]
