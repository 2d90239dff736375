"""Publication dates, twenty-fifth session: a date line that carries the update's date beside the page's."""

from __future__ import annotations

from sitroom.clean.dates import date_of_date_line, published_from_top


def test_a_date_line_with_its_update_date_gives_the_earlier_day() -> None:
    assert date_of_date_line("July 30, 2021 Updated: July 30, 2021") == "2021-07-30"
    assert date_of_date_line("December 10, 2016 Updated: December 12, 2016") == "2016-12-10"
    # the update printed first: the publication is still the earlier day
    assert date_of_date_line("Updated: 12/12/2016 | 10/12/2016") == "2016-12-10"


def test_the_page_date_line_above_the_story_is_its_publication_date() -> None:
    top = ["Cameroon Reels From Fresh Islamist Attacks That Killed 13 Soldiers", "By Nalova Akua",
           "July 30, 2021 Updated: July 30, 2021"]
    assert published_from_top(top) == ("2021-07-30", "dateline")


def test_a_sentence_with_two_dates_is_no_date_line() -> None:
    assert date_of_date_line("The camp opened on 24 March 2019 and closed on 2 May 2020.") is None
