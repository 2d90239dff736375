"""Publication dates, twenty-sixth session: slashed named dates, military hours, datelines closed by a colon,
the page's date beside an update stamp that gives only the hour, a credit's bracketed date in the URL's month,
and the day of a page's own dated caption."""

from __future__ import annotations

from sitroom.clean.dates import (
    date_in_stamp,
    date_of_date_line,
    date_of_dateline,
    date_of_yearless_dateline,
    day_in_month,
    parse_date,
)


def test_a_named_month_between_slashes_is_a_date() -> None:
    assert parse_date("20/April/2016") == "2016-04-20"
    # a section label, the weekday and the hour around it leave a date line
    assert date_of_date_line("World Wednesday 20/April/2016 21:15 PM") == "2016-04-20"


def test_a_military_hour_beside_the_date_leaves_a_date_line() -> None:
    assert date_of_date_line("BDST: 1224HRS, SEP 15, 2014") == "2014-09-15"
    # a sentence with a four-digit number is still no date line
    assert date_of_date_line("The 1224 families fled on Sep 15, 2014 after the attack.") is None


def test_a_dateline_closed_by_a_colon_after_the_credit() -> None:
    assert date_of_dateline("Niamey, 2 March 2023 (TDI): The plenary meeting of the group was held.") == "2023-03-02"
    assert date_of_yearless_dateline("Baghdad, April 2: Iraqi forces re-captured the city.", "2015") == "2015-04-02"
    # a colon after a day and month that opens a sentence is no dateline
    assert date_of_yearless_dateline("On April 2: nothing happened.", "2015") is None


def test_the_page_date_beside_an_update_stamp_with_only_the_hour() -> None:
    assert date_in_stamp("March 22, 2024 02:56 am | Updated 02:56 am IST - NEW DELHI") == (True, "2024-03-22")


def test_a_credit_bracketed_date_in_the_url_month_gives_the_day() -> None:
    top = ["From the Mindanao Examiner (May 4, 2020): Pro-ISIS militants kill 2 soldiers in Maguindanao"]
    assert day_in_month(top, "2020-05") == "2020-05-04"
    # a date inside a sentence is an event's, not the page's
    assert day_in_month(["Troops said the fighting on May 4, 2020 killed two."], "2020-05") is None

