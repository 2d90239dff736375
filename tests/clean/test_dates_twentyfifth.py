"""Publication dates, twenty-fifth session: a date line that carries the update's date beside the page's, and an
unlabelled date beside an update stamp."""

from __future__ import annotations

from sitroom.clean.dates import date_in_stamp, date_of_date_line, published_from_top


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


def test_the_unlabelled_date_beside_an_update_stamp_is_the_publication() -> None:
    # a page printed years after it was written keeps its own date first, the re-publication as "Updated"
    assert date_in_stamp("August 13, 2016 06:56 pm | Updated November 17, 2021 02:32 am IST - Karachi") == (
        True, "2016-08-13")
    # a field that is no date beside the stamp changes nothing
    assert date_in_stamp("News Desk | Updated November 17, 2021") == (True, "2021-11-17")
