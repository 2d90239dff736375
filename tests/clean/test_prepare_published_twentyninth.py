"""Publication dates where the URL's date and the page's own date lines disagree by a day, and slugs that only
give a year."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.clean.urls import year_closing_slug
from sitroom.models import Document, Source

BODY = "Six soldiers were killed as the army foiled attacks on checkpoints in North Sinai, the spokesman said.\n"


def _doc(url: str, text: str) -> Document:
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt", url=url))  # type: ignore[misc]
    return doc


def test_a_wire_dateline_a_day_before_the_urls_date_is_the_publication_day() -> None:
    doc = _doc("http://news.example.com/english/2017-10/16/c_136681684.htm",
               "6 soldiers killed in Sinai attacks\n\nCAIRO, Oct. 15 (Xinhua) -- " + BODY)
    assert doc.published == "2017-10-15"


def test_the_urls_day_stands_when_the_page_prints_it_or_the_dateline_is_far_off() -> None:
    stamped = _doc("http://news.example.com/english/2019-05/21/c_138075233.htm",
                   "Headline\n\nSource: Xinhua| 2019-05-21 04:34:40|Editor: yan\n\nBAGHDAD, May 20 (Xinhua) -- " + BODY)
    assert stamped.published == "2019-05-21"
    far = _doc("http://news.example.com/english/2017-10/16/c_1.htm", "Headline\n\nCAIRO, Oct. 2 (Xinhua) -- " + BODY)
    assert far.published == "2017-10-16"


def test_a_bare_date_line_a_day_after_the_urls_date_is_the_publication_day_and_a_later_one_a_banner() -> None:
    next_day = _doc("https://example.com/articles/news-alerts-20221107-ofac-designates-members/",
                    "November 8, 2022\n\nOFAC designates members of a cell\n\n" + BODY)
    assert next_day.published == "2022-11-08"
    banner = _doc("https://example.com/2024/03/11/troops-repel-attack/", "Wed. Apr 17th, 2024\n\nHeadline\n\n" + BODY)
    assert banner.published == "2024-03-11"


def test_year_closing_slug_reads_a_slug_year_and_not_the_year_a_story_is_about() -> None:
    assert year_closing_slug("https://example.africa/security/dr-congo-church-massacre-2025") == "2025"
    assert year_closing_slug("https://example.ng/iswap-commander-killed-borno-military-strike-2026") == "2026"
    assert year_closing_slug("https://example.com/terrorist-involved-in-kabul-airport-attack-in-2021/") is None
    assert year_closing_slug("https://example.com/398631/repatriate-nationals-from-al-hol-camp-by-2027/") is None
    assert year_closing_slug("https://example.com/first-attack-in-raqqa-province-since-october-2017/") is None
    assert year_closing_slug("https://example.com/2019/05/story") is None


def test_a_slug_year_is_the_publication_year_of_a_page_with_no_other_date() -> None:
    doc = _doc("https://example.africa/security/dr-congo-church-massacre-2025",
               "A devastating attack rocked Komanda, a town in Ituri province.\n\n" + BODY)
    assert doc.published == "2025"
    assert doc.published_basis == "url-year"
