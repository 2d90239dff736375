"""Dates, outlets and fallback titles read from news URLs."""

from __future__ import annotations

import pytest

from sitroom.clean.urls import date_from_url, outlet_from_url, title_from_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2021/08/28/some-story/", "2021-08-28"),  # htmldate's Y/M/D form
        ("https://www.example.com/world/2016/mar/22/airport-explosions", "2016-03-22"),
        ("https://www.example.com/en/20190603-hundreds-quit-camp", "2019-06-03"),
        ("https://example.net/english/interview/30092024-amp", "2024-09-30"),
        ("https://example.net/english/middleeast/syria/171020191", "2019-10-17"),  # a serial digit after it
        ("https://example.net/english/middleeast/syria/23032019", "2019-03-23"),
        ("https://www.example.ie/iran-twin-bombings-6264246-Jan2024/", "2024-01"),
        ("https://example.org/library/news/2019/08/mil-190801-state01.htm", "2019-08-01"),
        ("https://example.org/library/news/2019/08/statement.htm", "2019-08"),
        ("https://example.org/archive/2017/isis-report", "2017"),
        ("https://example.com/naf-airstrikes-neutralise-terrorists-in-lake-chad/2023", "2023"),  # a year last
        ("https://example.com/news/12023", None),
        ("https://example.com/news4/2025/Sept/202894/strike_in_the_mountains.aspx", "2025-09"),  # month folder
        ("https://en.example.com.pk/07-Feb-2026/group-claims-blast", "2026-02-07"),
        ("https://www.example.com/nation/mindanao/group-warns-more-attacks-march-18-2024/", "2024-03-18"),
        ("https://www.example.com/en/article/families-return-to-iraqmarch-12,-2025,-12:27-pm", "2025-03-12"),
        ("https://example.com/07-02-2026/forces-arrest-mastermind", "2026-02-07"),  # numeric, day first
        ("https://example.news/soldiers-overrun-terrorists-in-ambush/24/01/2023/", "2023-01-24"),  # folders, day first
        # the number opening the slug is no day: the folders give the month
        ("https://example.blogspot.com/2012/10/3-marines-killed-in-sulu-clash.html", "2012-10"),
        ("https://example.com/news/1.2.3-2020", None),  # mixed separators: a version, no date
        # a reader page showing another page: the date of the URL in its query
        ("https://example.com/read/index.php?url=https%3A%2F%2Fexample.org%2F2019%2F10%2F04%2Fpolitics%2Fx",
         "2019-10-04"),
        ("https://example.com/stories/202405130435.html", "2024-05-13"),  # the day's date and its serial
        ("https://example.org/english/news/soldiers-killed-03182024114726.html", "2024-03-18"),  # MMDDYYYY hhmmss
        ("https://example.com/stories/123456789012.html", None),  # twelve digits that are no date
        ("https://example.org/news/1671691/syrian-kurds-retake-prison", None),
        ("https://example.org/?p=21779", None),
        ("https://example.org/2021/13/45/not-a-date", "2021"),  # no valid day or month: the year folder
        # a PHP archive's date split over its query keys; a month and day alone give nothing
        ("https://example.net/eng/news/world.php?yyyy=2023&mm=07&dd=31&nav_id=116457", "2023-07-31"),
        ("https://example.net/archive.php?year=2019&month=3", "2019-03"),
        ("https://example.net/archive.php?mm=07&dd=31", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url) == expected


def test_outlet_from_url_drops_www_and_mobile_prefixes() -> None:
    assert outlet_from_url("https://www.theguardian.com/world/x") == "theguardian.com"
    assert outlet_from_url("https://manage.rudaw.net/english/interview/30092024-amp") == "rudaw.net"
    assert outlet_from_url("http://m.example.co.uk/a") == "example.co.uk"
    assert outlet_from_url(None) is None


def test_title_from_url_uses_the_last_wordy_slug() -> None:
    url = "https://example.com/2021/02/09/isis-attacks-a-convoy-of-syrian-soldiers-26-death/"
    assert title_from_url(url) == "Isis attacks a convoy of syrian soldiers death"
    assert title_from_url("https://example.com/news/400431") is None
    assert title_from_url("https://example.ie/iran-twin-bombings-6264246-Jan2024/") == "Iran twin bombings"
