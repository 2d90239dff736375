"""Publication dates: a day printed beside a byline or dateline in the month the URL gives, agency datelines
with a time and a credit, and stamp labels glued to the date."""

from __future__ import annotations

import pytest

from sitroom.clean import prepare
from sitroom.clean.dates import date_in_stamp, date_of_dateline, day_in_month
from sitroom.models import Source

LEDE = "Gunmen attacked a checkpoint near the border, killing two soldiers and wounding three, officials said."


@pytest.mark.parametrize(
    ("line", "month", "expected"),
    [
        ("Aisha Bello l Monday, November 04, 2019", "2019-11", "2019-11-04"),
        ("Maiduguri, Borno State, Nigeria - November 28, 2025(Example News)", "2025-11", "2025-11-28"),
        ("Peshawar, Sept. 29, (dpa/XYZ) – " + LEDE, "2023-09", "2023-09-29"),
        # another month's date on the line is an event's
        ("Peshawar, Aug. 30, (dpa/XYZ) – " + LEDE, "2023-09", None),
        # a date inside a sentence is the event's, not the page's
        ("The raid was conducted on Saturday night, November 12, in the city.", "2022-11", None),
        ("On November 2, 2019, gunmen attacked a base in the north.", "2019-11", None),
    ],
)
def test_day_in_month_reads_a_labelled_day_of_the_urls_month(line: str, month: str, expected: str | None) -> None:
    assert day_in_month([line], month) == expected


def test_published_takes_the_day_beside_a_byline_in_the_urls_month() -> None:
    text = "Aisha Bello l Monday, November 04, 2019\n\n" + LEDE + "\n"
    docs = prepare(Source(path="a.txt", text=text, kind="txt", url="https://news.example/2019/11/gunmen-attack/"))
    assert isinstance(docs, list)
    assert (docs[0].published, docs[0].published_basis) == ("2019-11-04", "url-month-day")
    in_sentence = "The raid was conducted on Saturday night, November 12, in the city, officials said on Sunday.\n"
    docs = prepare(Source(path="b.txt", text=in_sentence, kind="txt", url="https://news.example/2022/11/raid/"))
    assert isinstance(docs, list)
    assert docs[0].published == "2022-11"


def test_dateline_with_a_time_and_an_agency_credit_ending_the_line() -> None:
    assert date_of_dateline("Kampala, 09 June, 2025 / 12:51 pm (Example Africa).") == "2025-06-09"
    assert date_of_dateline("Kampala, 09 June, 2025 was a day of mourning (Example Africa).") is None


def test_publish_date_label_glued_to_the_date() -> None:
    assert date_in_stamp("Publish dateTuesday 14 May 2024 - 12:34") == (True, "2024-05-14")
    assert date_in_stamp("Publish dates are set by the editors") == (False, None)
