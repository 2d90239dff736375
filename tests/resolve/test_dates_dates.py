"""A weekday told with its day and month in figures ("on Tuesday (8/3)")."""

from __future__ import annotations

import pytest

from sitroom.resolve.dates import resolve_date


@pytest.fixture(scope="module")
def figures_nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    from sitroom.annotate import extensions
    from sitroom.annotate.nlp import MODEL_PACKAGE

    extensions.register()
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("sitroom_dates")
    return nlp


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    # day/month or month/day: the order whose day falls on the weekday
    ("Thursday (17/03)", "2022-03-29", ("2022-03-17", "day")),
    ("Tuesday (3/8)", "2022-03-29", ("2022-03-08", "day")),
    ("Thursday (29/9)", "2022-10-01", ("2022-09-29", "day")),
    ("Thursday (26/10/2023)", "2023-10-27", ("2023-10-26", "day")),
    # a page dated to its month only: the figures still fix the day
    ("Tuesday (3/8)", "2022-03", ("2022-03-08", "day")),
])
def test_weekday_with_day_and_month_in_figures_takes_the_order_that_falls_on_it(
    expression: str, reference: str, expected: tuple[str, str]
) -> None:
    assert resolve_date(expression, reference) == expected


def test_weekday_with_figures_it_does_not_fall_on_is_the_weekday_told_alone() -> None:
    # 3 August and 8 March 2022 are no Mondays: the Monday before the page
    assert resolve_date("Monday (3/8)", "2022-03-29") == ("2022-03-28", "day")


def test_weekday_with_figures_and_no_reference_invents_no_year() -> None:
    assert resolve_date("Tuesday (3/8)", None) == (None, None)


@pytest.mark.model
def test_component_reads_the_figures_after_the_weekday(figures_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = figures_nlp.make_doc("MID was arrested by Densus 88 on Tuesday (3/8), at Tanjung Happy in Bandar Lampung.")
    doc._.reference_date = "2022-03-29"
    timexes = figures_nlp(doc)._.timexes
    assert [(t.text, t.value) for t in timexes] == [("Tuesday (3/8)", "2022-03-08")]
