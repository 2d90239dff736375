"""Publication and reference dates (clean/dates): dates from the top of an article, stamps, datelines, captions, URLs
and copyright years, and the reference date fallbacks."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.clean import prepare
from sitroom.clean.dates import (
    caption_date,
    copyright_year,
    date_in_stamp,
    date_of_date_line,
    date_of_dateline,
    date_of_weekday_dateline,
    date_of_yearless_dateline,
    day_after_caption,
    day_in_month,
    latest_date,
    latest_year,
    normalise_metadata_date,
    parse_date,
    published_from_top,
    split_stamp_prefix,
    tweet_date,
    weekday_date,
)
from sitroom.clean.urls import date_from_url
from sitroom.models import Document, Source

# Publication dates from the top of an article, and the reference date fallbacks.

LEDE = (
    "Officials said on Sunday that the coalition had carried out several strikes on hideouts used by the "
    "group in the desert, and that partner forces had detained a number of suspects after the raids."
)


def test_dates_updated_line() -> None:
    assert published_from_top(["Headline here", "Updated 24 March 2024", "Follow"]) == ("2024-03-24", "updated-line")


def test_dates_lone_numeric_date_line_is_day_first() -> None:
    assert published_from_top(["A headline", "24-09-2019", "A Reporter"]) == ("2019-09-24", "dateline")
    assert date_of_date_line("05.03.2024") == "2024-03-05"
    assert date_of_date_line("09/24/2019") == "2019-09-24"  # second number cannot be a month
    assert date_of_date_line("Tuesday, 5 March 2024 | 10:45 GMT") == "2024-03-05"


def test_dates_posted_at_with_time() -> None:
    assert published_from_top(["Posted at 7:14 PM, Sep 14, 2017"]) == ("2017-09-14", "updated-line")


def test_dates_this_story_is_from_stamp() -> None:
    assert published_from_top(["A headline", "This story is from June 8, 2024", "A Reporter"]) == (
        "2024-06-08", "updated-line")


def test_dates_relative_stamp_is_unknown() -> None:
    assert published_from_top(["Some headline", "Updated 3 sec ago", "Follow"]) == (None, None)
    assert published_from_top(["Updated 2 hours ago"]) == (None, None)


def test_dates_wire_dateline() -> None:
    assert date_of_dateline("BAGHDAD, March 3, 2024 (Reuters) - Iraqi forces said") == "2024-03-03"
    assert date_of_dateline("HASAKAH, Syria, Feb. 24, 2025 (Example) - The SDF said") == "2025-02-24"
    assert date_of_dateline("BAGHDAD: Iraqi forces said on Monday") is None
    assert published_from_top(["ROME, 5 March 2025 (Wire) - " + LEDE]) == ("2025-03-05", "dateline")
    # the day in brackets opening the lede, before the dateline's city
    assert date_of_dateline("(12 Feb 2025) BOSASO (Example News) — Security forces on Wednesday detained five") \
        == "2025-02-12"
    assert date_of_dateline("(AFP) Five people were killed on Monday") is None


def test_dates_sentence_with_a_date_is_not_a_date_line() -> None:
    assert date_of_date_line("The camp was opened on 24 March 2019.") is None
    assert published_from_top([LEDE + " The raid took place on 3 March 2024."]) == (None, None)


def test_dates_parse_requires_day_month_year() -> None:
    assert parse_date("March 2024") is None
    assert parse_date("Jan. 22, 2021") == "2021-01-22"
    assert parse_date("31-02-2024") is None
    assert normalise_metadata_date("2025-01-16T14:05:00Z") == "2025-01-16"
    assert normalise_metadata_date("Sun, 24 Mar 2024 10:00:00 GMT") == "2024-03-24"


def test_dates_reference_from_caption() -> None:
    top = ["Mourners gather at a funeral in Baghdad, Iraq, March 6, 2025. (Photo: Example)", LEDE]
    assert caption_date(top, header_lines=1) == "2025-03-06"
    src = Source(path="a.txt", text="Iraq mourns bombing victims\n\n" + "\n\n".join(top), kind="txt")
    (doc,) = prepare(src)  # type: ignore[misc]
    # the page prints no other date: it went out the day its own (not a file) picture was taken, as the
    # annotated real pages with such captions all give
    assert (doc.published, doc.published_basis) == ("2025-03-06", "caption")
    assert (doc.reference_date, doc.reference_basis) == ("2025-03-06", "caption")


def test_dates_latest_year_skips_deadlines_and_quantities() -> None:
    text = (
        "The group was defeated in 2017. A deal agreed in 2024 ends the mission by the end of 2025 "
        "and by September 2026 in the north, with advisers staying until 2027. Some 2030 troops remain."
    )
    assert latest_year(text) == "2024"
    assert latest_year("No year is mentioned here at all.") is None
    assert latest_year("The mission will end in 2026, officials said after talks in 2023.") == "2023"
    # a plan's date is not when anything happened; a planned attack that was foiled is
    assert latest_year("The group met in 2023 and heard a briefing on the planned Africa summit in the spring of "
                       "2024.") == "2023"
    assert latest_year("The planned attack was foiled in 2024.") == "2024"


def test_dates_reference_latest_year_in_text() -> None:
    src = Source(path="a.txt", text=LEDE + " The campaign began in 2014 and the group lost its last town in 2019.",
                 kind="txt")
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.published is None
    assert (doc.reference_date, doc.reference_basis) == ("2019", "latest-year-in-text")


def test_dates_reference_of_an_undated_page_from_a_weekday_with_its_day_and_month() -> None:
    src = Source(path="a.txt", text="Twenty soldiers were killed on Tuesday June 25 in western Niger during an "
                 "attack on a patrol, the defence ministry said in a statement read on television.", kind="txt")
    (doc,) = prepare(src)  # type: ignore[misc]
    # the latest June 25 that was a Tuesday, up to today; a page that prints no date is published that day
    assert doc.reference_basis == "weekday-date"
    assert doc.reference_date == weekday_date("Tuesday June 25")
    assert dt.date.fromisoformat(str(doc.reference_date)).weekday() == 1
    assert doc.published == doc.reference_date


def test_dates_a_span_start_is_no_lower_bound_for_a_weekday_date() -> None:
    # "since 2009" puts the page after 2009, not near it: the first 31 July after 2009 that was a Thursday
    # (2014) is no better a guess than any other, so the calendar's latest one before today is taken
    text = ("At least 15 people were killed on Thursday, 31 July, in northeastern Nigeria, where the insurgency "
            "has raged since 2009, the police said in a statement.")
    assert latest_year(text) == "2009"  # the year still counts where the page's own time is asked
    assert latest_year(text, span_starts=False) is None
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.reference_basis == "weekday-date"
    assert doc.reference_date == weekday_date(text)
    assert str(doc.reference_date) > "2014-07-31"


def test_dates_reference_of_an_undated_page_from_its_latest_full_date() -> None:
    src = Source(path="a.txt", text=LEDE + " The campaign began in 2014.\n\nGunmen attacked a shrine on Wednesday. "
                 "A similar attack on the shrine was foiled on October 2, 2022, and the group struck again on "
                 "October 26, 2022, the ministry said.", kind="txt")
    (doc,) = prepare(src)  # type: ignore[misc]
    assert (doc.reference_date, doc.reference_basis) == ("2022-10-26", "latest-date-in-text")
    assert doc.published == doc.reference_date


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("the attack of February 21, 2019 and another in March 2017", "2019", "2019-02-21"),
        # a later day without a year is one of the same year: "On 26 April there was a significant attack"
        ("a report of February 21, 2019. On 26 April there was a significant attack", "2019", "2019-04-26"),
        # a deadline is no day of the story, nor a date of an earlier year
        ("talks on February 21, 2019 are to end by March 31, 2019, as in December 5, 2018", "2019", "2019-02-21"),
        ("the militants may 5 times have attacked in 2019", "2019", None),
        # a day without a year and no full date of the year: as likely background as the story's day
        ("the bombing in Baghdad on Jan. 22 killed 32, in 2021", "2021", None),
        ("an attack on February 21, 2019", None, None),
        # a file picture's caption dates the picture, not the story
        ("Marines assist at the airport in Kabul, Afghanistan, August 20, 2021. (Lance Corporal X/U.S. Marine "
         "Corps/Handout via Reuters)\nForces struck on Saturday, in 2021.", "2021", None),
        ("Troops in Kabul on August 20, 2021. Photo: Reuters\nForces struck on Saturday.", "2021", None),
    ],
)
def test_latest_date_in_the_latest_year(text: str, year: str | None, expected: str | None) -> None:
    assert latest_date(text, year) == expected


@pytest.mark.parametrize(
    ("text", "after", "expected"),
    [
        ("killed on Tuesday June 25 in western Niger", None, "2024-06-25"),
        ("on Friday, 21 March the army said", None, "2025-03-21"),
        # from the latest year the page states on: "In 2021, ..." on a page about March 2023
        ("the attack on Wednesday, March 8. In 2021, ...", "2021", "2023-03-08"),
        ("the attack on Wednesday, March 8, 2023", None, None),  # a year given: not this rule's
        ("on Tuesday the army said", None, None),
    ],
)
def test_weekday_date_finds_the_year_the_weekday_fits(text: str, after: str | None, expected: str | None) -> None:
    assert weekday_date(text, after, today=dt.date(2026, 12, 2)) == expected


def test_dates_metadata_beats_text() -> None:
    src = Source(path="a.json#0", text="Updated 24 March 2024\n" + LEDE, kind="json", published="2024-03-20",
                 extra={"published_basis": "metadata"})
    (doc,) = prepare(src)  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2024-03-20", "metadata")
    assert (doc.reference_date, doc.reference_basis) == ("2024-03-20", "published")


def test_dates_iso_timestamp_line() -> None:
    text = "Strikes hit hideouts\n2021-06-28T10:00:00+03:00\n\nThe coalition said its aircraft struck hideouts."
    docs = prepare(Source(path="a.txt", text=text, kind="txt"))
    assert isinstance(docs, list) and docs[0].published == "2021-06-28"


def test_dates_date_line_with_relative_update_stamp() -> None:
    assert date_of_date_line("March 4, 2025 9:30 AM GMT Updated 3 hours ago") == "2025-03-04"
    src = Source(path="a.txt", text="Strike hits depot\n\nMarch 4, 2025 9:30 AM GMT Updated 3 hours ago\n\n" + LEDE,
                 kind="txt")
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.published == "2025-03-04" and "Updated" not in doc.text


def test_split_stamp_prefix_separates_a_glued_date_stamp() -> None:
    from sitroom.clean.dates import split_stamp_prefix

    text = "An affiliate of the Islamic State claims to have struck US forces."
    assert split_stamp_prefix(f" date 2021-08-28 {text}") == ["date 2021-08-28", text]
    assert split_stamp_prefix("Published: 23-03-2019 The SDF said.") == ["Published: 23-03-2019", "The SDF said."]
    assert split_stamp_prefix("The date 2021-08-28 was chosen.") == ["The date 2021-08-28 was chosen."]
    # a stamp of the month alone, glued the same way: the page's publication month
    assert split_stamp_prefix(f" date 2020-03 {text}") == ["date 2020-03", text]
    assert split_stamp_prefix(f" date 2020-13 {text}") == [f" date 2020-13 {text}"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("THE ASSOCIATED PRESS Monday, December 28, 2015, 6:36 AM", "2015-12-28"),  # agency name in capitals
        ("NEWS | Nov. 16, 2016", "2016-11-16"),
        ("Just Earth News | @justearthnews | 28 Sep 2019", "2019-09-28"),  # a field of a pipe list
        ("# 12 December 2019 21:32 (UTC +04:00)", "2019-12-12"),
        ("2024-08-25 07:28 Last Updated At:07:30", "2024-08-25"),
        ("Iraq Control of Terrain: July 14, 2016", None),  # a headline holding a date
        ("Troops retook the town on July 14, 2016", None),
    ],
)
def test_date_of_date_line_reads_stamp_decorations(line: str, expected: str | None) -> None:
    assert date_of_date_line(line) == expected


def test_date_line_with_a_long_run_of_capitals_is_answered_at_once() -> None:
    # the agency-label check once tried every way to cut the run into four words: minutes for 600 characters
    assert date_of_date_line("3 May 2019 " + "A" * 5000 + "!") is None
    assert date_of_date_line("3 May 2019 " + "AB'" * 2000) == "2019-05-03"  # one long word is still a label...
    assert date_of_date_line("AP REUTERS AFP DPA EFE 3 May 2019") is None  # ...five words are not


def test_dateline_with_the_date_in_parentheses() -> None:


    line = "WASHINGTON (UrduPoint News / Sputnik - 19th November, 2019) The US sanctioned two agents"
    assert date_of_dateline(line) == "2019-11-19"


def test_split_stamp_prefix_separates_a_leading_page_date() -> None:
    from sitroom.clean.dates import split_stamp_prefix

    quoted = '"Our soldiers were few"'
    assert split_stamp_prefix(f"October 26, 2016{quoted}") == ["October 26, 2016", quoted]
    byline = "Jane Roe The Iraqi forces"
    assert split_stamp_prefix(f"July 14, 2016 - {byline}") == ["July 14, 2016", byline]
    assert split_stamp_prefix("July 14, 2016 was the day") == ["July 14, 2016 was the day"]


def test_published_from_top_prefers_the_earliest_of_several_lone_date_lines() -> None:
    # a site's current-date banner above the article's own date
    assert published_from_top(["Sat. Apr 1st, 2023", "21 February 2022", LEDE]) == ("2022-02-21", "dateline")


def test_published_from_a_month_only_stamp() -> None:
    assert published_from_top(["A headline", "date 2019-04", "English summary"]) == ("2019-04", "updated-line")
    # a full date anywhere at the top beats the month-only stamp
    assert published_from_top(["date 2019-04", "Posted 22 April 2019"]) == ("2019-04-22", "updated-line")
    assert published_from_top(["date 2019-04-31x"]) == (None, None)


def test_month_only_stamp_takes_the_day_from_an_agreeing_url() -> None:
    text = "Headline\n\n date 2019-04 \n\n" + LEDE
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt",
                            url="https://x.example/2019/04/23/slug-of-it"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2019-04-23", "url")


@pytest.mark.parametrize(
    ("line", "year", "expected"),
    [
        ("UNITED NATIONS, April 22. /TASS/. The UN Security Council has condemned the attacks.", "2019", "2019-04-22"),
        ("Islamabad, July 31 (EFE).- The death toll from a suicide bombing rose to 54.", "2023", "2023-07-31"),
        ("UNITED NATIONS, April 22. /TASS/. The Council met.", None, None),
        ("On April 22 the council met in New York.", "2019", None),
    ],
)
def test_yearless_wire_dateline(line: str, year: str | None, expected: str | None) -> None:
    assert date_of_yearless_dateline(line, year) == expected


def test_yearless_dateline_dates_a_page_with_no_other_date() -> None:
    text = "UN condemns attacks\n\nUNITED NATIONS, April 22. /TASS/. The Council condemned the attacks of 2019."
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt",
                            url="https://x.example/world/1055070/amp"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2019-04-22", "dateline")


def test_dates_dotted_iso_stamp_line() -> None:
    # "2024.03.18" alone under the headline, as some sites print the day of a story
    assert published_from_top(["Marcos condemns an ambush", "2024.03.18", "Manila"]) == ("2024-03-18", "dateline")
    assert parse_date("2024.03.18") == "2024-03-18"


@pytest.mark.parametrize(("line", "date"), [
    ("2025-05-12 14:30:00", "2025-05-12"),  # a time with seconds
    ("16 May 2025, 10:45 GMT+3", "2025-05-16"),  # a time zone with its offset
    ("18th of May 2025", "2025-05-18"),
    ("2025/05/18", "2025-05-18"),
    ("15-May-2025", "2025-05-15"),
    ("Written by Staff Writer on 15 May 2025", "2025-05-15"),  # a byline beside the date
    ("By AFP - May 15, 2025", "2025-05-15"),
    ("Abuja — May 15, 2025", "2025-05-15"),  # a place or section name beside it
])
def test_dates_more_date_lines_at_the_top(line: str, date: str) -> None:
    assert published_from_top([line]) == (date, "dateline")


def test_dates_a_sentence_with_a_date_is_no_date_line() -> None:
    assert published_from_top(["Ceasefire talks May 15, 2025 collapsed after a night of shelling."]) == (None, None)


def test_dates_latest_year_is_no_decade() -> None:
    # "the 1990s civil war" names a decade, not a year the story could be of
    assert latest_year("The group grew out of Islamist groups involved in the 1990s civil war.") is None
    assert latest_year("It grew out of the 1990s civil war and pledged allegiance to IS in 2014.") == "2014"
    assert latest_year("The 2017 attack was claimed by IS.") == "2017"


# A day printed beside a byline or dateline in the month the URL gives, agency datelines with a time and a credit, and
# stamp labels glued to the date.

BORDER_LEDE = "Gunmen attacked a checkpoint near the border, killing two soldiers and wounding three, officials said."


@pytest.mark.parametrize(
    ("line", "month", "expected"),
    [
        ("Aisha Bello l Monday, November 04, 2019", "2019-11", "2019-11-04"),
        ("Maiduguri, Borno State, Nigeria - November 28, 2025(Example News)", "2025-11", "2025-11-28"),
        ("Peshawar, Sept. 29, (dpa/XYZ) – " + BORDER_LEDE, "2023-09", "2023-09-29"),
        # another month's date on the line is an event's
        ("Peshawar, Aug. 30, (dpa/XYZ) – " + BORDER_LEDE, "2023-09", None),
        # a date inside a sentence is the event's, not the page's
        ("The raid was conducted on Saturday night, November 12, in the city.", "2022-11", None),
        ("On November 2, 2019, gunmen attacked a base in the north.", "2019-11", None),
    ],
)
def test_day_in_month_reads_a_labelled_day_of_the_urls_month(line: str, month: str, expected: str | None) -> None:
    assert day_in_month([line], month) == expected


def test_published_takes_the_day_beside_a_byline_in_the_urls_month() -> None:
    text = "Aisha Bello l Monday, November 04, 2019\n\n" + BORDER_LEDE + "\n"
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


# Reference dates: a photo caption's day is a floor for the page's, not the page's day.

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


# Stamps in field lists, banners above the article, dates signed under it.

CHECKPOINT_LEDE = (
    "Gunmen attacked a police checkpoint in the north of the country late on Monday night, killing three "
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
    line = f"Published April 11, 2016 6:58pm Updated April 11, 2016 9:16pm {CHECKPOINT_LEDE} {CHECKPOINT_LEDE}"
    assert date_in_stamp(line) == (True, "2016-04-11")
    # a long sentence that merely opens with the word is no stamp
    sentence = f"Published by the ministry on its website, the report says that {CHECKPOINT_LEDE} on 3 May 2019"
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
    assert date_of_date_line(
        f"{CHECKPOINT_LEDE} | Security | Politics | 05 Sep 2022 and more of the sentence to come") is None


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
    body = f"Wed. Apr 17th, 2024\n\nIraqi army kills ten militants\n\n{CHECKPOINT_LEDE}\n"
    assert _published(body, "https://example.com/2024/03/11/iraqi-army-kills/") == "2024-03-11"
    # an earlier date on the page is the article's own (the URL was made a day later)
    assert _published(body.replace("Apr 17th", "Mar 10th"), "https://example.com/2024/03/11/x/") == "2024-03-10"


def test_a_date_signed_under_a_press_release() -> None:
    text = "\n\n".join([CHECKPOINT_LEDE] * 12)  # the signature stands far below the top
    body = f"Press Release\n\n{text}\n\nCP Jane Doe\n\nPolice Spokesperson\n\n10th January 2022\n\nLeave a Reply\n"
    assert _published(body) == "2022-01-10"
    assert _published(f"Press Release\n\n{text}\n\nCP Jane Doe\n") is None


def test_an_undated_page_is_dated_by_the_tweets_it_embeds() -> None:
    lines = ["— The Coalition (@coalition) February 13, 2018", "— A Minister (@minister) February 14, 2018"]
    assert tweet_date(lines) == "2018-02-14"
    assert tweet_date(["The Coalition met on February 13, 2018 in Kuwait."]) is None
    assert _published(f"Police arrest suspects\n\n{CHECKPOINT_LEDE}\n\n{lines[0]}\n") == "2018-02-13"


# Indonesian and Malay month names in an English edition's stamp ("04 Maret 2019 17:54"), and a byline's capitals
# glued to the month ("BY APD NEWSOct 12,2017").

@pytest.mark.parametrize(("line", "date"), [
    ("04 Maret 2019 17:54", "2019-03-04"),
    ("12 Agustus 2020", "2020-08-12"),
    ("5 Desember 2018 09:10 WIB", "2018-12-05"),
    ("3 Ogos 2019", "2019-08-03"),
])
def test_an_indonesian_or_malay_month_in_a_stamp(line: str, date: str) -> None:
    assert date_of_date_line(line) == date


def test_english_dates_read_as_before_with_the_other_languages() -> None:
    assert [parse_date(s) for s in ("Mar 3, 2024", "7 May 2019", "Sept. 29, 2019")] == [
        "2024-03-03", "2019-05-07", "2019-09-29"]


def test_a_byline_glued_to_the_month_is_a_date_line() -> None:
    assert date_of_date_line("BY APD NEWSOct 12,2017 at 11:34") == "2017-10-12"


def test_capitals_before_a_month_word_in_a_headline_are_no_date() -> None:
    assert date_of_date_line("ISIS ATTACKSMay 5 fighters") is None


# A date line that carries the update's date beside the page's, and an unlabelled date beside an update stamp.

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


# A hit counter beside the date, a lede dated by "today".

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


# Time-stamped URL keys, a copyright year as the last resort, a date glued to the name after it.

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


# A numeric date glued before the lede by a dash.

def test_a_numeric_date_before_a_dash_is_the_pages_stamp() -> None:
    lede = "BasNews, Makhmur – Kurdish Peshmerga force has freed the strategic towns of Makhmur and Gwer."
    assert split_stamp_prefix(f"10.08.2014 – {lede}") == ["10.08.2014", lede]
    assert split_stamp_prefix("24-09-2019 - The SDF said it had arrested two.") == ["24-09-2019",
                                                                                    "The SDF said it had arrested two."]


def test_a_numeric_date_without_a_dash_stays_in_its_sentence() -> None:
    # a lede that opens with a date is no stamp unless a dash sets the date apart
    assert split_stamp_prefix("10.08.2014 was the day the town fell.") == ["10.08.2014 was the day the town fell."]
    # a date line with only its time after the dash is left whole
    assert split_stamp_prefix("16-04-2025 | 11:38:35") == ["16-04-2025 | 11:38:35"]


# Slashed named dates, military hours, datelines closed by a colon, the page's date beside an update stamp that gives
# only the hour, a credit's bracketed date in the URL's month, and the day of a page's own dated caption.

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


# An undated page whose text names several days with their weekdays and no year ("the first attack began on Sunday 6
# March", then "On Wednesday, 9 March, IS claimed...") was written on or after the latest of them, in the days after
# the first: its reference is that latest day, and its "on Tuesday" is the one before it.

TODAY = dt.date(2026, 1, 1)


def test_the_latest_weekday_date_in_the_days_after_the_first_is_the_page_s() -> None:
    text = ("The first attack began on the night of Sunday 6 March. On Wednesday, 9 March, the group claimed to have "
            "attacked the village again on Tuesday.")
    assert weekday_date(text, today=TODAY) == "2022-03-09"


def test_an_earlier_weekday_date_leaves_the_first() -> None:
    # (an earlier day told after the first, "Friday, March 22" after "Monday, March 25", moves nothing)
    text = "Police said on Monday, March 25, that a raid was conducted on Friday, March 22."
    assert weekday_date(text, today=TODAY) == "2024-03-25"


def test_a_weekday_date_that_does_not_fall_on_its_weekday_in_that_year_is_not_taken() -> None:
    # 10 March 2022 was a Thursday: "Wednesday, 10 March" is no day of that calendar
    text = "The first attack began on Sunday 6 March. On Wednesday, 10 March, the group claimed it."
    assert weekday_date(text, today=TODAY) == "2022-03-06"


def test_a_weekday_date_weeks_later_is_no_day_of_the_story() -> None:
    # (a meeting "on Sunday, 27 March", three weeks on, is a date to come or another story's)
    text = "The first attack began on Sunday 6 March. Talks are set for Sunday, 27 March."
    assert weekday_date(text, today=TODAY) == "2022-03-06"


def test_the_page_reference_is_the_latest_weekday_date() -> None:
    text = ("At least two soldiers have been killed in two insurgent attacks on a military position.\n\n"
            "A local source said the first attack began on the night of Sunday 6 March. On Wednesday, 9 March, "
            "the group claimed to have attacked the position again on Tuesday.")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.reference_basis == "weekday-date"
    assert str(doc.reference_date) == "2022-03-09"


def test_a_day_without_a_year_is_of_the_copyright_year_on_a_page_with_no_other_year() -> None:
    text = ("Rwandan forces killed 26 insurgents in Mandela village on Friday, a resident told the paper.\n\n"
            "Insurgents attacked four villages between 17-22 July, killing an uncertain number of people.\n\n"
            "Copyright © 2021 Example News. All rights reserved.")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.published == "2021"
    assert doc.reference_basis == "latest-day-in-page-year"
    assert str(doc.reference_date) == "2021-07-22"


def test_a_day_alone_is_no_anchor_in_a_year_the_text_only_names() -> None:
    # (the latest year a text names is often a background's: a day without a year is not put in it)
    text = "The group split from Boko Haram in 2016. Insurgents attacked four villages on 22 July."
    assert latest_date(text, "2016") is None
    assert latest_date(text, "2016", page_year=True) == "2016-07-22"


# Stamp and dateline shapes that dated no page. A wire's compact filing stamp under its copy ("20221204-114203"); a
# date glued to the lede by a long dash ("July 27, 2025–In one..."); a dateline that gives the date before the place
# ("September 23, 2020, Camp Bautista, Jolo, Sulu – Following..."); a title-case dateline whose agency credit runs
# into the lede ("Washington, 25 September 2019(Lana) The US..."); a site's stamp in lower case in the US
# date-and-time format ("naharnet - 2/6/2026 4:16:03 PM - GMT (+2)"); a date the text calls today under a URL of that
# month.

def _published_with_a_url(text: str, url: str = "https://example.org/news/story") -> str | None:
    docs = prepare(Source(path="x", text=text, kind="txt", url=url))
    assert isinstance(docs, list)
    return docs[0].published


VILLAGE_LEDE = ("Gunmen killed five people in an attack on a village in the north of the country, officials said, "
        "adding that the attackers fled into the forest.")


def test_a_compact_wire_stamp_is_a_date_line() -> None:
    assert date_of_date_line("20221204-114203") == "2022-12-04"
    assert date_of_date_line("20221304-114203") is None  # no month 13
    assert date_of_date_line("Ref 20221204-114203") is None


def test_a_compact_wire_stamp_under_the_copy_dates_the_page() -> None:
    assert _published_with_a_url(f"Attack kills five\n{VILLAGE_LEDE}\n\n20221204-114203\n") == "2022-12-04"


def test_a_date_glued_to_the_lede_by_a_long_dash_is_split_off() -> None:
    assert split_stamp_prefix("July 27, 2025–In one attack, gunmen killed five people.") == [
        "July 27, 2025", "In one attack, gunmen killed five people."]
    assert _published_with_a_url(f"Attack kills five\nJuly 27, 2025–{VILLAGE_LEDE}\n") == "2025-07-27"


def test_a_date_before_the_place_opens_a_dateline() -> None:
    line = "September 23, 2020, Camp Bautista, Jolo, Sulu – Following the operations, eight members surrendered."
    assert date_of_dateline(line) == "2020-09-23"
    # (a sentence after the date is no dateline)
    assert date_of_dateline("September 23, 2020, was the day the troops left the town – and never came back.") is None


def test_a_credit_running_into_the_lede_closes_a_title_case_dateline() -> None:
    assert date_of_dateline("Washington, 25 September 2019(Lana) The US Africa Command has struck") == "2019-09-25"


def test_a_lower_case_site_stamp_in_us_format_is_a_date_line_of_its_own() -> None:
    # a 12-hour clock with seconds is the US general format: month first
    assert date_of_date_line("naharnet - 2/6/2026 4:16:03 PM - GMT (+2 )") == "2026-02-06"
    assert date_of_date_line("06/02/2026 16:16:03") == "2026-02-06"  # a 24-hour clock: day first
    text = f"Attack kills five in the north\nnaharnet - 2/6/2026 4:16:03 PM - GMT (+2 )\n{VILLAGE_LEDE}\n"
    assert _published_with_a_url(text) == "2026-02-06"


def test_a_date_the_text_calls_today_gives_the_day_of_the_url_s_month() -> None:
    top = ["The commander disclosed this today, 4th June 2024 during a press conference in Abuja."]
    assert day_in_month(top, "2024-06") == "2024-06-04"
    assert day_in_month(["The commander said on 4th June 2024 that the troops had left."], "2024-06") is None
    # (the part of today the story tells of, the day without its year)
    assert day_in_month(["Forces raided the hideout today’s morning, October 18, in the city."], "2022-10") == (
        "2022-10-18")


def test_an_ordinal_closed_by_a_full_stop_reads_as_a_day() -> None:
    # a signed statement's date line under the text ("17TH. JANUARY 2022") dates an otherwise undated page
    assert date_of_date_line("17TH. JANUARY 2022") == "2022-01-17"
    assert _published_with_a_url(
        f"Update on the operations\n{VILLAGE_LEDE}\nJOHN DOE\nPOLICE SPOKESPERSON\n17TH. JANUARY 2022\n") == (
        "2022-01-17")


def test_an_agency_dateline_with_no_place_gives_the_day_under_a_url_of_the_next_day() -> None:
    text = ("France kills the group's head\n"
            "Sept. 15 (UPI) — French forces have killed the head of the group, the president said.\n")
    assert _published_with_a_url(text, "https://example.org/2021/09/16/france-kills-head") == "2021-09-15"
    # (alone, with no URL to fix its year, it dates nothing)
    assert date_of_yearless_dateline("Sept. 15 (UPI) — French forces have killed him.", "2021") is None
    assert date_of_yearless_dateline("Sept. 15 (UPI) — French forces have killed him.", "2021", placeless=True) == (
        "2021-09-15")


def test_a_military_date_signing_a_statement_is_a_date_line() -> None:
    assert date_of_date_line("2 Sep 21") == "2021-09-02"
    assert date_of_date_line("2 Sep 21 troops") is None
    assert _published_with_a_url(
        f"Troops kill six\n{VILLAGE_LEDE}\nJOHN DOE\nBrigadier General\n2 Sep 21\n") == "2021-09-02"


# Publication dates: a yearless wire dateline whose lede names the weekday of its day; a date printed with the comma
# after the month.
TASS_LEDE = ("DUSHANBE, January 25. /TASS/. Around 1,000 Tajikistani citizens are fighting abroad alongside the "
             "Islamic State, the interior minister told a press conference on Monday.")


def test_a_yearless_dateline_is_in_the_year_after_the_texts_latest_when_only_there_it_is_the_ledes_weekday() -> None:
    # 25 January 2015 was a Sunday, 25 January 2016 a Monday
    assert date_of_weekday_dateline(TASS_LEDE, "", "2015") == "2016-01-25"


def test_a_yearless_dateline_keeps_the_texts_latest_year_when_its_day_is_the_ledes_weekday_in_it() -> None:
    line = "BAGHDAD, April 2: Iraqi forces re-captured the city on Thursday, officials said."
    assert date_of_weekday_dateline(line, "", "2015") == "2015-04-02"


def test_an_agency_dateline_on_a_line_of_its_own_reads_the_weekday_of_the_lede_under_it() -> None:
    lede = ("The Islamic State has claimed responsibility this Friday for the ambush against the army in the "
            "province of Oudalan. The army first announced the death of eight soldiers.")
    # 24 February 2022 was a Thursday, 24 February 2023 a Friday
    assert date_of_weekday_dateline("24 Feb. (EUROPA PRESS) –", lede, "2022") == "2023-02-24"


def test_a_yearless_dateline_whose_day_is_not_the_ledes_weekday_in_either_year_is_left_to_the_texts_year() -> None:
    # the lede tells of the day before the filing ("Sunday's attacks" and "on Sunday" under a Monday's dateline)
    line = "UNITED NATIONS, April 22. /TASS/. The Council condemned the attacks carried out on Sunday in Sri Lanka."
    assert date_of_weekday_dateline(line, "", "2019") is None


def test_a_weekday_in_the_possessive_is_another_days_story_not_the_datelines() -> None:
    line = "MANILA, June 29 (Xinhua) -- The death toll in Friday's twin blasts rose to eight, the police said."
    assert date_of_weekday_dateline(line, "", "2018") is None


def test_a_weekday_after_the_ledes_first_sentence_does_not_date_the_dateline() -> None:
    line = ("DUSHANBE, January 25. /TASS/. Around 1,000 Tajikistani citizens are fighting abroad. The minister will "
            "speak again on Monday.")
    assert date_of_weekday_dateline(line, "", "2015") is None


def test_a_yearless_dateline_with_no_year_on_the_page_dates_nothing() -> None:
    assert date_of_weekday_dateline(TASS_LEDE, "", None) is None


def test_a_page_dated_only_by_a_yearless_dateline_is_published_in_the_year_its_ledes_weekday_fits() -> None:
    text = ("Around 1,000 Tajiks fighting alongside Islamic State\n\n" + TASS_LEDE + "\n\n"
            "The minister spoke of the operation in the Ramit gorge in September 2015, when 38 militants were killed.")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2016-01-25", "dateline")


def test_a_date_with_the_comma_after_the_month_is_a_date() -> None:
    assert parse_date("November, 21 2025") == "2025-11-21"
    assert date_of_date_line("Wednesday Feb, 02 2022 09:09:11 PM") == "2022-02-02"


def test_a_date_with_the_comma_after_the_month_glued_to_the_lede_by_a_dash_dates_the_page() -> None:
    text = ("89 civilians killed in week-long attacks in eastern Congo\n\n"
            "November, 21 2025 - At least 89 civilians have been killed in a string of attacks in eastern Democratic "
            "Republic of Congo, the UN peacekeeping mission has confirmed.")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2025-11-21", "dateline")
    assert "November, 21 2025" not in doc.text
