"""Publication dates, twenty-second session: time-stamped URL keys, a copyright year as the last resort, a date
glued to the name after it."""

from __future__ import annotations

from sitroom.clean.dates import copyright_year, split_stamp_prefix
from sitroom.clean.urls import date_from_url


def test_a_url_key_of_date_time_and_serial_gives_the_day() -> None:
    assert date_from_url("https://example.com/en/politics/some-story/20200509093333145729.amp.html") == "2020-05-09"
    assert date_from_url("https://example.com/africa/soldiers-killed-1/na20190527113600221") == "2019-05-27"


def test_a_web_archive_capture_time_is_not_the_page_date() -> None:
    assert date_from_url("https://webarchive.example.org/20230523220947mp_/https://www.example.org/story.html") is None


def test_a_wire_file_named_by_short_year_and_time_gives_the_day() -> None:
    assert date_from_url("https://www.example.com/afp/201122082033.40nfbx58.html") == "2020-11-22"


def test_a_unix_time_closing_the_slug_gives_the_day() -> None:
    assert date_from_url("https://example.com/read/1205382/196/two-suspects-shot-dead-1494859082") == "2017-05-15"
    # an article number in a folder of its own is no time
    assert date_from_url("https://example.com/news/1494859082") is None


def test_a_copyright_line_gives_the_year() -> None:
    assert copyright_year(["Some text.", "Copyright © 2023, ABC Audio. All rights reserved."]) == "2023"
    assert copyright_year(["© 2021 Example.org"]) == "2021"


def test_a_copyright_range_or_a_mention_of_copyright_gives_nothing() -> None:
    assert copyright_year(["© 2009-2024 Example News"]) is None
    assert copyright_year(["The 2019 law on copyright was passed in 2019."]) is None


def test_a_date_glued_to_the_name_after_it_is_split_off() -> None:
    assert split_stamp_prefix("September 10, 2025Clash Report") == ["September 10, 2025", "Clash Report"]
    assert split_stamp_prefix("September 10, 2025 the army said") == ["September 10, 2025 the army said"]
