"""Publication dates, twenty-first session: a hit counter beside the date, a lede dated by "today"."""

from __future__ import annotations

from sitroom.clean.dates import date_of_date_line, date_of_dateline, published_from_top


def test_a_hit_counter_beside_the_date_leaves_a_date_line() -> None:
    assert date_of_date_line("  17 September 2017    Read: 1559") == "2017-09-17"
    assert date_of_date_line("Mar 3, 2024 | 2,310 views") == "2024-03-03"


def test_a_sentence_naming_a_date_is_not_a_date_line() -> None:
    assert date_of_date_line("Read the report of 17 September 2017") is None
    assert date_of_date_line("The vote of 17 September 2017 was read by 1559 people") is None


def test_a_lede_dated_by_today_gives_the_publication_date() -> None:
    top = ["Written by Staff", "Today, Friday, May 22nd, 2020, the coalition announced in a statement that two "
           "senior leaders were killed."]
    assert published_from_top(top) == ("2020-05-22", "dateline")
    assert date_of_dateline("Today 3 March 2021, the ministry said ...") == "2021-03-03"


def test_a_lede_that_only_mentions_a_date_after_today_is_not_dated() -> None:
    assert published_from_top(["Today, the army said that on May 22, 2020, it killed four militants."]) == (None, None)
    assert date_of_dateline("Until today, May 22, 2020, nobody has claimed it.") is None
