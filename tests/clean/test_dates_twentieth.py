"""Publication dates, twentieth session: stamps in field lists, banners above the article, dates signed under it."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.clean.dates import (
    date_in_stamp,
    date_of_date_line,
    date_of_dateline,
    published_from_top,
    tweet_date,
)
from sitroom.models import Document, Source

LEDE = ("Gunmen attacked a police checkpoint in the north of the country late on Monday night, killing three "
        "officers and wounding two passers-by, the provincial police spokesman said on Tuesday.")


def _published(body: str, url: str | None = None) -> str | None:
    docs = prepare(Source(path="a.txt", text=body, kind="txt", url=url))
    assert isinstance(docs, list)
    doc = docs[0]
    assert isinstance(doc, Document)
    return doc.published


def test_a_stamp_among_pipe_fields_gives_its_first_publication() -> None:
    line = "FE Team | Published: April 30, 2019 14:51:05 | Updated: May 2, 2019 17:54:00"
    assert date_in_stamp(line) == (True, "2019-04-30")
    assert date_in_stamp("FE Team | Opinion | Dhaka") == (False, None)


def test_the_publication_stamp_beats_a_later_update_above_it() -> None:
    top = ["Last Updated: Tuesday, 06 June 2023, 11:08 GMT", "Publication Date 8 February 2017"]
    assert published_from_top(top) == ("2017-02-08", "updated-line")


def test_a_stamp_glued_to_the_lede_is_read_when_the_date_follows_its_label() -> None:
    line = f"Published April 11, 2016 6:58pm Updated April 11, 2016 9:16pm {LEDE} {LEDE}"
    assert date_in_stamp(line) == (True, "2016-04-11")
    # a long sentence that merely opens with the word is no stamp
    sentence = f"Published by the ministry on its website, the report says that {LEDE} on 3 May 2019"
    assert date_in_stamp(sentence)[1] is None


def test_a_year_after_a_comma_without_a_space() -> None:
    assert date_of_date_line("By Reuters - Oct 23,2018 - Last updated at Oct 23,2018") == "2018-10-23"


def test_date_lines_with_a_time_zone_in_letters_and_a_place_with_initials() -> None:
    assert date_of_date_line("Meilikhah - 13 November 2019 11:31 WIB") == "2019-11-13"
    assert date_of_date_line("Washington D.C., 21 July 2016") == "2016-07-21"
    assert date_of_date_line("Washington spoke to D.C. 21 July 2016") is None


def test_a_long_byline_whose_last_field_is_the_date() -> None:
    line = "Jane Doe Research Associate, Institute for Conflict Management | @outlet | 05 Sep 2022, 05:44 pm"
    assert date_of_date_line(line) == "2022-09-05"
    assert date_of_date_line(f"{LEDE} | Security | Politics | 05 Sep 2022 and more of the sentence to come") is None


def test_a_wire_dateline_under_a_weekday_banner_dates_the_story() -> None:
    top = ["• Monday, 24 March 2025", "Niamey, 22 March 2025 (dpa/MIA) - Forty-four people have been killed."]
    assert published_from_top(top) == ("2025-03-22", "dateline")
    # a bare stamp without a weekday is the page's own date, the story may be the day before
    top = ["LUSA 09/26/2025", "Maputo, Sept 25, 2025 (Lusa) - The President said on Thursday that ..."]
    assert published_from_top(top) == ("2025-09-26", "dateline")


def test_a_place_and_the_day_in_brackets_open_the_lede() -> None:
    assert date_of_dateline("Baghdad (February 07, 2018): The Iraqi military forces have claimed success") == \
        "2018-02-07"
    assert date_of_dateline("Attacks (February 07, 2018) were reported in the north") is None


def test_a_date_above_the_article_later_than_its_url_is_a_banner() -> None:
    body = f"Wed. Apr 17th, 2024\n\nIraqi army kills ten militants\n\n{LEDE}\n"
    assert _published(body, "https://example.com/2024/03/11/iraqi-army-kills/") == "2024-03-11"
    # an earlier date on the page is the article's own (the URL was made a day later)
    assert _published(body.replace("Apr 17th", "Mar 10th"), "https://example.com/2024/03/11/x/") == "2024-03-10"


def test_a_date_signed_under_a_press_release() -> None:
    text = "\n\n".join([LEDE] * 12)  # the signature stands far below the top
    body = f"Press Release\n\n{text}\n\nCP Jane Doe\n\nPolice Spokesperson\n\n10th January 2022\n\nLeave a Reply\n"
    assert _published(body) == "2022-01-10"
    assert _published(f"Press Release\n\n{text}\n\nCP Jane Doe\n") is None


def test_an_undated_page_is_dated_by_the_tweets_it_embeds() -> None:
    lines = ["— The Coalition (@coalition) February 13, 2018", "— A Minister (@minister) February 14, 2018"]
    assert tweet_date(lines) == "2018-02-14"
    assert tweet_date(["The Coalition met on February 13, 2018 in Kuwait."]) is None
    assert _published(f"Police arrest suspects\n\n{LEDE}\n\n{lines[0]}\n") == "2018-02-13"
