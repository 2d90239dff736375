"""Reference dates, nineteenth session: a photo caption's day is a floor for the page's, not the page's day."""

from __future__ import annotations

from sitroom.clean.dates import day_after_caption, latest_date


def test_a_day_the_text_states_soon_after_the_caption_is_the_pages() -> None:
    # the picture of August 27 heads a story that tells of August 31
    assert day_after_caption("The city was declared liberated on Thursday (Aug 31).", "2017-08-27") == "2017-08-31"
    assert day_after_caption("Forces retook the city on August 31, 2017.", "2017-08-27") == "2017-08-31"


def test_the_caption_day_stands_without_a_later_day_told() -> None:
    assert day_after_caption("Forces retook the city on August 20, 2017.", "2017-08-27") == "2017-08-27"
    # a day weeks later is another story's, and a day to come is no day the page was written on
    assert day_after_caption("Forces retook the city on September 29, 2017.", "2017-08-27") == "2017-08-27"
    assert day_after_caption("The ministers will meet on September 2, 2017.", "2017-08-27") == "2017-08-27"


def test_a_meeting_to_come_is_not_an_undated_copys_latest_day() -> None:
    text = "Forces retook the city on August 20, 2017. The ministers will meet on September 2, 2017."
    assert latest_date(text, "2017") == "2017-08-20"
