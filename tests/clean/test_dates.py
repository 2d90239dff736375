"""Publication dates from the top of an article, and the reference date fallbacks."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.clean import prepare
from sitroom.clean.dates import (
    caption_date,
    date_of_date_line,
    date_of_dateline,
    date_of_yearless_dateline,
    latest_date,
    latest_year,
    normalise_metadata_date,
    parse_date,
    published_from_top,
    weekday_date,
)
from sitroom.models import Source

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
    assert doc.published is None
    # the latest June 25 that was a Tuesday, up to today
    assert doc.reference_basis == "weekday-date"
    assert doc.reference_date == weekday_date("Tuesday June 25")
    assert dt.date.fromisoformat(str(doc.reference_date)).weekday() == 1


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
    assert doc.published is None
    assert (doc.reference_date, doc.reference_basis) == ("2022-10-26", "latest-date-in-text")


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
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url="https://x.example/2019/04/23/slug-of-it"))  # type: ignore[misc]
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
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url="https://x.example/world/1055070/amp"))  # type: ignore[misc]
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
