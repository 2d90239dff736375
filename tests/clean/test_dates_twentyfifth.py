"""Publication dates, twenty-fifth session: an unlabelled date beside an update stamp."""

from __future__ import annotations

from sitroom.clean.dates import date_in_stamp


def test_the_unlabelled_date_beside_an_update_stamp_is_the_publication() -> None:
    # a page printed years after it was written keeps its own date first, the re-publication as "Updated"
    assert date_in_stamp("August 13, 2016 06:56 pm | Updated November 17, 2021 02:32 am IST - Karachi") == (
        True, "2016-08-13")
    # a field that is no date beside the stamp changes nothing
    assert date_in_stamp("News Desk | Updated November 17, 2021") == (True, "2021-11-17")
