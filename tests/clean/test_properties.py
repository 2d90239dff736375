"""Properties of the cleaning stage over generated text (hypothesis): no input raises, every offset lies in
its document, and cleaning cleaned text changes nothing.

Two kinds of input: arbitrary text (any code point but lone surrogates, which the ingest boundary
replaces, control characters included, very long lines, runs of blank lines), and page-like text built
from pieces real scrapes are made of (headlines printed twice, date and stamp lines, bylines, banners,
share rows, wrapped paragraphs), which reaches the rules arbitrary text almost never triggers.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.clean import prepare
from sitroom.clean.boilerplate import strip_boilerplate
from sitroom.clean.prepare import normalise_text
from sitroom.dateline import DATELINE, dateline_spans
from sitroom.models import Document, IngestProblem, Source

# derandomize: CI runs the same examples every time (a gate must not fail at random); new shapes come from
# benchmarks/reliability.py and from widening the strategies, and what they find becomes a named test
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# every code point but the surrogates (category Cs): a lone surrogate never gets past ingest
ANY_CHAR = st.characters(exclude_categories=["Cs"])
ANY_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=400),
    st.text(st.sampled_from("aA .,\n\t\r\x0b\x0c\x00\x1c\u2028\u00a0\u200b-–:|()\"“”'’1"), max_size=400),
    st.builds(lambda c, n: c * n, st.text(ANY_CHAR, min_size=1, max_size=3), st.integers(1, 5000)),  # long line
    st.builds(lambda t, n: ("\n" * n).join(t), st.lists(st.text(ANY_CHAR, max_size=30), max_size=6),
              st.integers(0, 300)),  # many blank lines
)

HEADLINES = ["Islamic State attack kills 12 in Mosul", "Coalition hands over base near Mosul",
             "IRAQI FORCES RETAKE TOWN", "‘We will not leave’: army vows to clear mountains"]
SENTENCES = [
    "Coalition aircraft struck an Islamic State hideout in the desert on Tuesday, the SDF said.",
    "a spokesman said two militants were killed and weapons were seized in the raid",
    "MOSUL, Iraq, May 2 (Example Wire) - Iraqi forces retook the old city on Sunday.",
    "“The threat from Daesh has not gone away,” the interior ministry said on 3 May 2019.",
    "Some 2000 troops will stay until 2025, officials said",
    "We use cookies to personalise content and ads. Read our cookie policy",
    "Hackers stole browser cookies from ministry staff. This website uses cookies. Accept Read More",
]
FURNITURE = ["Updated 3 May 2019", "Published: 23-03-2019 The SDF said", "24-09-2019", "By Jane Doe",
             "Short Url", "Share this article", "Follow", "Comments", "Read More: Ministers meet in Rome",
             "The Latest", "Photo: AFP", "Kurdistan 24", "• Five suspects held", "", "", ""]


def _paragraph(sentences: list[str], width: int) -> str:
    return textwrap.fill(" ".join(sentences), width) if width else " ".join(sentences)


PAGE_LINE = st.one_of(
    st.sampled_from(HEADLINES),
    st.sampled_from(FURNITURE),
    st.builds(_paragraph, st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5),
              st.sampled_from([0, 0, 40, 70])),
)
PAGE_TEXT = st.lists(PAGE_LINE, max_size=25).map("\n".join)
TITLE = st.one_of(st.none(), st.sampled_from(HEADLINES), st.text(ANY_CHAR, max_size=40))


def _prepare(text: str, title: str | None = None, kind: str = "txt") -> list[Document] | IngestProblem:
    return prepare(Source(path="gen.txt", text=text, kind=kind, title=title))  # type: ignore[arg-type]


def _check_document(doc: Document) -> None:
    assert doc.text and doc.text == doc.text.strip()
    for start, end in dateline_spans(doc.text):
        assert 0 <= start < end <= len(doc.text)
        assert DATELINE.match(doc.text, start) is not None
    assert doc.title is None or doc.title.strip()


@SETTINGS
@given(text=st.one_of(ANY_TEXT, PAGE_TEXT), title=TITLE)
def test_prepare_never_raises_and_offsets_lie_in_the_document(text: str, title: str | None) -> None:
    result = _prepare(text, title)
    if isinstance(result, IngestProblem):
        assert result.code == "E110"
        return
    assert result  # an empty list would lose the source without a report
    for doc in result:
        _check_document(doc)


def _line_clean(text: str) -> str:
    kept, _ = strip_boilerplate(normalise_text(text))
    return "\n".join(kept).strip()


@SETTINGS
@given(text=st.one_of(ANY_TEXT, PAGE_TEXT))
def test_line_cleaning_of_cleaned_text_changes_nothing(text: str) -> None:
    once = _line_clean(text)
    assert _line_clean(once) == once


@pytest.mark.xfail(reason="a banner sentence removed from between two short lines leaves lines the next pass "
                          "re-joins as hard-wrapped; found by hypothesis, issue 13 part 3", strict=False)
def test_line_cleaning_banner_between_short_lines_is_idempotent() -> None:
    once = _line_clean("0\nUSE COOKIES. a")
    assert _line_clean(once) == once


def _without_first_line(text: str) -> list[str]:
    rest = text.partition("\n")[2].strip()
    return [rest] if rest else []


@pytest.mark.xfail(reason="header heuristics (labels, lone headlines) read the top of a text differently "
                          "once the metadata lines under it are gone; issue 13 part 3", strict=False)
@SETTINGS
@given(text=st.one_of(ANY_TEXT, PAGE_TEXT), title=TITLE)
def test_prepare_of_cleaned_text_changes_nothing(text: str, title: str | None) -> None:
    result = _prepare(text, title)
    if isinstance(result, IngestProblem):
        return
    for doc in result:
        again = _prepare(doc.text)
        texts = [d.text for d in again] if isinstance(again, list) else []
        assert texts in ([doc.text], _without_first_line(doc.text))
