"""Publication dates printed as a calendar badge ("29" / "Nov 2021"), with the day glued to the month ("24Dec 2017"),
and under a site's current-date banner that stands above its menu."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.clean.dates import joined_day_badges, parse_date
from sitroom.models import Document, Source

BODY = ("Four police officers escorting a vehicle were killed when armed assailants ambushed it in Mecula District "
        "on November 25, local residents and officials said on the day after the attack in the reserve.\n")


def _doc(text: str, url: str = "https://example.com/news/militants-kill-four-police-officers") -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url=url))  # type: ignore[misc]
    return doc


def test_a_day_badge_on_its_own_line_is_joined_to_the_month_and_year_under_it() -> None:
    assert joined_day_badges(["29", "Nov 2021", "16:18 UTC"]) == ["29 Nov 2021", "16:18 UTC"]
    # a number that is not followed by a month and year stays a line of its own
    assert joined_day_badges(["29", "Comments"]) == ["29", "Comments"]
    doc = _doc("Militancy/Terrorism\n\n29\nNov 2021\n16:18 UTC\n\nSuspected militants kill four police officers\n\n"
               + BODY)
    assert doc.published == "2021-11-29"


def test_a_day_glued_to_its_month_is_a_date() -> None:
    assert parse_date("24Dec 2017") == "2017-12-24"
    doc = _doc("15th peacekeeper dies of wounds\n\n24Dec 2017\nGuardian On Sunday\n\n" + BODY)
    assert doc.published == "2017-12-24"
    # a year glued to a word is no day ("COVID19 March 2020")
    assert parse_date("COVID19 March 2020") is None


def test_a_weekday_banner_above_the_menu_yields_to_the_bare_date_under_the_headline() -> None:
    menu = "\n".join(["Home", "Libya", "Economy", "Sport", "Politics", "Opinion", "No Result", "View All Result"] * 2)
    doc = _doc(f"Monday, December 29, 2025\nLibyaReview\n{menu}\n\nISIS suspect arrested in West Libya\n\n"
               f"July 29, 2022\nShare on Facebook\n\n" + BODY)
    assert doc.published == "2022-07-29"


def test_a_weekday_date_at_the_top_stands_when_no_earlier_date_line_is_under_it() -> None:
    doc = _doc("Monday, December 29, 2025\nLibyaReview\n\nISIS suspect arrested in West Libya\n\n" + BODY)
    assert doc.published == "2025-12-29"


def test_a_dateline_whose_drop_cap_was_lost_still_dates_the_page() -> None:
    doc = _doc("Coalition vows to renew its efforts in Africa\n\n"
               "ddis Ababa, May 12, 2022 (FBC) – The Global Coalition vowed to pursue its fight against jihadist "
               "groups in Africa and in the Middle East, the ministers said at the meeting.\n")
    assert doc.published == "2022-05-12"
    # a sentence in lower case is no dateline: its date is an event's
    doc = _doc("Coalition vows to renew its efforts in Africa\n\n"
               "the ministers met on May 12, 2022 (FBC) – and vowed to pursue their fight against jihadist groups in "
               "Africa and in the Middle East, the statement said.\n")
    assert doc.published is None
